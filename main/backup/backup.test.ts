import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations';
import { openCore, type Core } from '../core';
import { resourcesDir } from '../cli/paths';
import type { Result } from '../contract/errors';
import { listBackups, readManifest } from '../db/backupFolder';
import { appliedMigrations, openDatabase } from '../db/open';
import { createTestDepot, refused, TEST_PIN, type TestDepot } from '../testing/testCore';
import { footprint, printedDepot, type PrintedDepot } from './backupFixture';

describe('backups in the running depot (issue 9, defect 6)', () => {
  let depot: TestDepot;
  let printed: PrintedDepot;
  beforeEach(async () => {
    depot = await createTestDepot();
    printed = await printedDepot(depot);
  });
  afterEach(() => depot.close());

  const signInAdminAgain = async () => {
    const boss = (await depot.core.db('staff').where({ username: 'boss' }).first('id')) as {
      id: number;
    };
    await depot.admin.call('session/signIn', { staffId: boss.id, pin: TEST_PIN });
  };

  it('restores from Settings: typed confirmation, safety backup, other calls refused meanwhile', async () => {
    const { name } = await depot.admin.call('backup/run', {});
    depot.clock.advanceMinutes(5);
    const later = await printed.fx.clerk.call(
      'tickets/create',
      printed.fx.ticket({
        newUnit: { modelId: printed.fx.acModelId, serial: 'AC22-0002', invoiceDate: '2026-06-01' },
      }),
    );
    const laterReceipt = await printed.fx.clerk.call('documents/receipt', {
      ticketId: later.id,
      language: 'en',
    });
    // The start-up verification reads through its own connection; restore once it is done.
    await depot.core.services.verification.run('manual');

    expect(
      (await refused(printed.fx.clerk.call('backup/restore', { name, confirm: name }))).code,
    ).toBe('FORBIDDEN');
    const before = footprint(depot.dir);
    const unconfirmed = await refused(depot.admin.call('backup/restore', { name, confirm: 'yes' }));
    expect(unconfirmed.details?.issues).toEqual([
      expect.objectContaining({
        field: 'confirm',
        message: 'Type the name of the backup to confirm the restore',
      }),
    ]);
    expect(footprint(depot.dir)).toEqual(before);

    // A call arriving while the restore runs is refused, not served from a half-swapped depot.
    let during: Promise<Result<unknown>> | null = null;
    const steps: number[] = [];
    const stop = depot.core.events.on('core/progress', ({ task, done }) => {
      if (task !== 'restore') return;
      steps.push(done);
      during ??= depot.core.invoke(printed.fx.clerk.key, 'tickets/get', { id: later.id });
    });
    const result = await depot.admin.call('backup/restore', { name, confirm: name });
    stop();
    expect(result).toMatchObject({ restored: name, problems: [] });
    expect(await during).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'backup.restoring', details: { restoring: true } },
    });
    expect(steps.length).toBeGreaterThan(2);

    // Everyone signs in again, against the restored staff list.
    expect((await refused(depot.admin.call('backup/list', {}))).code).toBe('UNAUTHENTICATED');
    await signInAdminAgain();
    const { backups } = await depot.admin.call('backup/list', {});
    const safety = backups.find((b) => b.name === result.safetyBackup);
    expect(safety).toMatchObject({ reason: 'before-restore', counts: { documents: 2 } });

    // The receipt printed after the backup is gone; the one before it reprints from its file.
    expect(
      (await refused(depot.admin.call('documents/reprint', { documentId: laterReceipt.id }))).code,
    ).toBe('NOT_FOUND');
    expect(
      await depot.admin.call('documents/reprint', { documentId: printed.receipt.id }),
    ).toMatchObject({ sha256: printed.receipt.sha256 });
    const audit = await depot.core.db('audit_log').where({ entity: 'backup', action: 'restore' });
    expect(audit).toHaveLength(1);
    expect(audit[0].entity_id).toBe(name);
  });

  it('backs up on request, keeping the newest N set in Settings', async () => {
    expect((await refused(printed.fx.clerk.call('backup/run', {}))).code).toBe('FORBIDDEN');
    await depot.admin.call('settings/update', { backup: { keep: 2 } });
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      names.push((await depot.admin.call('backup/run', {})).name);
      depot.clock.advanceMinutes(5);
    }
    const { status, backups } = await depot.admin.call('backup/list', {});
    expect(backups.map((b) => b.name)).toEqual([names[2], names[1]]);
    expect(status).toMatchObject({
      folder: join(depot.core.services.dataDir, 'backups'),
      keep: 2,
      running: null,
      last: { ok: true, reason: 'manual', name: names[2] },
    });
    expect(await depot.admin.call('backup/verify', { name: names[2] })).toEqual({
      ok: true,
      problems: [],
    });
    expect(
      (await refused(depot.admin.call('settings/update', { backup: { folder: 'relative/dir' } })))
        .code,
    ).toBe('VALIDATION');
  });
});

describe('the start-up backup (issue 9, defect 6)', () => {
  let dir: string;
  const cores: Core[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'depot-start-'));
  });
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async () => {
    const core = await openCore({
      dbFile: join(dir, 'depot.sqlite'),
      dataDir: join(dir, 'data'),
      resourcesDir,
      host: { kind: 'test', version: '1.2.3' },
      now: () => new Date('2026-12-07T08:00:00Z'),
    });
    cores.push(core);
    return core;
  };
  const backupsFolder = () => join(dir, 'data', 'backups');

  it('copies the database as it was before a migration runs, and not again the same day', async () => {
    const older = migrations.slice(0, -1);
    await (await openDatabase(join(dir, 'depot.sqlite'), { migrations: older })).destroy();

    const core = await open();
    expect(await appliedMigrations(core.db)).toHaveLength(migrations.length);
    const [taken] = await listBackups(backupsFolder());
    expect(taken).toMatchObject({ reason: 'start', depotVersion: '1.2.3' });
    expect((await readManifest(taken.dir)).migrations).toEqual(older.map((m) => m.name));
    expect(core.services.backups.status().last).toMatchObject({ ok: true, reason: 'start' });
    await core.close();

    await open(); // nothing pending, newest backup minutes old: no copy of a large file
    expect(await listBackups(backupsFolder())).toHaveLength(1);
  });

  it('takes none for a new, empty database', async () => {
    await open();
    expect(existsSync(backupsFolder())).toBe(false);
  });
});
