import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { footprint, printedDepot, type PrintedDepot } from '../backup/backupFixture';
import { openCore, type Core } from '../core';
import { resourcesDir } from '../cli/paths';
import { DepotError } from '../contract/errors';
import { documentBytes } from '../testing/documentBytes';
import { createTestDepot, refused, TEST_PIN, type TestDepot } from '../testing/testCore';
import { FILES_FOLDER } from './backupFolder';
import { writeBackup, type WrittenBackup } from './backupSet';
import { connect } from './open';
import { restoreDepot } from './restore';

let depot: TestDepot;
let printed: PrintedDepot;
let written: WrittenBackup;
let dbFile: string;
let dataDir: string;
beforeEach(async () => {
  depot = await createTestDepot();
  printed = await printedDepot(depot);
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
});
const reopened: Core[] = [];
afterEach(async () => {
  for (const core of reopened.splice(0)) await core.close();
  await depot.close(); // closing its first core again is harmless
});

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Restores with no core running (the CLI's way); the safety backup is not needed here. */
const restore = (backupDir: string) =>
  restoreDepot({
    backupDir,
    dbFile,
    dataDir,
    safetyBackup: async () => null,
    release: async () => undefined,
  });

/** The same depot folder opened again, as the app does after a restore. */
async function reopen() {
  const core = await openCore({
    dbFile,
    dataDir,
    resourcesDir,
    host: { kind: 'test', version: '0.0.0-test' },
    now: () => depot.clock.now,
  });
  reopened.push(core);
  const invoke = async (channel: string, input: unknown) => {
    const result = await core.invoke('after-restore', channel, input);
    if (!result.ok) throw DepotError.fromData(result.error);
    return result.data;
  };
  const clerk = (await core.db('staff').where({ username: 'mei' }).first('id')) as { id: number };
  await invoke('session/signIn', { staffId: clerk.id, pin: TEST_PIN });
  return { core, invoke };
}

describe('restoring a backup (issue 9, defect 6)', () => {
  it('backup, wipe, restore: the receipt reprints identically and the photo and signature read', async () => {
    const original = (await documentBytes(depot, printed.receipt.id, printed.fx.clerk)).pdf;
    await depot.core.close();
    rmSync(dbFile);
    rmSync(dataDir, { recursive: true });

    const result = await restore(written.dir);
    expect(result).toMatchObject({ restored: written.name, problems: [] });

    const { core, invoke } = await reopen();
    try {
      const reprint = (await invoke('documents/reprint', {
        documentId: printed.receipt.id,
      })) as { sha256: string };
      expect(reprint.sha256).toBe(printed.receipt.sha256);
      const { ticket } = (await invoke('documents/open', {
        documentId: printed.receipt.id,
      })) as { ticket: string };
      expect(sha((await core.takeDocument(ticket, 'after-restore')).pdf)).toBe(sha(original));
      const attachments = (await invoke('attachments/list', {
        ticketId: printed.ticketId,
      })) as { id: number }[];
      expect(attachments).toHaveLength(2); // the signature and the photo
      for (const a of attachments) {
        const got = (await invoke('attachments/get', { id: a.id })) as { dataUrl: string };
        expect(got.dataUrl).toMatch(/^data:image\/png;base64,/);
      }
    } finally {
      await core.close();
    }
  });

  it('shows what the database-only backup lost: the reprint after its restore fails', async () => {
    // The backup as it was before issue 9: `depot backup <file>` copied the database alone.
    const copy = join(depot.dir, 'db-only.sqlite');
    await depot.core.db.raw('VACUUM INTO ?', [copy]);
    await depot.core.close();
    rmSync(dataDir, { recursive: true });
    writeFileSync(dbFile, readFileSync(copy));
    const { invoke } = await reopen();
    await expect(invoke('documents/reprint', { documentId: printed.receipt.id })).rejects.toThrow(
      /archived file of document \d+ is missing/,
    );
  });

  it('refuses a folder that is not a backup, and changes nothing', async () => {
    const before = footprint(depot.dir);
    const error = await refused(restore(join(depot.dir, 'nowhere')));
    expect(error.code).toBe('NOT_FOUND');
    expect(footprint(depot.dir)).toEqual(before);
  });

  it('refuses a backup that fails verification, and changes nothing', async () => {
    const [file] = written.manifest.files;
    writeFileSync(join(written.dir, FILES_FOLDER, ...file.path.split('/')), 'tampered');
    const before = footprint(depot.dir);
    let safety = 0;
    const error = await refused(
      restoreDepot({
        backupDir: written.dir,
        dbFile,
        dataDir,
        safetyBackup: async () => `${++safety}`,
        release: async () => undefined,
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/failed verification; nothing was restored/);
    expect(safety).toBe(0);
    expect(footprint(depot.dir)).toEqual(before);
  });

  it('refuses a backup written by a newer Depot, and changes nothing', async () => {
    // A newer Depot's backup: its database has a migration this code does not know.
    const newer = join(depot.dir, 'newer');
    const source = connect(dbFile);
    await source('knex_migrations').insert({
      name: '20991231_9999_future',
      batch: 99,
      migration_time: new Date(),
    });
    const future = await writeBackup({
      db: source,
      dataDir,
      folder: newer,
      reason: 'manual',
      depotVersion: '99.0.0',
      now: depot.clock.now,
    });
    await source('knex_migrations').where({ name: '20991231_9999_future' }).delete();
    await source.destroy();
    const before = footprint(depot.dir);
    const error = await refused(restore(future.dir));
    expect(error.message).toMatch(/newer version of Depot/);
    expect(footprint(depot.dir)).toEqual(before);
  });
});
