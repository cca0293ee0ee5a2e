import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore } from '../settings/settingsStore';
import { createTestDepot, type TestDepot } from '../testing/testCore';
import { readBackupSettings } from './backupSettings';

// The start-up backup reads the backup section before the settings store exists; it must see
// the same folder and count as Settings shows, also for a value stored before a rule tightened
// (issue 9, defect 6 review: one reader of stored settings).

let depot: TestDepot;
beforeEach(async () => {
  depot = await createTestDepot();
});
afterEach(() => depot.close());

describe('the backup settings read before start-up (issue 9, defect 6 review)', () => {
  it('keeps the stored folder when another field breaks the current rules, as Settings does', async () => {
    const stored = JSON.stringify({ folder: '/srv/depot-backups', keep: 0 });
    await depot.core.db('settings').where({ key: 'backup' }).delete();
    await depot.core.db('settings').insert({
      key: 'backup',
      value: stored,
      updated_at: depot.clock.now.toISOString(),
    });
    const store = createSettingsStore();
    await store.load(depot.core.db);

    const read = await readBackupSettings(depot.core.db);
    expect(read).toEqual(store.current().backup);
    expect(read).toEqual({ folder: '/srv/depot-backups', keep: 7 });
  });
});
