import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { notifyError } from '../../errors/notifyError';
import { useSession } from '../../stores/session';
import type { Workspace } from './workspaces';

/** Alt+1..5 switch workspaces, Ctrl+L locks; they work inside inputs too. */
export function useShellHotkeys(workspaces: Workspace[]): void {
  const navigate = useNavigate();
  const lock = useSession((s) => s.lock);
  const items: HotkeyItem[] = [
    ...workspaces.map((w, index): HotkeyItem => [`alt+${index + 1}`, () => void navigate(w.path)]),
    ['ctrl+L', () => void lock().catch(notifyError)],
  ];
  useHotkeys(items, []);
}
