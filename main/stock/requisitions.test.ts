import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakeFixture, type IntakeFixture } from '../intake/intakeFixture';
import { createTestDepot, refused, type TestClient, type TestDepot } from '../testing/testCore';
import { verifyLedger } from './ledger';
import { stockFixture, type StockFixture } from './stockFixture';

// Policy 5.3: the technician requests, the department head approves, the stockroom issues
// exactly what was approved (never more than on hand), unused parts come back; quotas on
// critical parts hold unless a supervisor writes down why.

let depot: TestDepot;
let fx: StockFixture;
let ticketId: number;
let otherSupervisor: TestClient;
let intake: IntakeFixture;

beforeEach(async () => {
  depot = await createTestDepot();
  fx = await stockFixture(depot);
  intake = await intakeFixture(depot);
  ticketId = (await intake.clerk.call('tickets/create', intake.ticket())).id;
  otherSupervisor = await depot.as(['supervisor']);
});
afterEach(() => depot.close());

async function pump(onHand = 10, overrides = {}) {
  const p = await fx.part(overrides);
  if (onHand > 0) await fx.receive(p.id, onHand, 1000);
  return p.id;
}

async function request(lines: { partId: number; quantity: number }[], by = fx.technician) {
  return by.call('requisitions/create', { ticketId, lines });
}

async function approveAll(id: number, by = fx.supervisor) {
  const r = await by.call('requisitions/get', { id });
  return by.call('requisitions/decide', {
    id,
    version: r.version,
    decision: 'approve',
    lines: r.lines.map((l) => ({ lineId: l.id, approved: l.requested })),
  });
}

async function onHand(partId: number) {
  return (await fx.keeper.call('parts/get', { id: partId })).onHand;
}

describe('requisitions (領用申請表, policy 5.3)', () => {
  it('goes from request through approval (less than asked), partial issue and return', async () => {
    const partId = await pump(10);
    const req = await request([{ partId, quantity: 5 }]);
    expect(req).toMatchObject({ status: 'pending', reqNo: `RQ${String(req.id).padStart(6, '0')}` });
    expect(req.ticket.reportNo).toMatch(/^R2026-/);

    const approved = await fx.supervisor.call('requisitions/decide', {
      id: req.id,
      version: req.version,
      decision: 'approve',
      lines: [{ lineId: req.lines[0].id, approved: 3 }],
      note: 'Three is enough for this unit',
    });
    expect(approved.status).toBe('approved');
    expect(approved.lines[0]).toMatchObject({ requested: 5, approved: 3, issued: 0 });
    expect(approved.decidedBy?.id).not.toBe(req.requestedBy.id);

    const lineId = req.lines[0].id;
    const partial = await fx.keeper.call('requisitions/issue', {
      id: req.id,
      lines: [{ lineId, quantity: 2 }],
    });
    expect(partial.status).toBe('partially_issued');
    expect(await onHand(partId)).toBe(8);

    const rest = await fx.keeper.call('requisitions/issue', {
      id: req.id,
      lines: [{ lineId, quantity: 1 }],
    });
    expect(rest.status).toBe('issued');
    expect(await onHand(partId)).toBe(7);

    const back = await fx.keeper.call('requisitions/return', {
      id: req.id,
      lines: [{ lineId, quantity: 1 }],
      note: 'Not needed',
    });
    expect(back.lines[0]).toMatchObject({ issued: 3, returned: 1 });
    expect(await onHand(partId)).toBe(8);
    // The issue record (發放記錄) is the ledger.
    expect(back.movements.map((m) => [m.kind, m.quantity])).toEqual([
      ['issue', 2],
      ['issue', 1],
      ['return', 1],
    ]);
    expect(back.movements[0].unitCost).toBe(1000);
    expect(await verifyLedger(depot.core.db)).toEqual([]);
  });

  it('lists the queues: pending, to issue, done', async () => {
    const partId = await pump(10);
    const a = await request([{ partId, quantity: 1 }]);
    const b = await request([{ partId, quantity: 2 }]);
    await approveAll(b.id);
    const pending = await fx.keeper.call('requisitions/list', { queue: 'pending' });
    expect(pending.rows.map((r) => r.id)).toEqual([a.id]);
    const toIssue = await fx.keeper.call('requisitions/list', { queue: 'to_issue' });
    expect(toIssue.rows).toMatchObject([{ id: b.id, toIssue: 2, lineCount: 1 }]);
    const all = await fx.keeper.call('requisitions/list', { queue: 'all', limit: 1 });
    expect(all.rows.map((r) => r.id)).toEqual([b.id]);
    const page2 = await fx.keeper.call('requisitions/list', {
      queue: 'all',
      limit: 1,
      cursor: all.next ?? undefined,
    });
    expect(page2.rows.map((r) => r.id)).toEqual([a.id]);
    expect(page2.next).toBeNull();
  });

  it('refuses approving your own requisition, even as a supervisor', async () => {
    const partId = await pump(10);
    const own = await request([{ partId, quantity: 1 }], fx.supervisor);
    const error = await refused(approveAll(own.id, fx.supervisor));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/own requisition/);
    expect((await fx.keeper.call('requisitions/get', { id: own.id })).status).toBe('pending');
    expect((await approveAll(own.id, otherSupervisor)).status).toBe('approved');
  });

  it('lets only supervisors decide and only the stockroom issue', async () => {
    const partId = await pump(10);
    const req = await request([{ partId, quantity: 1 }]);
    const byTech = await refused(approveAll(req.id, fx.technician));
    expect(byTech.code).toBe('FORBIDDEN');
    await approveAll(req.id);
    const techIssue = await refused(
      fx.technician.call('requisitions/issue', {
        id: req.id,
        lines: [{ lineId: req.lines[0].id, quantity: 1 }],
      }),
    );
    expect(techIssue.code).toBe('FORBIDDEN');
    const keeperRequest = await refused(request([{ partId, quantity: 1 }], fx.keeper));
    expect(keeperRequest.code).toBe('FORBIDDEN');
  });

  it('sends with each requisition what its reader may do, by the rule the handlers refuse by', async () => {
    const partId = await pump(10);
    const own = await request([{ partId, quantity: 2 }], fx.supervisor);
    const get = async (who: TestClient) =>
      (await who.call('requisitions/get', { id: own.id })).actions;
    const reasonOf = (o: { refusal: { reason: string } | null }) => o.refusal?.reason ?? null;
    // Pending: another supervisor may decide; not the one who asked; nobody may issue yet.
    expect((await get(otherSupervisor)).decide).toEqual({ allowed: true, refusal: null });
    expect(reasonOf((await get(fx.supervisor)).decide)).toBe('stock.ownRequisition');
    expect(reasonOf((await get(fx.keeper)).decide)).toBe('access.roleMayNot');
    expect(reasonOf((await get(fx.keeper)).issue)).toBe('stock.notApproved');
    // What the view said is what the handler answers.
    expect((await refused(approveAll(own.id, fx.supervisor))).reason).toBe('stock.ownRequisition');
    const approved = await approveAll(own.id, otherSupervisor);
    expect(approved.actions.decide.refusal?.reason).toBe('stock.alreadyDecided');
    expect((await get(fx.keeper)).issue.allowed).toBe(true);
    expect(reasonOf((await get(fx.technician)).issue)).toBe('access.roleMayNot');
    const lineId = own.lines[0].id;
    const issued = await fx.keeper.call('requisitions/issue', {
      id: own.id,
      lines: [{ lineId, quantity: 2 }],
    });
    expect(issued.actions.issue.refusal?.reason).toBe('stock.nothingLeftToIssue');
    expect(issued.actions.return.allowed).toBe(true);
  });

  it('refuses approving more than requested, or deciding twice', async () => {
    const partId = await pump(10);
    const req = await request([{ partId, quantity: 2 }]);
    const tooMany = await refused(
      fx.supervisor.call('requisitions/decide', {
        id: req.id,
        version: req.version,
        decision: 'approve',
        lines: [{ lineId: req.lines[0].id, approved: 3 }],
      }),
    );
    expect(tooMany.message).toMatch(/at most the 2 requested/);
    await approveAll(req.id);
    const again = await refused(approveAll(req.id, otherSupervisor));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/already decided/);
  });

  it('rejects with a reason; a rejected requisition cannot be issued', async () => {
    const partId = await pump(10);
    const req = await request([{ partId, quantity: 2 }]);
    const noReason = await depot
      .client(fx.supervisor.key)
      .raw('requisitions/decide', { id: req.id, version: req.version, decision: 'reject' });
    expect(noReason.ok).toBe(false);
    const rejected = await fx.supervisor.call('requisitions/decide', {
      id: req.id,
      version: req.version,
      decision: 'reject',
      note: 'Wrong part for this model',
    });
    expect(rejected).toMatchObject({
      status: 'rejected',
      decisionNote: 'Wrong part for this model',
    });
    const issue = await refused(
      fx.keeper.call('requisitions/issue', {
        id: req.id,
        lines: [{ lineId: req.lines[0].id, quantity: 1 }],
      }),
    );
    expect(issue.message).toMatch(/is rejected/);
    expect(await onHand(partId)).toBe(10);
  });

  it('issues at most what was approved, and at most what is on hand', async () => {
    const partId = await pump(2);
    const req = await request([{ partId, quantity: 4 }]);
    await approveAll(req.id);
    const lineId = req.lines[0].id;
    const before = await fx.counts();
    const short = await refused(
      fx.keeper.call('requisitions/issue', { id: req.id, lines: [{ lineId, quantity: 3 }] }),
    );
    expect(short.code).toBe('RULE');
    expect(short.message).toMatch(/Only 2 on hand/);
    expect(short.field).toBe('lines.0.quantity');
    await fx.keeper.call('requisitions/issue', { id: req.id, lines: [{ lineId, quantity: 2 }] });
    await fx.receive(partId, 10, 1000);
    const over = await refused(
      fx.keeper.call('requisitions/issue', { id: req.id, lines: [{ lineId, quantity: 3 }] }),
    );
    expect(over.message).toMatch(/2 approved and not yet issued; cannot issue 3/);
    const after = await fx.keeper.call('requisitions/get', { id: req.id });
    expect(after.lines[0].issued).toBe(2);
    expect(before.stock_moves + 2).toBe((await fx.counts()).stock_moves);
  });

  it('refuses returning more than was issued', async () => {
    const partId = await pump(5);
    const req = await request([{ partId, quantity: 2 }]);
    await approveAll(req.id);
    const lineId = req.lines[0].id;
    const none = await refused(
      fx.keeper.call('requisitions/return', { id: req.id, lines: [{ lineId, quantity: 1 }] }),
    );
    // Nothing is out yet: the same refusal the requisition's view gives its Return button.
    expect(none.reason).toBe('stock.nothingToReturn');
    expect((await fx.keeper.call('requisitions/get', { id: req.id })).actions.return).toEqual({
      allowed: false,
      refusal: expect.objectContaining({ reason: 'stock.nothingToReturn' }),
    });
    await fx.keeper.call('requisitions/issue', { id: req.id, lines: [{ lineId, quantity: 2 }] });
    await fx.keeper.call('requisitions/return', { id: req.id, lines: [{ lineId, quantity: 2 }] });
    const third = await refused(
      fx.keeper.call('requisitions/return', { id: req.id, lines: [{ lineId, quantity: 1 }] }),
    );
    expect(third.code).toBe('RULE');
    expect(await onHand(partId)).toBe(5);
  });

  it('refuses negative, zero and fractional quantities, duplicate parts and cancelled tickets', async () => {
    const partId = await pump(5);
    const before = await fx.counts();
    for (const quantity of [-1, 0, 1.5]) {
      const r = await fx.technician.raw('requisitions/create', {
        ticketId,
        lines: [{ partId, quantity }],
      });
      expect(r.ok).toBe(false);
    }
    const twice = await refused(
      request([
        { partId, quantity: 1 },
        { partId, quantity: 2 },
      ]),
    );
    expect(twice.message).toMatch(/already on line 1/);
    expect(await fx.counts()).toEqual(before);
    await depot.admin.call('tickets/cancel', {
      id: ticketId,
      version: 1,
      reason: 'Customer withdrew',
    });
    const cancelled = await refused(request([{ partId, quantity: 1 }]));
    expect(cancelled.message).toMatch(/cancelled/);
    expect(await depot.core.db('requisitions').count({ n: '*' }).first()).toEqual({ n: 0 });
  });

  it('is idempotent per clientRequestId (a double click makes one requisition)', async () => {
    const partId = await pump(5);
    const clientRequestId = randomUUID();
    const input = { ticketId, lines: [{ partId, quantity: 1 }], clientRequestId };
    const [a, b] = await Promise.all([
      fx.technician.call('requisitions/create', input),
      fx.technician.call('requisitions/create', input),
    ]);
    expect(a.id).toBe(b.id);
    expect((await fx.keeper.call('requisitions/list', {})).rows).toHaveLength(1);
  });
});

describe('quotas on critical parts (限量領用, policy 5.3)', () => {
  async function critical() {
    return pump(20, { critical: true, quotaPerLine: 2, quotaPerTicket: 3 });
  }

  it('refuses approving a line over the quota without a written reason, and keeps the reason', async () => {
    const partId = await critical();
    const req = await request([{ partId, quantity: 4 }]);
    expect(req.lines[0]).toMatchObject({ overQuota: true, quotaPerLine: 2 });
    const noReason = await refused(approveAll(req.id));
    expect(noReason.code).toBe('RULE');
    expect(noReason.message).toMatch(
      /over its quota \(2 per line; 3 per ticket, 0 already drawn\)/,
    );
    expect(noReason.field).toBe('lines.0.quotaOverrideReason');
    expect((await fx.keeper.call('requisitions/get', { id: req.id })).status).toBe('pending');

    const ok = await fx.supervisor.call('requisitions/decide', {
      id: req.id,
      version: req.version,
      decision: 'approve',
      lines: [
        { lineId: req.lines[0].id, approved: 4, quotaOverrideReason: 'Both compressors failed' },
      ],
    });
    expect(ok.lines[0]).toMatchObject({
      approved: 4,
      overQuota: true,
      quotaOverrideReason: 'Both compressors failed',
    });
    const audit = await depot.core
      .db('audit_log')
      .where({ entity: 'requisition', action: 'approve' })
      .first();
    expect(String(audit.after_json ?? audit.after)).toMatch(/Both compressors failed/);
  });

  it('approving within the quota needs no reason', async () => {
    const partId = await critical();
    const req = await request([{ partId, quantity: 4 }]);
    const within = await fx.supervisor.call('requisitions/decide', {
      id: req.id,
      version: req.version,
      decision: 'approve',
      lines: [{ lineId: req.lines[0].id, approved: 2 }],
    });
    expect(within.lines[0]).toMatchObject({
      approved: 2,
      overQuota: false,
      quotaOverrideReason: null,
    });
  });

  it('counts what the ticket already drew against the quota per ticket', async () => {
    const partId = await critical();
    const first = await request([{ partId, quantity: 2 }]);
    await approveAll(first.id);
    const second = await request([{ partId, quantity: 2 }]);
    expect(second.lines[0]).toMatchObject({ ticketUsed: 2, overQuota: true });
    const refusedApproval = await refused(approveAll(second.id));
    expect(refusedApproval.message).toMatch(/3 per ticket, 2 already drawn/);
    // Returning a unit of the first gives quota back.
    await fx.keeper.call('requisitions/issue', {
      id: first.id,
      lines: [{ lineId: first.lines[0].id, quantity: 2 }],
    });
    await fx.keeper.call('requisitions/return', {
      id: first.id,
      lines: [{ lineId: first.lines[0].id, quantity: 1 }],
    });
    expect((await approveAll(second.id)).lines[0]).toMatchObject({ approved: 2, overQuota: false });
  });
});

describe('quota edge cases and refusals', () => {
  it('approving none of a part over its ticket quota needs no reason', async () => {
    const critical = await pump(20, { critical: true, quotaPerLine: 5, quotaPerTicket: 2 });
    const plain = await pump(5);
    const first = await request([{ partId: critical, quantity: 2 }]);
    await approveAll(first.id);
    const second = await request([
      { partId: critical, quantity: 1 },
      { partId: plain, quantity: 1 },
    ]);
    const decided = await fx.supervisor.call('requisitions/decide', {
      id: second.id,
      version: second.version,
      decision: 'approve',
      lines: [
        { lineId: second.lines[0].id, approved: 0 },
        { lineId: second.lines[1].id, approved: 1 },
      ],
    });
    expect(decided.lines[0]).toMatchObject({ approved: 0, overQuota: false });
  });

  it('issues nothing more once the ticket is cancelled', async () => {
    const partId = await pump(5);
    const req = await request([{ partId, quantity: 2 }]);
    await approveAll(req.id);
    await depot.admin.call('tickets/cancel', { id: ticketId, version: 1, reason: 'Withdrawn' });
    const error = await refused(
      fx.keeper.call('requisitions/issue', {
        id: req.id,
        lines: [{ lineId: req.lines[0].id, quantity: 1 }],
      }),
    );
    expect(error.message).toMatch(/was cancelled; nothing more is issued/);
    expect(await onHand(partId)).toBe(5);
  });

  it('out of warranty, parts wait for the approved quote (policy 3.2)', async () => {
    const partId = await pump(5);
    const notCovered = await intake.clerk.call(
      'tickets/create',
      intake.ticket({
        newUnit: { modelId: intake.wmModelId, serial: 'OLD-1', invoiceDate: '2024-01-10' },
        notCoveredExplanation: 'Warranty ended',
      }),
    );
    const error = await refused(
      fx.technician.call('requisitions/create', {
        ticketId: notCovered.id,
        lines: [{ partId, quantity: 1 }],
      }),
    );
    expect(error.message).toMatch(/has not approved a quote.*policy 3\.2/);
    // The bench is told so with the repair log, by the same rule (stock/partsOffers.ts).
    const log = await fx.technician.call('repairLog/get', { ticketId: notCovered.id });
    expect(log.actions.requestParts).toMatchObject({
      allowed: false,
      refusal: { reason: error.reason, params: error.params },
    });
    const ask = await fx.technician.call('requisitions/forTicket', { ticketId: notCovered.id });
    expect(ask.actions.requestParts.refusal).toMatchObject({ reason: error.reason });
    // What the ticket drew, as the quota counts it: requested while pending.
    await request([{ partId, quantity: 2 }]);
    const drawn = await fx.technician.call('requisitions/forTicket', { ticketId });
    expect(drawn.usage).toContainEqual({ partId, used: 2 });
    expect(drawn.actions.requestParts.allowed).toBe(true);
    const covered = await fx.technician.call('repairLog/get', { ticketId });
    expect(covered.actions.requestParts.allowed).toBe(true);
    // Taking parts back is the stockroom's, and only of what is out.
    expect(covered.actions.returnParts.refusal?.reason).toBe('access.roleMayNot');
    const supervisor = await depot.as(['supervisor']);
    const supervisorView = await supervisor.call('repairLog/get', { ticketId });
    expect(supervisorView.actions.returnParts.refusal?.reason).toBe('stock.nothingOutOnTicket');
  });

  it('refuses a cursor that is not a row id', async () => {
    const bad = await fx.keeper.raw('requisitions/list', { cursor: 'abc' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('VALIDATION');
  });
});

describe('concurrency (two stations, the last units)', () => {
  it('parallel issues at one part: exactly the stock on hand goes out, the ledger stays consistent', async () => {
    const partId = await pump(3);
    const reqs = [];
    for (let i = 0; i < 5; i += 1) {
      const r = await request([{ partId, quantity: 1 }]);
      await approveAll(r.id);
      reqs.push(r);
    }
    const keeper2 = await depot.as(['stockroom_keeper']);
    const results = await Promise.all(
      reqs.map((r, i) =>
        (i % 2 ? keeper2 : fx.keeper).raw('requisitions/issue', {
          id: r.id,
          lines: [{ lineId: r.lines[0].id, quantity: 1 }],
        }),
      ),
    );
    const ok = results.filter((r) => r.ok);
    const failed = results.filter((r) => !r.ok);
    expect(ok).toHaveLength(3);
    expect(failed).toHaveLength(2);
    for (const f of failed) {
      if (f.ok) continue;
      expect(f.error.message).toMatch(/Only 0 on hand/);
    }
    expect(await onHand(partId)).toBe(0);
    expect(await verifyLedger(depot.core.db)).toEqual([]);
    const issued = await depot.core.db('requisition_lines').sum({ n: 'issued' }).first();
    expect(Number(issued?.n)).toBe(3);
  });
});
