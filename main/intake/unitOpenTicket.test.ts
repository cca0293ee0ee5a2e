import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { intakeFixture, type IntakeFixture } from './intakeFixture';

let depot: TestDepot;
let fx: IntakeFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await intakeFixture(depot);
});
afterEach(() => depot.close());

describe('one open ticket per unit, told at the scan', () => {
  it('a scanned unit with an open ticket says a new registration would be refused, and why', async () => {
    const t = await fx.clerk.call('tickets/create', fx.ticket());
    const [record] = (await fx.clerk.call('units/lookup', { serial: 'WM80-0001' })).matches;
    expect(record.openTicket).toEqual({ id: t.id, reportNo: 'R2026-000001', status: 'received' });
    expect(record.newTicket).toEqual({
      allowed: false,
      refusal: {
        code: 'CONFLICT',
        reason: 'intake.unitHasOpenTicket',
        params: { serial: 'WM80-0001', reportNo: 'R2026-000001' },
        message: 'unit WM80-0001 already has an open ticket R2026-000001',
      },
    });

    // The registration is refused by the same rule, with the same reason.
    const error = await refused(
      fx.clerk.call('tickets/create', fx.ticket({ newUnit: undefined, unitId: t.unit.id })),
    );
    expect(error).toMatchObject({
      code: 'CONFLICT',
      reason: record.newTicket.refusal?.reason,
      params: record.newTicket.refusal?.params,
      field: 'unitId',
      details: { ticketId: t.id },
    });
  });

  it('once the open ticket is cancelled the unit may be registered again', async () => {
    const t = await fx.clerk.call('tickets/create', fx.ticket());
    await fx.clerk.call('tickets/cancel', { id: t.id, version: 1, reason: 'Wrong unit' });
    const [record] = (await fx.clerk.call('units/lookup', { serial: 'WM80-0001' })).matches;
    expect(record.openTicket).toBeNull();
    expect(record.newTicket).toEqual({ allowed: true, refusal: null });
    await fx.clerk.call('tickets/create', fx.ticket({ newUnit: undefined, unitId: t.unit.id }));
  });
});
