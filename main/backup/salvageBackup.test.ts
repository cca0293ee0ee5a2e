import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreEvents } from '../events';
import { listBackups, readManifest } from '../db/backupFolder';
import { referencedFiles } from '../db/depotFiles';
import { appliedMigrations } from '../db/open';
import { writeBackup } from '../db/backupSet';
import { verifyBackup } from '../db/backupVerify';
import { checkRestorable } from '../db/restore';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { printedDepot } from './backupFixture';
import type { LastBackup } from './backupService';
import { backupBeforeMigrating } from './startupBackup';

// The safety copy before a restore and the start-up copy before a migration keep what there is
// and never refuse because the depot is damaged (issue 9, defect 6 review): a lost documents
// folder is exactly when a restore is needed, and one bad PDF must not stop an update.

let depot: TestDepot;
let dataDir: string;
beforeEach(async () => {
  depot = await createTestDepot();
  await printedDepot(depot);
  dataDir = depot.core.services.dataDir;
});
afterEach(() => depot.close());

/** The archived receipt's path, as the rows name it (the depot's only document). */
const receiptPath = async () =>
  (await referencedFiles(depot.core.db)).find((f) => f.path.startsWith('documents/'))?.path;

describe('salvage copies (issue 9, defect 6 review)', () => {
  it('restores last night’s backup after the documents folder was lost', async () => {
    const { name } = await depot.admin.call('backup/run', {});
    await depot.core.services.verification.run('manual');
    rmSync(join(dataDir, 'documents'), { recursive: true });

    const result = await depot.admin.call('backup/restore', { name, confirm: name });
    expect(result).toMatchObject({ restored: name, problems: [] });
    const safety = (await listBackups(join(dataDir, 'backups'))).find(
      (b) => b.reason === 'before-restore',
    );
    const manifest = await readManifest(safety?.dir ?? '');
    expect(manifest.salvage).toBe(true);
    expect(manifest.problems).toEqual([{ code: 'file_missing', path: await receiptPath() }]);
  });

  it('lets the migration run when the start-up copy finds a missing PDF, and records it', async () => {
    rmSync(join(dataDir, ...((await receiptPath()) ?? '').split('/')));
    let last: LastBackup | null = null;
    const hook = backupBeforeMigrating({
      dataDir,
      version: '1.2.3',
      now: () => depot.clock.now,
      events: createCoreEvents(),
      record: (outcome) => (last = outcome),
    });
    const applied = await appliedMigrations(depot.core.db);
    await hook(depot.core.db, { applied, pending: ['20990101_0001_next'] });

    expect(last).toMatchObject({ ok: true, reason: 'start' });
    const [taken] = await listBackups(join(dataDir, 'backups'));
    const manifest = await readManifest(taken.dir);
    expect(manifest).toMatchObject({ reason: 'start', salvage: true });
    expect(manifest.problems).toEqual([{ code: 'file_missing', path: await receiptPath() }]);

    // Restoring it needs the admin to accept what it lacks, named.
    const error = await refused(checkRestorable(taken.dir));
    expect(error.message).toMatch(/salvage copy/);
    expect(error.details?.problems).toEqual(manifest.problems);
    await expect(checkRestorable(taken.dir, { acceptSalvage: true })).resolves.toMatchObject({
      manifest: { salvage: true },
    });
  });

  it('copies the database file when SQLite cannot VACUUM it, and records that', async () => {
    const live = depot.core.db;
    // A database SQLite cannot VACUUM (corrupt pages): the copy falls back to the file itself.
    const failing = new Proxy(live, {
      get: (target, key, receiver) =>
        key === 'raw'
          ? (sql: string, bindings?: readonly string[]) =>
              sql.startsWith('VACUUM INTO')
                ? Promise.reject(new Error('SQLITE_CORRUPT: database disk image is malformed'))
                : target.raw(sql, bindings ?? [])
          : Reflect.get(target, key, receiver),
    });
    const request = {
      db: failing,
      dataDir,
      folder: join(dataDir, 'backups'),
      depotVersion: '1.2.3',
      now: depot.clock.now,
    };
    await expect(writeBackup({ ...request, reason: 'manual' })).rejects.toThrow(/SQLITE_CORRUPT/);
    const copy = await writeBackup({ ...request, reason: 'before-restore' });
    expect(copy.manifest).toMatchObject({ salvage: true, files: expect.any(Array) });
    expect(copy.manifest.problems).toEqual([
      { code: 'database_copied', detail: expect.stringMatching(/SQLITE_CORRUPT/) },
    ]);
    expect(copy.manifest.files).toHaveLength(3); // the receipt, the signature, the photo
    expect(await verifyBackup(copy.dir)).toMatchObject({ ok: true });
  });
});
