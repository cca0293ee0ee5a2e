import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import type { Actor } from '../../../../../main/contract/roles';
import { notifyError } from '../../../errors/notifyError';
import { useDepotSettings } from '../../../stores/depotSettings';
import { BenchPage } from '../../bench/BenchPage';
import { IntakePage } from '../../intake/IntakePage';
import { ManagePage } from '../../manage/ManagePage';
import { TicketDetailDrawer } from '../../intake/TicketDetail/TicketDetailDrawer';
import { SettingsPage } from '../../settings/SettingsPage/SettingsPage';
import { StockroomPage } from '../../stockroom/StockroomPage';
import { HeaderBar } from '../HeaderBar/HeaderBar';
import { Navbar } from '../Navbar/Navbar';
import { useAutoLock } from '../useAutoLock';
import { useShellHotkeys } from '../useShellHotkeys';
import { landingWorkspace, visibleWorkspaces, type WorkspaceId } from '../workspaces';
import { useSession } from '../../../stores/session';

/**
 * The signed-in application. Locking unmounts it (App shows the lock screen instead), so
 * nothing of the previous screen stays in the page while the workstation is locked.
 */
export function Workbench({ actor }: { actor: Actor }) {
  const [navOpened, nav] = useDisclosure(false);
  const status = useSession((s) => s.status);
  const workspaces = visibleWorkspaces(status);
  const landing = landingWorkspace(status);
  const loadSettings = useDepotSettings((s) => s.load);
  const can = (id: WorkspaceId) => workspaces.some((w) => w.id === id);
  const canSettings = can('settings');

  useEffect(() => {
    loadSettings().catch(notifyError);
  }, [loadSettings]);
  useShellHotkeys(workspaces);
  useAutoLock();

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 216, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <HeaderBar
        actor={actor}
        workspaces={workspaces}
        navOpened={navOpened}
        onToggleNav={nav.toggle}
      />
      <Navbar workspaces={workspaces} onNavigate={nav.close} />
      <AppShell.Main>
        <Routes>
          {can('intake') && <Route path="/intake/*" element={<IntakePage />} />}
          {can('bench') && <Route path="/bench" element={<BenchPage />} />}
          {can('stockroom') && <Route path="/stockroom/*" element={<StockroomPage />} />}
          {can('manage') && <Route path="/manage/*" element={<ManagePage />} />}
          {canSettings && <Route path="/settings/:tab?" element={<SettingsPage actor={actor} />} />}
          <Route path="*" element={<Navigate to={landing?.path ?? '/settings'} replace />} />
        </Routes>
        {/* One ticket drawer for the whole workbench: the list, Ctrl+K and links open it. */}
        <TicketDetailDrawer />
      </AppShell.Main>
    </AppShell>
  );
}
