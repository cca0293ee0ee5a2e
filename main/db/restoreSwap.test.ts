import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { footprint, printedDepot } from '../backup/backupFixture';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { writeBackup, type WrittenBackup } from './backupSet';
import { recoverInterruptedRestore, restoreDepot, type RestoreSteps } from './restore';

// A restore replaces the database and two folders by renames; any one of them can fail (a PDF
// open in a viewer on Windows, the database locked). The depot is then exactly as it was
// before, never a mix of the backup's and the current files (issue 9, review of defect 6).

let depot: TestDepot;
let written: WrittenBackup;
let dbFile: string;
let dataDir: string;
beforeEach(async () => {
  depot = await createTestDepot();
  await printedDepot(depot);
  dbFile = join(depot.dir, 'depot.sqlite');
  dataDir = depot.core.services.dataDir;
  written = await writeBackup({
    db: depot.core.db,
    dataDir,
    folder: join(depot.dir, 'backups'),
    reason: 'manual',
    depotVersion: '0.0.0-test',
    now: depot.clock.now,
  });
  // Something written after the backup, so the current depot differs from the backup's.
  depot.clock.advanceMinutes(5);
  await depot.admin.call('settings/update', { backup: { keep: 3 } });
  await depot.core.close();
});
afterEach(() => depot.close());

const restore = (renameFile: RestoreSteps['rename']) =>
  restoreDepot({
    backupDir: written.dir,
    dbFile,
    dataDir,
    safetyBackup: async () => null,
    release: async () => undefined,
    rename: renameFile,
  });

describe('a restore whose swap fails (issue 9, defect 6 review)', () => {
  it('puts the folders back when the database cannot be replaced, and names the cause', async () => {
    const before = footprint(depot.dir);
    const error = await refused(
      restore(async (from, to) => {
        if (from === `${dbFile}.restoring`) throw new Error('EBUSY: resource busy or locked');
        await rename(from, to);
      }),
    );
    expect(error.message).toMatch(/EBUSY: resource busy or locked/);
    expect(footprint(depot.dir)).toEqual(before);
  });

  it('puts the documents back when the attachments folder cannot be moved', async () => {
    const before = footprint(depot.dir);
    const error = await refused(
      restore(async (from, to) => {
        if (from === join(dataDir, 'attachments'))
          throw new Error('EPERM: operation not permitted');
        await rename(from, to);
      }),
    );
    expect(error.message).toMatch(/EPERM/);
    expect(footprint(depot.dir)).toEqual(before);
  });

  it('keeps the set-aside files when putting them back fails too, and the next start does', async () => {
    const before = footprint(depot.dir);
    let locked = true; // the viewer holding the PDF closes only later
    const error = await refused(
      restore(async (from, to) => {
        if (locked && (to === dbFile || to === join(dataDir, 'documents'))) {
          throw new Error('EBUSY: resource busy or locked');
        }
        await rename(from, to);
      }),
    );
    expect(error.details).toMatchObject({ rollBackPending: true });
    expect(footprint(depot.dir)).not.toEqual(before);
    locked = false;
    await recoverInterruptedRestore(dbFile, dataDir);
    expect(footprint(depot.dir)).toEqual(before);
  });

  it('rolls back at the next start a swap that a crash interrupted', async () => {
    const before = footprint(depot.dir);
    let reached: () => void = () => undefined;
    const crashed = new Promise<void>((resolve) => (reached = resolve));
    void restore(async (from, to) => {
      if (to === dbFile) {
        reached();
        return new Promise<void>(() => undefined); // the process dies here
      }
      await rename(from, to);
    });
    await crashed;
    expect(footprint(depot.dir)).not.toEqual(before);
    await recoverInterruptedRestore(dbFile, dataDir);
    expect(footprint(depot.dir)).toEqual(before);
  });
});
