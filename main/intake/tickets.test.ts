import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { intakeCounts, intakeFixture, type IntakeFixture } from './intakeFixture';

let depot: TestDepot;
let fx: IntakeFixture;
beforeEach(async () => {
  depot = await createTestDepot(); // the clock reads 2026-11-27T01:00Z
  fx = await intakeFixture(depot);
});
afterEach(() => depot.close());

describe('registering a returned unit (policy 3.1)', () => {
  it('creates customer, unit and ticket in one go, with a report number and the warranty decision', async () => {
    const t = await fx.clerk.call('tickets/create', fx.ticket());
    expect(t).toMatchObject({
      reportNo: 'R2026-000001',
      status: 'received',
      channel: 'counter',
      replayed: false,
      customer: { name: '陳美玲', phones: [{ phone: '0912-345-678', normalised: '0912345678' }] },
      unit: { serial: 'WM80-0001', invoiceDate: '2026-06-01', model: { code: 'WM-80' } },
      station: { code: 'TPE' },
      accessories: ['power_cord'],
      emergency: false,
      responseDueAt: null,
      repeatOf: null,
      createdBy: { displayName: 'Staff mei' },
    });
    expect(t.warranty).toMatchObject({
      covered: true,
      status: 'covered',
      expiresOn: '2027-06-01',
      policy: { warrantyMonths: 12, source: 'type' },
    });
    expect(t.warranty.reasons[0].zh).toContain('保修期限');
    const audit = await depot.admin.call('audit/list', {});
    expect(audit.map((a) => `${a.entity}/${a.action}`).slice(0, 3)).toEqual([
      'ticket/create',
      'unit/create',
      'customer/create',
    ]);
    expect(audit[0]).toMatchObject({ channel: 'tickets/create', staffName: 'Staff mei' });
  });

  it('uses an existing customer and unit; a known serial keeps its history', async () => {
    const first = await fx.clerk.call('tickets/create', fx.ticket());
    await depot.core
      .db('tickets')
      .where({ id: first.id })
      .update({ completed_at: '2026-01-01T00:00:00.000Z' });
    const second = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newCustomer: undefined,
        customerId: first.customer.id,
        newUnit: undefined,
        unitId: first.unit.id,
      }),
    );
    expect(second).toMatchObject({
      reportNo: 'R2026-000002',
      unit: { id: first.unit.id },
      customer: { id: first.customer.id },
    });
    const lookup = await fx.clerk.call('units/lookup', { serial: ' wm80-0001 ' });
    expect(lookup.matches).toHaveLength(1);
    expect(lookup.matches[0].tickets.map((h) => h.reportNo)).toEqual([
      'R2026-000002',
      'R2026-000001',
    ]);
    expect(await depot.core.db('units').count<{ n: number }[]>({ n: '*' })).toEqual([{ n: 1 }]);
  });

  it('takes the period from a model override (a national rule)', async () => {
    const t = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newUnit: { modelId: fx.nationalModelId, serial: 'N-1', invoiceDate: '2024-01-15' },
      }),
    );
    expect(t.warranty).toMatchObject({
      covered: true,
      expiresOn: '2027-01-15',
      policy: { warrantyMonths: 36, source: 'model' },
    });
  });

  it('snapshots the decision: a later change to the product type rewrites no past ticket', async () => {
    const before = await fx.clerk.call('tickets/create', fx.ticket());
    const wm = (await depot.admin.call('catalogue/listTypes', {})).find((x) => x.code === 'WM')!;
    await depot.admin.call('catalogue/updateType', {
      id: wm.id,
      version: wm.version,
      warrantyMonths: 6,
    });
    const after = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newUnit: { modelId: fx.wmModelId, serial: 'P-1', invoiceDate: '2026-05-01' },
        notCoveredExplanation: 'The 6-month warranty ended on 2026-11-01',
        offer: 'paid_repair',
      }),
    );
    expect(after.warranty).toMatchObject({
      status: 'not_covered',
      expiresOn: '2026-11-01',
      policy: { warrantyMonths: 6 },
    });
    expect(after).toMatchObject({
      offer: 'paid_repair',
      notCoveredExplanation: 'The 6-month warranty ended on 2026-11-01',
    });
    const again = await fx.clerk.call('tickets/get', { id: before.id });
    expect(again.warranty).toEqual(before.warranty);
    expect(again.warranty.policy.warrantyMonths).toBe(12);
  });
});

describe('report numbers: unique, gapless per year, never reused', () => {
  it('counts up, keeps a cancelled number, and a refused intake uses none', async () => {
    const a = await fx.clerk.call('tickets/create', fx.ticket());
    await fx.clerk.call('tickets/cancel', {
      id: a.id,
      version: a.version,
      reason: 'Customer changed their mind',
    });
    await refused(
      fx.clerk.call('tickets/create', fx.ticket({ newUnit: { modelId: 999, serial: 'X-1' } })),
    );
    const b = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newUnit: { modelId: fx.wmModelId, serial: 'WM80-0002', invoiceDate: '2026-06-01' },
      }),
    );
    expect([a.reportNo, b.reportNo]).toEqual(['R2026-000001', 'R2026-000002']);
    const cancelled = await fx.clerk.call('tickets/get', { id: a.id });
    expect(cancelled).toMatchObject({
      reportNo: 'R2026-000001',
      status: 'cancelled',
      cancelled: { by: 'Staff mei', reason: 'Customer changed their mind' },
    });
  });

  it('starts again at 1 in a new (local) year', async () => {
    await depot.admin.call('settings/update', { security: { autoLockMinutes: 0 } });
    await fx.clerk.call('tickets/create', fx.ticket());
    depot.clock.now = new Date('2027-01-02T04:00:00Z');
    const t = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newUnit: { modelId: fx.wmModelId, serial: 'WM80-0002', invoiceDate: '2026-06-01' },
      }),
    );
    expect(t.reportNo).toBe('R2027-000001');
  });

  it('a cancelled ticket cannot be cancelled again or changed', async () => {
    const t = await fx.clerk.call('tickets/create', fx.ticket());
    const c = await fx.clerk.call('tickets/cancel', {
      id: t.id,
      version: t.version,
      reason: 'Duplicate call',
    });
    const error = await refused(
      fx.clerk.call('tickets/cancel', { id: t.id, version: c.version, reason: 'again' }),
    );
    expect(error).toMatchObject({ code: 'RULE' });
    expect(error.message).toMatch(/R2026-000001 is cancelled/);
  });
});

describe("what the desk may do to a ticket (actions, from the handlers' own rules)", () => {
  it('lets the desk cancel before the repair starts, and says why not after', async () => {
    const t = await fx.clerk.call('tickets/create', fx.ticket());
    expect(t.actions.cancel).toEqual({ allowed: true, refusal: null });
    expect(t.actions.overrideWarranty.allowed).toBe(false);
    expect(t.actions.overrideWarranty.refusal?.reason).toBe('access.roleMayNot');
    await depot.core.db('tickets').where({ id: t.id }).update({ status: 'in_repair' });
    const started = await fx.clerk.call('tickets/get', { id: t.id });
    expect(started.actions.cancel).toEqual({
      allowed: false,
      refusal: {
        code: 'RULE',
        reason: 'intake.cancelOnlyBeforeRepair',
        params: { reportNo: 'R2026-000001' },
        message: 'R2026-000001 is in repair; a ticket is cancelled only before its repair starts.',
      },
    });
    // The handler refuses by the same rule, with the same reason and words.
    const error = await refused(
      fx.clerk.call('tickets/cancel', { id: t.id, version: t.version, reason: 'Too late' }),
    );
    expect(error).toMatchObject({
      code: 'RULE',
      reason: 'intake.cancelOnlyBeforeRepair',
      message: started.actions.cancel.refusal?.message,
    });
  });
});

describe('a double submit creates one ticket', () => {
  it('the same clientRequestId returns the same ticket', async () => {
    const input = fx.ticket();
    const first = await fx.clerk.call('tickets/create', input);
    const again = await fx.clerk.call('tickets/create', input);
    expect(again).toMatchObject({ id: first.id, reportNo: first.reportNo, replayed: true });
    expect((await intakeCounts(depot)).tickets).toBe(1);
  });

  it('two submits at the same moment still create one ticket', async () => {
    const input = fx.ticket();
    const [a, b] = await Promise.all([
      fx.clerk.call('tickets/create', input),
      fx.clerk.call('tickets/create', input),
    ]);
    expect(a.id).toBe(b.id);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect((await intakeCounts(depot)).tickets).toBe(1);
  });

  it('a request id reused for a different ticket is refused', async () => {
    const input = fx.ticket();
    await fx.clerk.call('tickets/create', input);
    const error = await refused(
      fx.clerk.call('tickets/create', { ...input, faultDescription: 'Other fault' }),
    );
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'clientRequestId' });
  });
});
