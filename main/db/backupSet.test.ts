import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printedDepot, type PrintedDepot } from '../backup/backupFixture';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { FILES_FOLDER, listBackups, pruneBackups } from './backupFolder';
import { writeBackup } from './backupSet';
import { verifyBackup } from './backupVerify';

let depot: TestDepot;
let printed: PrintedDepot;
let folder: string;
beforeEach(async () => {
  depot = await createTestDepot();
  printed = await printedDepot(depot);
  folder = join(depot.dir, 'backups');
});
afterEach(() => depot.close());

const backup = (at = depot.clock.now, onProgress?: (done: number, total: number) => void) =>
  writeBackup({
    db: depot.core.db,
    dataDir: depot.core.services.dataDir,
    folder,
    reason: 'manual',
    depotVersion: '9.9.9',
    now: at,
    onProgress,
  });

describe('a backup (issue 9, defect 6)', () => {
  it('holds the database copy and every archived document and attachment, each with its sha256', async () => {
    const steps: number[] = [];
    const written = await backup(depot.clock.now, (done) => steps.push(done));
    const m = written.manifest;
    expect(written.name).toBe('depot-20261127T010000000Z');
    expect(m).toMatchObject({ format: 1, reason: 'manual', depotVersion: '9.9.9' });
    expect(m.counts).toEqual({ documents: 1, attachments: 2, files: 3 });
    expect(m.files.map((f) => f.path.split('/')[0]).sort()).toEqual([
      'attachments',
      'attachments',
      'documents',
    ]);
    expect(m.files.find((f) => f.path.startsWith('documents/'))?.sha256).toBe(
      printed.receipt.sha256,
    );
    expect(m.migrations.length).toBeGreaterThan(20);
    expect(await verifyBackup(written.dir)).toMatchObject({ ok: true, problems: [] });
    // Progress goes from the first step to the last, in order.
    expect(steps[0]).toBe(1);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.at(-1)).toBe(m.files.length + 2);
  });

  it('fails verification when a file in it was altered or removed, or the copy changed', async () => {
    const { dir, manifest } = await backup();
    const [first, second] = manifest.files;
    writeFileSync(join(dir, FILES_FOLDER, ...first.path.split('/')), 'tampered');
    rmSync(join(dir, FILES_FOLDER, ...second.path.split('/')));
    const check = await verifyBackup(dir);
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual(
      expect.arrayContaining([
        { code: 'file_altered', path: first.path },
        { code: 'file_missing', path: second.path },
      ]),
    );

    const other = await backup(new Date('2026-11-28T01:00:00Z'));
    writeFileSync(join(other.dir, 'depot.sqlite'), 'not a database', { flag: 'a' });
    expect((await verifyBackup(other.dir)).problems[0]).toMatchObject({ code: 'database_altered' });
  });

  it('refuses to back up a depot whose archived file was altered, and leaves nothing behind', async () => {
    const file = join(depot.core.services.dataDir, ...(await documentPath()).split('/'));
    writeFileSync(file, 'someone edited the receipt');
    const error = await refused(backup());
    expect(error.code).toBe('CONFLICT');
    expect(error.details?.problems).toEqual([{ code: 'file_altered', path: await documentPath() }]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('keeps the newest N and removes older backups and half-written ones, nothing else', async () => {
    for (const day of [24, 25, 26, 27]) await backup(new Date(`2026-11-${day}T01:00:00Z`));
    writeFileSync(join(folder, 'notes.txt'), 'the admin keeps notes here');
    const stray = join(folder, '.partial-depot-20261120T010000000Z');
    rmSync(stray, { force: true });
    writeFileSync(stray, '');
    const removed = await pruneBackups(folder, 2);
    expect(removed.sort()).toEqual(['depot-20261124T010000000Z', 'depot-20261125T010000000Z']);
    expect((await listBackups(folder)).map((b) => b.name)).toEqual([
      'depot-20261127T010000000Z',
      'depot-20261126T010000000Z',
    ]);
    expect(existsSync(join(folder, 'notes.txt'))).toBe(true);
    expect(existsSync(stray)).toBe(false);
  });

  it('never prunes a safety copy taken before a restore (review of defect 6)', async () => {
    const safety = await writeBackup({
      db: depot.core.db,
      dataDir: depot.core.services.dataDir,
      folder,
      reason: 'before-restore',
      depotVersion: '9.9.9',
      now: new Date('2026-11-23T01:00:00Z'),
    });
    for (const day of [24, 25, 26]) await backup(new Date(`2026-11-${day}T01:00:00Z`));
    const removed = await pruneBackups(folder, 2);
    expect(removed).toEqual(['depot-20261124T010000000Z']);
    expect((await listBackups(folder)).map((b) => b.name)).toEqual([
      'depot-20261126T010000000Z',
      'depot-20261125T010000000Z',
      safety.name,
    ]);
  });

  it('names two backups taken in the same millisecond apart', async () => {
    const a = await backup();
    const b = await backup();
    expect([a.name, b.name]).toEqual(['depot-20261127T010000000Z', 'depot-20261127T010000000Z-2']);
  });
});

async function documentPath(): Promise<string> {
  const row: { file: string } = await depot.core
    .db('documents')
    .where({ id: printed.receipt.id })
    .first('file');
  return row.file;
}
