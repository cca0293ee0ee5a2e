import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { intakeFixture, type IntakeFixture } from './intakeFixture';
import { endOfLocalDay, depotTimeZone } from './zonedTime';

let depot: TestDepot;
let fx: IntakeFixture;
beforeEach(async () => {
  depot = await createTestDepot(); // the clock reads 2026-11-27T01:00Z, a Friday
  fx = await intakeFixture(depot);
});
afterEach(() => depot.close());

describe('not covered (policy 3.1): explained, with the paid alternative', () => {
  it('requires the explanation given to the customer', async () => {
    const error = await refused(
      fx.clerk.call(
        'tickets/create',
        fx.ticket({ exclusions: [{ reason: 'misuse', note: 'Water inside' }] }),
      ),
    );
    expect(error).toMatchObject({ code: 'RULE', field: 'notCoveredExplanation' });
  });

  it('records the exclusion, the explanation and the offer', async () => {
    const t = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        exclusions: [{ reason: 'tampered', note: 'Warranty seal broken' }],
        notCoveredExplanation: 'Opened by a third-party shop; repair will be charged.',
        offer: 'return_unrepaired',
      }),
    );
    expect(t).toMatchObject({
      offer: 'return_unrepaired',
      warranty: { status: 'not_covered', covered: false },
    });
    expect(t.warranty.reasons).toEqual([
      expect.objectContaining({ code: 'tampered', note: 'Warranty seal broken' }),
    ]);
  });

  it('refuses a paid offer on a covered case', async () => {
    const error = await refused(
      fx.clerk.call('tickets/create', fx.ticket({ offer: 'paid_repair' })),
    );
    expect(error).toMatchObject({ code: 'RULE', field: 'offer' });
  });
});

describe('no invoice: unverified until a supervisor overrides (policy 2)', () => {
  const unverified = (f: IntakeFixture) =>
    f.ticket({
      newUnit: { modelId: f.wmModelId, serial: 'NOINV-1' },
      notCoveredExplanation: 'Bring the invoice to verify the warranty.',
    });

  it('is unverified and not covered', async () => {
    const t = await fx.clerk.call('tickets/create', unverified(fx));
    expect(t.warranty).toMatchObject({ status: 'unverified', covered: false, expiresOn: null });
  });

  it('only a supervisor overrides, with a reason; the override is audited', async () => {
    const t = await fx.clerk.call('tickets/create', unverified(fx));
    expect(
      (
        await refused(
          fx.clerk.call('tickets/overrideWarranty', { id: t.id, version: t.version, reason: 'x' }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    const supervisor = await depot.as(['supervisor'], 'fen');
    expect(
      (
        await refused(
          supervisor.call('tickets/overrideWarranty', {
            id: t.id,
            version: t.version,
            reason: ' ',
          }),
        )
      ).code,
    ).toBe('VALIDATION');
    const covered = await supervisor.call('tickets/overrideWarranty', {
      id: t.id,
      version: t.version,
      reason: 'Invoice seen on the phone app',
    });
    expect(covered.warranty).toMatchObject({
      status: 'covered',
      covered: true,
      override: { reason: 'Invoice seen on the phone app', by: 'Staff fen' },
    });
    expect(covered.warranty.reasons.map((r) => r.code)).toEqual([
      'supervisor_override',
      'no_invoice',
    ]);
    expect(covered.version).toBe(t.version + 1);
    const [row] = await depot.admin.call('audit/list', {
      entity: 'ticket',
      entityId: String(t.id),
    });
    expect(row).toMatchObject({ action: 'overrideWarranty', staffName: 'Staff fen' });
    const again = await refused(
      supervisor.call('tickets/overrideWarranty', {
        id: t.id,
        version: covered.version,
        reason: 'again',
      }),
    );
    expect(again.message).toMatch(/already covered/);
  });
});

describe('emergency SLA (policy 2)', () => {
  it('emergency types get response and on-site dues from Settings', async () => {
    await depot.admin.call('settings/update', {
      policy: { emergencyResponseHours: 4, onSiteWorkingDays: 2 },
      security: { autoLockMinutes: 0 },
    });
    depot.clock.now = new Date('2026-11-27T12:00:00Z'); // Friday in every zone from UTC-11 to UTC+11
    const t = await fx.clerk.call(
      'tickets/create',
      fx.ticket({ newUnit: { modelId: fx.acModelId, serial: 'AC-1', invoiceDate: '2026-01-10' } }),
    );
    expect(t.emergency).toBe(true);
    expect(t.responseDueAt).toBe('2026-11-27T16:00:00.000Z');
    // Friday + 2 working days = Tuesday, by the end of the day, local time.
    expect(t.onSiteDueAt).toBe(endOfLocalDay('2026-12-01', depotTimeZone()).toISOString());
    expect(t.overdue).toBe(false);
  });

  it('the clerk may flag any ticket as an emergency, or clear the flag', async () => {
    const t = await fx.clerk.call('tickets/create', fx.ticket({ emergency: true }));
    expect(t.responseDueAt).not.toBeNull();
    const u = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        emergency: false,
        newUnit: { modelId: fx.acModelId, serial: 'AC-2', invoiceDate: '2026-01-10' },
      }),
    );
    expect(u).toMatchObject({ emergency: false, responseDueAt: null, onSiteDueAt: null });
  });
});

describe('repeat repairs (policy 4: repair success rate)', () => {
  async function completedTicket(completedAt: string) {
    const t = await fx.clerk.call('tickets/create', fx.ticket());
    await depot.core.db('tickets').where({ id: t.id }).update({ completed_at: completedAt });
    return t;
  }
  const again = (unitId: number) => fx.ticket({ newUnit: undefined, unitId });

  it('links a unit back within the window to the earlier ticket', async () => {
    const first = await completedTicket('2026-10-01T08:00:00.000Z');
    const second = await fx.clerk.call('tickets/create', again(first.unit.id));
    expect(second.repeatOf).toEqual({ id: first.id, reportNo: 'R2026-000001' });
  });

  it('does not link one outside the window, which is a setting', async () => {
    const first = await completedTicket('2026-06-01T08:00:00.000Z');
    expect((await fx.clerk.call('tickets/create', again(first.unit.id))).repeatOf).toBeNull();
    await depot.core.db('tickets').update({ completed_at: '2026-06-01T08:00:00.000Z' });
    await depot.admin.call('settings/update', { policy: { reRepairWindowDays: 365 } });
    expect(
      (await fx.clerk.call('tickets/create', again(first.unit.id))).repeatOf?.id,
    ).toBeDefined();
  });
});

describe('who may do what', () => {
  it('technicians read tickets but do not register them', async () => {
    const t = await fx.clerk.call('tickets/create', fx.ticket());
    const tech = await depot.as(['technician']);
    expect((await tech.call('tickets/get', { id: t.id })).reportNo).toBe('R2026-000001');
    expect((await refused(tech.call('tickets/create', fx.ticket()))).code).toBe('FORBIDDEN');
    expect(
      (await refused(tech.call('tickets/cancel', { id: t.id, version: 1, reason: 'x' }))).code,
    ).toBe('FORBIDDEN');
  });

  it('the stockroom does not see customer data (policy 4: confidentiality)', async () => {
    const keeper = await depot.as(['stockroom_keeper']);
    expect((await refused(keeper.call('customers/find', { phone: '0912' }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await refused(keeper.call('tickets/list', {}))).code).toBe('FORBIDDEN');
  });

  it('a stale version is refused instead of overwriting', async () => {
    const t = await fx.clerk.call('tickets/create', fx.ticket());
    const error = await refused(
      fx.clerk.call('tickets/cancel', { id: t.id, version: t.version + 1, reason: 'x' }),
    );
    expect(error.code).toBe('CONFLICT');
  });
});

describe('late entry: the report date decides the warranty, so it cannot be backdated freely', () => {
  // The unit's 12 months ended 2026-06-01; on 2026-05-20 it was still covered.
  const late = () =>
    fx.ticket({
      reportedAt: '2026-05-20T02:00:00.000Z',
      newUnit: { modelId: fx.wmModelId, serial: 'WM80-LATE', invoiceDate: '2025-06-01' },
    });

  it('lets a clerk record a phone call from yesterday with its own time', async () => {
    const t = await fx.clerk.call(
      'tickets/create',
      fx.ticket({ reportedAt: '2026-11-26T03:00:00.000Z' }),
    );
    expect(t.reportedAt).toBe('2026-11-26T03:00:00.000Z');
  });

  it('refuses a clerk a report months in the past, and writes nothing', async () => {
    const error = await refused(fx.clerk.call('tickets/create', late()));
    expect(error.code).toBe('RULE');
    expect(error.message).toMatch(/reportedAt.*72 hours.*supervisor/);
    expect(await depot.core.db('tickets').count<{ n: number }[]>({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('a supervisor may record it, and the audit row keeps the report date', async () => {
    const supervisor = await depot.as(['supervisor', 'intake_clerk']);
    const t = await supervisor.call('tickets/create', late());
    expect(t.warranty.status).toBe('covered');
    const [row] = await depot.admin.call('audit/list', {
      entity: 'ticket',
      entityId: String(t.id),
    });
    expect((row.after as { reportedAt: string }).reportedAt).toBe('2026-05-20T02:00:00.000Z');
  });
});
