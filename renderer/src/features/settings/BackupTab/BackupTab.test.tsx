import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import type { CoreEventMap } from '../../../../../main/events';
import type { BackupListItem } from '../../../../../main/backup/handlers';
import type { Settings } from '../../../../../main/settings/settingsSchema';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { BackupTab } from './BackupTab';

const bridge = vi.hoisted(() => ({
  invoke: vi.fn(),
  progress: null as null | ((p: CoreEventMap['core/progress']) => void),
}));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
  onCoreEvent: (_event: string, listener: (p: CoreEventMap['core/progress']) => void) => {
    bridge.progress = listener;
    return () => undefined;
  },
}));

const settings = { backup: { folder: '', keep: 7 } } as Settings;
const NAME = 'depot-20261206T080000000Z';
const backup: BackupListItem = {
  name: NAME,
  createdAt: '2026-12-06T08:00:00.000Z',
  reason: 'daily',
  depotVersion: '0.1.0',
  counts: { documents: 12, attachments: 30, files: 42 },
  bytes: 3_145_728,
};
const list = () => ({
  status: {
    folder: '/srv/depot/depot-data/backups',
    keep: 7,
    running: null,
    last: { at: backup.createdAt, reason: 'daily' as const, ok: true, name: NAME, error: null },
    nextDueAt: '2026-12-07T08:00:00.000Z',
  },
  backups: [backup],
});

describe('BackupTab', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
  });

  it('lists the backups with their contents and backs up on request, showing progress', async () => {
    let release: () => void = () => undefined;
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'backup/list': list,
        'backup/run': () =>
          new Promise((resolve) => (release = () => resolve({ name: 'depot-new' }))),
      }),
    );
    renderScreen(<BackupTab settings={settings} canEdit />);
    expect(await screen.findByText('12 documents, 30 photos and signatures')).toBeTruthy();
    expect(screen.getByText('Backups are written to /srv/depot/depot-data/backups.')).toBeTruthy();
    expect(screen.getByText('daily')).toBeTruthy();

    fireEvent.click(screen.getByTestId('backup-run'));
    await waitFor(() => expect(bridge.invoke).toHaveBeenCalledWith('backup/run', {}));
    bridge.progress?.({ task: 'backup', done: 3, total: 10 });
    expect(await screen.findByText('Backing up… 3 of 10')).toBeTruthy();
    release();
    expect(await screen.findByText('Backup depot-new written and verified.')).toBeTruthy();
  });

  it('restores only after the backup name is typed, and sends it as the confirmation', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'backup/list': list,
        'backup/restore': (input) => ({
          restored: input.name,
          safetyBackup: 'depot-20261207T090000000Z',
          problems: [],
        }),
        'session/status': () => ({ status: 'signedOut' }) as never,
      }),
    );
    renderScreen(<BackupTab settings={settings} canEdit />);
    fireEvent.click(await screen.findByTestId(`backup-restore-${NAME}`));
    const go = screen.getByTestId('backup-restore-go');
    expect(go.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByTestId('backup-restore-confirm'), { target: { value: 'yes' } });
    expect(go.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByTestId('backup-restore-confirm'), { target: { value: NAME } });
    expect(go.hasAttribute('disabled')).toBe(false);
    fireEvent.click(go);
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenCalledWith('backup/restore', { name: NAME, confirm: NAME }),
    );
    expect(
      await screen.findByText(
        `Restored ${NAME}. The current state was kept as depot-20261207T090000000Z. Sign in again.`,
      ),
    ).toBeTruthy();
  });

  it('shows a supervisor the backups without the buttons that change anything', async () => {
    bridge.invoke.mockImplementation(fakeInvoke({ 'backup/list': list }));
    renderScreen(<BackupTab settings={settings} canEdit={false} />);
    expect(await screen.findByTestId('backup-table')).toBeTruthy();
    expect(screen.queryByTestId('backup-run')).toBeNull();
    expect(screen.queryByTestId(`backup-restore-${NAME}`)).toBeNull();
  });
});
