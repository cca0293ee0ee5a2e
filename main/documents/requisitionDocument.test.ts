import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakeFixture } from '../intake/intakeFixture';
import type { DocumentRef } from '../pdf/archive';
import { stockFixture, type StockFixture } from '../stock/stockFixture';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { documentBytes } from '../testing/documentBytes';

const run = promisify(execFile);

let depot: TestDepot;
let fx: StockFixture;
let requisitionId: number;
let reportNo: string;

beforeEach(async () => {
  depot = await createTestDepot();
  fx = await stockFixture(depot);
  const intake = await intakeFixture(depot);
  const ticket = await intake.clerk.call('tickets/create', intake.ticket());
  reportNo = ticket.reportNo;
  const pump = await fx.part({ partNo: 'PUMP-01', nameEn: 'Drain pump', nameZh: '排水泵' });
  const board = await fx.part({
    partNo: 'PCB-77',
    nameEn: 'Control board',
    nameZh: '主控板',
    critical: true,
    quotaPerLine: 1,
    quotaPerTicket: 1,
  });
  await fx.receive(pump.id, 5, 800);
  await fx.receive(board.id, 5, 5000);
  const req = await fx.technician.call('requisitions/create', {
    ticketId: ticket.id,
    lines: [
      { partId: pump.id, quantity: 3 },
      { partId: board.id, quantity: 2 },
    ],
    note: 'E5: pump and board',
  });
  requisitionId = req.id;
  await fx.supervisor.call('requisitions/decide', {
    id: req.id,
    version: req.version,
    decision: 'approve',
    lines: [
      { lineId: req.lines[0].id, approved: 2 },
      {
        lineId: req.lines[1].id,
        approved: 2,
        quotaOverrideReason: 'Second board for the outdoor unit',
      },
    ],
  });
  await fx.keeper.call('requisitions/issue', {
    id: req.id,
    lines: [
      { lineId: req.lines[0].id, quantity: 2 },
      { lineId: req.lines[1].id, quantity: 1 },
    ],
  });
  await fx.keeper.call('requisitions/return', {
    id: req.id,
    lines: [{ lineId: req.lines[0].id, quantity: 1 }],
  });
});
afterEach(() => depot.close());

async function textOf(ref: DocumentRef): Promise<string> {
  const file = join(depot.dir, `req-${ref.id}.pdf`);
  writeFileSync(file, (await documentBytes(depot, ref.id)).pdf);
  return (await run('pdftotext', ['-layout', file, '-'])).stdout;
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('requisition form (領用申請表, policy 5.3)', () => {
  it('shows requester, ticket, lines, approver, the quota override and the issue record', async () => {
    const ref = await fx.keeper.call('documents/requisition', { requisitionId, language: 'zh-TW' });
    expect(ref.kind).toBe('requisition');
    const text = squash(await textOf(ref));
    for (const expected of [
      '領用申請表',
      `RQ${String(requisitionId).padStart(6, '0')}`,
      reportNo,
      '部分發放',
      'PUMP-01',
      '排水泵',
      'PCB-77',
      '主控板',
      'Secondboardfortheoutdoorunit',
      '審批人',
      '發放記錄',
      '退回倉庫',
      'E5:pumpandboard',
    ]) {
      expect(text).toContain(expected);
    }
    // Three movements: two issues and a return, each with who did it.
    expect(text.match(/發放/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('prints in English too, and technicians may print; intake clerks may not', async () => {
    const ref = await fx.technician.call('documents/requisition', {
      requisitionId,
      language: 'en',
    });
    const text = squash(await textOf(ref));
    for (const expected of [
      'Requisitionform',
      'Partlyissued',
      'Issuerecord',
      'Returnedtostock',
      'Approver',
    ]) {
      expect(text).toContain(expected);
    }
    const clerk = await depot.as(['intake_clerk']);
    const error = await refused(
      clerk.call('documents/requisition', { requisitionId, language: 'en' }),
    );
    expect(error.code).toBe('FORBIDDEN');
  });
});
