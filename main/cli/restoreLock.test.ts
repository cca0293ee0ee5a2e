import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { footprint } from '../backup/backupFixture';
import { refuseWhileOpen } from '../db/depotLock';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { restoreCommand } from './backupCommands';

// `depot restore` swaps the database under whoever has it open: it refuses while the app (a
// live core) holds the depot's lock (issue 9, defect 6 review).

let depot: TestDepot;
let dataDir: string;
beforeEach(async () => {
  depot = await createTestDepot();
  dataDir = depot.core.services.dataDir;
});
afterEach(() => depot.close());

const quiet = () => ({ update: () => undefined, stop: () => undefined });

describe('the CLI restore and the running app (issue 9, defect 6 review)', () => {
  it('refuses while a core has the depot open, changing nothing', async () => {
    const { name } = await depot.admin.call('backup/run', {});
    const backupDir = join(dataDir, 'backups', name);
    await depot.core.services.verification.run('manual');
    const before = footprint(depot.dir);
    const error = await refused(
      restoreCommand(backupDir, join(depot.dir, 'depot.sqlite'), dataDir, {
        yes: true,
        version: '0.0.0-test',
        progress: quiet,
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(new RegExp(`process ${process.pid}`));
    expect(error).toMatchObject({ reason: 'backup.depotOpen', params: { pid: process.pid } });
    expect(footprint(depot.dir)).toEqual(before);
  });

  it('releases the lock when the core closes; a dead process’s lock is stale', async () => {
    expect(() => refuseWhileOpen(dataDir, 'restoring')).toThrow(/close it before restoring/);
    await depot.core.close();
    expect(existsSync(join(dataDir, 'depot.lock'))).toBe(false);
    expect(() => refuseWhileOpen(dataDir, 'restoring')).not.toThrow();

    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const lock = { pid: gone, token: 'crashed', since: '2026-11-27T01:00:00.000Z' };
    writeFileSync(join(dataDir, 'depot.lock'), JSON.stringify(lock));
    expect(() => refuseWhileOpen(dataDir, 'restoring')).not.toThrow();
  });
});
