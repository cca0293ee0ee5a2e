import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakeFixture, type IntakeFixture } from '../intake/intakeFixture';
import type { Input } from '../handlers';
import { createTestDepot, refused, type TestClient, type TestDepot } from '../testing/testCore';

// Policy 2: "some products follow ... a separate agreement". A customer's agreement in force on
// the intake date, covering the unit, sets the warranty period in place of the catalogue's.
// The test depot's clock is 2026-11-27 (Taipei). Every unit below was bought on 2024-09-01:
// - the catalogue's washing-machine period is 12 months: it ended on 2025-09-01 (expired);
// - agreement AG-7 gives 36 months: 2024-09-01 + 36 months = 2027-09-01 (covered).

let depot: TestDepot;
let fx: IntakeFixture;
let supervisor: TestClient;
let customerId: number;
let serial = 0;

const BOUGHT = '2024-09-01';

beforeEach(async () => {
  depot = await createTestDepot();
  fx = await intakeFixture(depot);
  supervisor = await depot.as(['supervisor'], 'chang');
  const customer = await fx.clerk.call('customers/create', {
    kind: 'company',
    name: '大同電器行',
    phones: ['02-2345-6789'],
  });
  customerId = customer.id;
});
afterEach(async () => {
  await depot.close();
});

/** Takes in a washing machine WM-80 bought on 2024-09-01 for this customer. */
async function intake(forCustomer = customerId) {
  serial += 1;
  const input = fx.ticket({
    newCustomer: undefined,
    customerId: forCustomer,
    newUnit: { modelId: fx.wmModelId, serial: `AG-${serial}`, invoiceDate: BOUGHT },
  });
  const preview = await fx.clerk.call('warranty/preview', {
    modelId: fx.wmModelId,
    customerId: forCustomer,
    invoiceDate: BOUGHT,
  });
  // A case that is not covered needs its explanation and offer (policy 3.1).
  const ticket = await fx.clerk.call(
    'tickets/create',
    preview.covered
      ? input
      : { ...input, notCoveredExplanation: 'Warranty ended', offer: 'paid_repair' },
  );
  expect(ticket.warranty).toEqual(preview);
  return ticket;
}

const agreement = (
  patch: Partial<Input<'agreements/create'>> = {},
): Input<'agreements/create'> => ({
  referenceNo: 'AG-7',
  customerId,
  warrantyMonths: 36,
  validFrom: '2024-01-01',
  note: 'Dealer contract 2024',
  ...patch,
});

describe('per-customer warranty agreements in the warranty decision (policy 2)', () => {
  it('without an agreement the catalogue period applies: 12 months, expired on 2025-09-01', async () => {
    const t = await intake();
    expect(t.warranty).toMatchObject({
      status: 'not_covered',
      expiresOn: '2025-09-01',
      policy: { warrantyMonths: 12, source: 'type' },
    });
  });

  it('an agreement in force sets the period and says so in both languages', async () => {
    const ag = await supervisor.call('agreements/create', agreement());
    expect(ag).toMatchObject({ referenceNo: 'AG-7', scope: { kind: 'all' }, validTo: null });
    const t = await intake();
    expect(t.warranty).toMatchObject({
      status: 'covered',
      expiresOn: '2027-09-01',
      policy: {
        warrantyMonths: 36,
        source: 'agreement',
        agreement: { id: ag.id, referenceNo: 'AG-7' },
      },
    });
    expect(t.warranty.reasons[0].en).toBe(
      'Inside the warranty period: agreement AG-7: 36 months from the purchase invoice date 2024-09-01, until 2027-09-01.',
    );
    expect(t.warranty.reasons[0].zh).toBe(
      '在保修期限內：依保修協議 AG-7：自購買發票日期 2024-09-01 起 36 個月，至 2027-09-01 止。',
    );
    // Another customer with the same model and invoice date has no agreement.
    const other = await fx.clerk.call('customers/create', {
      kind: 'person',
      name: '林小姐',
      phones: ['0933-111-222'],
    });
    expect((await intake(other.id)).warranty.status).toBe('not_covered');
  });

  it('an agreement that ended before the intake day does not apply', async () => {
    // Ended on 2026-10-31; the intake day is 2026-11-27.
    await supervisor.call('agreements/create', agreement({ validTo: '2026-10-31' }));
    const t = await intake();
    expect(t.warranty).toMatchObject({ status: 'not_covered', policy: { source: 'type' } });
    // Not current any more, but kept.
    expect(await supervisor.call('agreements/list', {})).toEqual([]);
    expect(await fx.clerk.call('agreements/list', { includeEnded: true })).toHaveLength(1);
  });

  it('an agreement for another model does not apply; the narrowest agreement wins', async () => {
    await supervisor.call('agreements/create', agreement({ productModelId: fx.acModelId }));
    expect((await intake()).warranty.policy).toEqual({ warrantyMonths: 12, source: 'type' });

    // For the whole washing-machine type: 24 months, 2024-09-01 + 24 = 2026-09-01, still expired.
    await supervisor.call(
      'agreements/create',
      agreement({ referenceNo: 'AG-8', productTypeId: fx.wmTypeId, warrantyMonths: 24 }),
    );
    const byType = await intake();
    expect(byType.warranty).toMatchObject({
      status: 'not_covered',
      expiresOn: '2026-09-01',
      policy: { warrantyMonths: 24, source: 'agreement', agreement: { referenceNo: 'AG-8' } },
    });
    expect(byType.warranty.reasons[0].en).toContain('(agreement AG-8: 24 months from');

    // For WM-80 itself: 48 months, until 2028-09-01; the model's agreement beats the type's.
    await supervisor.call(
      'agreements/create',
      agreement({ referenceNo: 'AG-9', productModelId: fx.wmModelId, warrantyMonths: 48 }),
    );
    expect((await intake()).warranty).toMatchObject({
      status: 'covered',
      expiresOn: '2028-09-01',
      policy: { agreement: { referenceNo: 'AG-9' } },
    });
  });

  it('two agreements in force for one scope: the latest first day wins, then the highest id', async () => {
    // AG-7 (36 months) from 2024-01-01 and AG-8 (48 months) from 2023-01-01 to 2023-12-31 do not
    // overlap; a merge of old data could still leave them overlapping: open AG-8's end.
    const ag7 = await supervisor.call('agreements/create', agreement());
    const ag8 = await supervisor.call(
      'agreements/create',
      agreement({
        referenceNo: 'AG-8',
        warrantyMonths: 48,
        validFrom: '2023-01-01',
        validTo: '2023-12-31',
      }),
    );
    await depot.core.db('warranty_agreements').where({ id: ag8.id }).update({ valid_to: null });
    // AG-7 starts later (2024-01-01 > 2023-01-01): it wins though its id is lower.
    expect((await intake()).warranty.policy).toMatchObject({ agreement: { referenceNo: 'AG-7' } });
    // Same first day: the higher id (AG-8, created after AG-7) wins.
    await depot.core
      .db('warranty_agreements')
      .where({ id: ag8.id })
      .update({ valid_from: '2024-01-01' });
    expect(ag8.id).toBeGreaterThan(ag7.id);
    expect((await intake()).warranty.policy).toMatchObject({ agreement: { referenceNo: 'AG-8' } });
  });

  it('refuses an agreement for a customer merged away, naming the customer kept', async () => {
    const duplicate = await fx.clerk.call('customers/create', {
      kind: 'company',
      name: '大同電器',
      phones: ['02-2345-6789'],
    });
    const kept = await fx.clerk.call('customers/get', { id: customerId });
    await supervisor.call('customers/merge', {
      keepId: customerId,
      keepVersion: kept.version,
      mergeId: duplicate.id,
      mergeVersion: duplicate.version,
    });
    const before = await depot.core.db('warranty_agreements').count<{ n: number }[]>({ n: '*' });
    const error = await refused(
      supervisor.call('agreements/create', agreement({ customerId: duplicate.id })),
    );
    expect(error).toMatchObject({
      code: 'RULE',
      field: 'customerId',
      details: { mergedIntoId: customerId },
    });
    expect(error.message).toContain('大同電器行');
    expect(await depot.core.db('warranty_agreements').count<{ n: number }[]>({ n: '*' })).toEqual(
      before,
    );
  });

  it('a decided ticket keeps its warranty: the agreement cannot end before a day it was used', async () => {
    const ag = await supervisor.call('agreements/create', agreement());
    const t = await intake(); // decided under AG-7 on 2026-11-27
    const early = await refused(
      supervisor.call('agreements/end', {
        id: ag.id,
        version: ag.version,
        lastDay: '2026-11-26',
        reason: 'Contract cancelled',
      }),
    );
    expect(early).toMatchObject({ code: 'RULE', reason: 'agreements.usedUntil', field: 'lastDay' });
    expect((await supervisor.call('agreements/list', {}))[0].validTo).toBeNull();

    const ended = await supervisor.call('agreements/end', {
      id: ag.id,
      version: ag.version,
      lastDay: '2026-11-27',
      reason: 'Contract cancelled',
    });
    expect(ended).toMatchObject({ validTo: '2026-11-27', active: true, version: 2 });
    expect((await fx.clerk.call('tickets/get', { id: t.id })).warranty).toEqual(t.warranty);
    // Its last day is today: still current.
    expect(await supervisor.call('agreements/list', { customerId })).toHaveLength(1);
  });

  it('an agreement never used may be withdrawn; overlaps, stale versions and clerks are refused', async () => {
    const ag = await supervisor.call('agreements/create', agreement({ validFrom: '2027-01-01' }));
    const overlap = await refused(
      supervisor.call(
        'agreements/create',
        agreement({ referenceNo: 'AG-70', validFrom: '2027-06-01' }),
      ),
    );
    expect(overlap).toMatchObject({
      code: 'CONFLICT',
      reason: 'agreements.overlaps',
      field: 'validFrom',
    });
    expect(
      (await refused(fx.clerk.call('agreements/create', agreement({ referenceNo: 'AG-71' })))).code,
    ).toBe('FORBIDDEN');
    const withdrawn = await supervisor.call('agreements/end', {
      id: ag.id,
      version: 1,
      lastDay: '2026-12-31',
      reason: 'Signed by mistake',
    });
    expect(withdrawn).toMatchObject({
      active: false,
      validTo: null,
      endReason: 'Signed by mistake',
    });
    const stale = await refused(
      supervisor.call('agreements/end', {
        id: ag.id,
        version: 1,
        lastDay: '2027-02-01',
        reason: 'x',
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    // Withdrawn, it no longer blocks a new agreement for those days.
    await supervisor.call(
      'agreements/create',
      agreement({ referenceNo: 'AG-70', validFrom: '2027-06-01' }),
    );
  });
});
