import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { intakeFixture, type IntakeFixture } from '../intake/intakeFixture';
import { openCore } from '../core';
import { resourcesDir } from '../cli/paths';
import { attachmentFile } from '../attachments/attachmentFiles';
import { jpegHeader } from '../testing/images';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { describeReport, verifyDepot } from './verifyDepot';
import { verifyCommand } from './verifyCommand';
import type { CheckName, VerifyReport } from './report';

// Issue 9, standing proof: one verification finds an altered or deleted audit row, books that
// do not balance, a missing report number, a lost or changed archived file, a dangling row.

let depot: TestDepot;
let fx: IntakeFixture;
let ticketIds: number[];
let documentId: number;
let photoSha: string;

const dataDir = () => join(depot.dir, 'data');
const verify = () => verifyDepot(depot.core.db, dataDir());
const photo = (n: number) => `data:image/jpeg;base64,${jpegHeader(640, 480, n).toString('base64')}`;

function check(report: VerifyReport, name: CheckName) {
  const found = report.checks.find((c) => c.name === name);
  if (!found) throw new Error(`no check ${name}`);
  return found;
}

/** Runs SQL with the append-only guard lifted, as someone with the file and a console could. */
async function tamper(sql: string, bindings: (string | number)[] = []) {
  const { db } = depot.core;
  await db.raw('DROP TRIGGER audit_log_no_update');
  await db.raw('DROP TRIGGER audit_log_no_delete');
  await db.raw(sql, bindings);
}

beforeEach(async () => {
  depot = await createTestDepot();
  fx = await intakeFixture(depot);
  ticketIds = [];
  for (const serial of ['WM80-0001', 'WM80-0002']) {
    ticketIds.push(
      (
        await fx.clerk.call(
          'tickets/create',
          fx.ticket({ newUnit: { modelId: fx.wmModelId, serial, invoiceDate: '2026-06-01' } }),
        )
      ).id,
    );
  }
  const added = await fx.clerk.call('attachments/addPhoto', {
    ticketId: ticketIds[0],
    data: photo(1),
  });
  photoSha = added.sha256;
  const keeper = await depot.as(['stockroom_keeper']);
  const part = await keeper.call('parts/create', {
    partNo: 'P-1',
    nameEn: 'Drain pump',
    nameZh: '排水泵',
    category: 'PUMP',
    unit: 'pcs',
    bin: 'A-01',
    unitCost: 1000,
    safetyStock: 2,
    maxStock: 20,
  });
  await keeper.call('stock/receive', {
    supplier: 'Acme',
    reference: 'DN-1',
    lines: [{ partId: part.id, received: 5, accepted: 5, rejected: 0, unitCost: 900 }],
  });
}, 60_000);
afterEach(() => depot.close());

/** Prints a receipt (a PDF render: slow on a loaded machine, so only where a test needs one). */
async function printReceipt() {
  documentId = (
    await fx.clerk.call('documents/receipt', { ticketId: ticketIds[0], language: 'zh-TW' })
  ).id;
}

describe('verifying the depot', () => {
  it('passes every check on a depot used as it should be', { timeout: 60_000 }, async () => {
    await printReceipt();
    const report = await verify();
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.name)).toEqual([
      'integrity',
      'foreignKeys',
      'auditChain',
      'ledger',
      'reportNumbers',
      'documents',
      'attachments',
    ]);
    const audit = Number((await depot.core.db('audit_log').count({ n: '*' }))[0].n);
    expect(check(report, 'auditChain').checked).toBe(audit);
    expect(check(report, 'reportNumbers').checked).toBe(2);
    expect(check(report, 'documents').checked).toBe(1);
    expect(check(report, 'attachments').checked).toBe(1);
    expect(check(report, 'ledger').checked).toBe(1);
  });

  it('names an audit row altered behind the database guard', async () => {
    const { id } = await depot.core.db('audit_log').where({ action: 'addPhoto' }).first('id');
    await tamper(`UPDATE audit_log SET staff_id = 1 WHERE id = ?`, [id]);
    const chain = check(await verify(), 'auditChain');
    expect(chain.ok).toBe(false);
    expect(chain.problems).toEqual([
      expect.objectContaining({ kind: 'auditAltered', params: { id } }),
    ]);
  });

  it('finds an altered row whose hash was recomputed by the link of the next row', async () => {
    const rows = await depot.core.db('audit_log').orderBy('id').select('id');
    const id = rows[3].id as number;
    await tamper(`UPDATE audit_log SET action = 'forged', hash = ? WHERE id = ?`, [
      'f'.repeat(64),
      id,
    ]);
    const chain = check(await verify(), 'auditChain');
    expect(chain.problems.map((p) => [p.kind, p.params.id])).toEqual([
      ['auditAltered', id],
      ['auditLinkBroken', id + 1],
    ]);
  });

  it('finds a deleted audit row, in the middle or at the end', async () => {
    const rows = await depot.core.db('audit_log').orderBy('id').select('id');
    const middle = rows[2].id as number;
    const last = rows[rows.length - 1].id as number;
    await tamper('DELETE FROM audit_log WHERE id IN (?, ?)', [middle, last]);
    const chain = check(await verify(), 'auditChain');
    expect(chain.problems.map((p) => [p.kind, p.params.from, p.params.to])).toEqual([
      ['auditRowsMissing', middle, middle],
      ['auditRowsMissing', last, last],
    ]);
  });

  it('finds books that do not balance and a missing report number', async () => {
    const { db } = depot.core;
    await db('stock_levels').update({ on_hand: 4 });
    await db('tickets').where({ id: ticketIds[1] }).update({ report_seq: 3 });
    const report = await verify();
    expect(check(report, 'ledger').problems).toEqual([
      expect.objectContaining({
        kind: 'ledgerMismatch',
        params: { partNo: 'P-1', onHand: 4, ledger: 5 },
      }),
    ]);
    expect(check(report, 'reportNumbers').problems.map((p) => p.kind)).toEqual([
      'reportNumberGap',
      'reportCounter',
    ]);
    expect(report.ok).toBe(false);
  });

  it('finds an archived document altered and a photo gone', { timeout: 60_000 }, async () => {
    await printReceipt();
    const { file } = await depot.core.db('documents').where({ id: documentId }).first('file');
    writeFileSync(join(dataDir(), ...String(file).split('/')), 'not the printed receipt');
    rmSync(join(dataDir(), ...attachmentFile(photoSha, 'image/jpeg').split('/')));
    const report = await verify();
    expect(check(report, 'documents').problems).toEqual([
      expect.objectContaining({
        kind: 'fileAltered',
        params: { record: 'document', id: documentId, file },
      }),
    ]);
    expect(check(report, 'attachments').problems.map((p) => p.kind)).toEqual(['fileMissing']);
  });

  it('finds a row pointing at nothing', async () => {
    const { db } = depot.core;
    await db.raw('PRAGMA foreign_keys = OFF');
    await db('ticket_attachments').where({ ticket_id: ticketIds[0] }).update({ ticket_id: 999 });
    await db.raw('PRAGMA foreign_keys = ON');
    const problems = check(await verify(), 'foreignKeys').problems;
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'foreignKey',
        params: expect.objectContaining({ table: 'ticket_attachments', parent: 'tickets' }),
      }),
    ]);
  });
  it('calls a run the closing depot cut short cancelled, not failed, unless a check failed', async () => {
    let asked = 0;
    const cut = await verifyDepot(depot.core.db, dataDir(), { cancelled: () => ++asked > 2 });
    expect(cut).toMatchObject({ ok: false, cancelled: true });
    expect(cut.checks.map((c) => c.name)).toEqual(['integrity', 'foreignKeys']);
    expect(describeReport(cut)).toMatch(/^cancelled \(the depot closed\): 2 of 7 checks/);
    await depot.core.db.raw('PRAGMA foreign_keys = OFF');
    await depot.core.db('ticket_attachments').update({ ticket_id: 999 });
    await depot.core.db.raw('PRAGMA foreign_keys = ON');
    asked = 0;
    const failedThenCut = await verifyDepot(depot.core.db, dataDir(), {
      cancelled: () => ++asked > 2,
    });
    expect(describeReport(failedThenCut)).toMatch(/^FAILED: 2 of 7 checks/);
    expect((await verify()).cancelled).toBeUndefined();
  });
});

describe('depot verify (CLI)', () => {
  it('prints what it found, naming the row', async () => {
    await tamper('DELETE FROM audit_log WHERE id = 3');
    const lines: string[] = [];
    const report = await verifyCommand(join(depot.dir, 'depot.sqlite'), dataDir(), (line) =>
      lines.push(line),
    );
    expect(report.ok).toBe(false);
    expect(lines.join('\n')).toContain('FAILED auditChain');
    expect(lines.join('\n')).toContain('Audit rows #3 were deleted');
  });
});

describe('depot/verify and the check at start', () => {
  it('lets supervisors and admins verify, and nobody else', async () => {
    const supervisor = await depot.as(['supervisor']);
    expect((await supervisor.call('depot/verify', {})).ok).toBe(true);
    expect((await refused(fx.clerk.call('depot/verify', {}))).code).toBe('FORBIDDEN');
    expect((await refused(fx.clerk.call('depot/verification', {}))).code).toBe('FORBIDDEN');
    expect(await depot.admin.call('depot/verification', {})).toMatchObject({
      status: 'done',
      trigger: 'manual',
      report: { ok: true },
    });
  });

  it('runs in the background at start and reports a tampered trail there', async () => {
    await tamper("UPDATE audit_log SET channel = 'x' WHERE id = 2");
    await depot.core.close();
    const core = await openCore({
      dbFile: join(depot.dir, 'depot.sqlite'),
      dataDir: dataDir(),
      resourcesDir,
      host: { kind: 'test', version: '0.0.0-test' },
    });
    depot.core = core;
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await vi.waitFor(() => expect(core.services.verification.latest().status).toBe('done'));
      const state = core.services.verification.latest();
      expect(state).toMatchObject({ trigger: 'start', report: { ok: false } });
      if (state.status !== 'done') throw new Error('not done');
      expect(check(state.report, 'auditChain').problems).toEqual([
        expect.objectContaining({ kind: 'auditAltered', params: { id: 2 } }),
      ]);
      await vi.waitFor(() =>
        expect(log).toHaveBeenCalledWith(expect.stringContaining('[depot] verify (start) FAILED')),
      );
    } finally {
      log.mockRestore();
    }
  });

  it('clears temporary files a crash left behind, and only those', async () => {
    const folder = join(dataDir(), 'documents', '2026', '11');
    mkdirSync(folder, { recursive: true });
    const stray = join(folder, `${'a'.repeat(64)}.pdf.0123456789ab.tmp`);
    const keep = join(folder, 'note.txt');
    writeFileSync(stray, 'half a receipt');
    writeFileSync(keep, 'not ours to remove');
    await depot.core.close();
    depot.core = await openCore({
      dbFile: join(depot.dir, 'depot.sqlite'),
      dataDir: dataDir(),
      resourcesDir,
      host: { kind: 'test', version: '0.0.0-test' },
    });
    expect(existsSync(stray)).toBe(false);
    expect(existsSync(keep)).toBe(true);
    expect((await verify()).ok).toBe(true);
  });
});
