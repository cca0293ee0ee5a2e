import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { intakeFixture, type IntakeFixture } from './intakeFixture';
import { changedTables, dbChecksum } from '../testing/dbChecksum';

let depot: TestDepot;
let fx: IntakeFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await intakeFixture(depot);
});
afterEach(() => depot.close());

describe('units', () => {
  it('a new serial is not found; a scanned known serial brings model, owner and history', async () => {
    expect(await fx.clerk.call('units/lookup', { serial: 'WM80-0001' })).toEqual({
      serial: 'WM80-0001',
      matches: [],
    });
    const t = await fx.clerk.call('tickets/create', fx.ticket());
    const { matches } = await fx.clerk.call('units/lookup', { serial: 'wm80-0001' });
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      unit: { id: t.unit.id, serial: 'WM80-0001', invoiceDate: '2026-06-01' },
      model: { code: 'WM-80', warranty: { warrantyMonths: 12, source: 'type' } },
      customer: { name: '陳美玲' },
      tickets: [{ reportNo: 'R2026-000001', status: 'received', warrantyStatus: 'covered' }],
    });
  });

  it('refuses a scanned serial with control characters', async () => {
    const error = await refused(fx.clerk.call('units/lookup', { serial: 'WM80\u001d0001' }));
    expect(error.message).toMatch(/serial: Serial number may not contain control characters/);
  });

  it('a clerk fills in a missing invoice date; changing a recorded one needs a supervisor', async () => {
    const t = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newUnit: { modelId: fx.wmModelId, serial: 'U-1' },
        notCoveredExplanation: 'No invoice',
      }),
    );
    const filled = await fx.clerk.call('units/update', {
      id: t.unit.id,
      version: 1,
      invoiceDate: '2026-05-02',
      invoiceNo: 'AB-12345678',
    });
    expect(filled.unit).toMatchObject({
      invoiceDate: '2026-05-02',
      invoiceNo: 'AB-12345678',
      seller: null,
      version: 2,
    });
    const error = await refused(
      fx.clerk.call('units/update', { id: t.unit.id, version: 2, invoiceDate: '2026-05-01' }),
    );
    expect(error).toMatchObject({ code: 'RULE', field: 'invoiceDate' });
    const future = await refused(
      fx.clerk.call('units/update', {
        id: t.unit.id,
        version: 2,
        seller: 'Shop',
        invoiceDate: '2027-01-01',
      }),
    );
    expect(future.message).toMatch(/invoiceDate: .*in the future/);
    const supervisor = await depot.as(['supervisor']);
    const fixed = await supervisor.call('units/update', {
      id: t.unit.id,
      version: 2,
      invoiceDate: '2026-05-01',
    });
    expect(fixed.unit).toMatchObject({
      invoiceDate: '2026-05-01',
      invoiceNo: 'AB-12345678',
      version: 3,
    });
    // The ticket keeps the decision made at intake (policy 2 snapshot).
    expect((await fx.clerk.call('tickets/get', { id: t.id })).warranty.status).toBe('unverified');
  });
});

describe('the invoice of a known unit, shown at the counter (issue 9, defect 2)', () => {
  async function unitWithoutInvoice() {
    const first = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newUnit: { modelId: fx.wmModelId, serial: 'U-2' },
        notCoveredExplanation: 'No invoice',
      }),
    );
    return first;
  }
  const unitVersion = async (id: number) => (await fx.clerk.call('units/get', { id })).unit.version;

  it('a refused intake records nothing, not even the invoice typed for the unit', async () => {
    const open = await unitWithoutInvoice();
    const before = await dbChecksum(depot.core.db);
    const error = await refused(
      fx.clerk.call(
        'tickets/create',
        fx.ticket({
          newUnit: undefined,
          unitId: open.unit.id,
          unitInvoice: { version: await unitVersion(open.unit.id), invoiceDate: '2026-06-01' },
        }),
      ),
    );
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'unitId' });
    expect(changedTables(before, await dbChecksum(depot.core.db))).toEqual([]);
    expect((await fx.clerk.call('units/get', { id: open.unit.id })).unit.invoiceDate).toBeNull();
  });

  it('is recorded with the ticket, which is then decided from it (policy 2)', async () => {
    const earlier = await unitWithoutInvoice();
    await fx.clerk.call('tickets/cancel', {
      id: earlier.id,
      version: earlier.version,
      reason: 'Customer took it back',
    });
    const t = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newUnit: undefined,
        unitId: earlier.unit.id,
        unitInvoice: {
          version: await unitVersion(earlier.unit.id),
          invoiceDate: '2026-06-01',
          invoiceNo: 'AB-1',
        },
      }),
    );
    expect(t.warranty.status).toBe('covered');
    expect(t.unit).toMatchObject({ invoiceDate: '2026-06-01', invoiceNo: 'AB-1' });
    // A recorded invoice date is changed only by a supervisor, never by an intake.
    await fx.clerk.call('tickets/cancel', { id: t.id, version: t.version, reason: 'Wrong unit' });
    const again = await refused(
      fx.clerk.call(
        'tickets/create',
        fx.ticket({
          newUnit: undefined,
          unitId: t.unit.id,
          unitInvoice: { version: await unitVersion(t.unit.id), invoiceDate: '2026-05-01' },
        }),
      ),
    );
    expect(again).toMatchObject({ code: 'RULE', field: 'unitInvoice.invoiceDate' });
  });
});
