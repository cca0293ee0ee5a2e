import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dbChecksum } from '../testing/dbChecksum';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { aftercareFixture, type AftercareFixture } from '../aftercare/aftercareFixture';

// Merging duplicates (issue 10, item 6): a supervisor merges a duplicate into the customer kept;
// every unit, ticket, follow-up, complaint and warranty agreement of the duplicate is then the
// kept customer's, nothing is deleted, and the duplicate says where it went.

let depot: TestDepot;
let fx: AftercareFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await aftercareFixture(depot);
});
afterEach(() => depot.close());

const TABLES = [
  'customers',
  'customer_phones',
  'units',
  'tickets',
  'follow_ups',
  'complaints',
  'warranty_agreements',
];

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    out[t] = Number((await depot.core.db(t).count<{ n: number }[]>({ n: '*' }))[0].n);
  }
  return out;
}

async function customerOf(ticketId: number): Promise<number> {
  const row = (await depot.core.db('tickets').where({ id: ticketId }).first('customer_id')) as {
    customer_id: number;
  };
  return row.customer_id;
}

const versionOf = async (id: number) => (await fx.clerk.call('customers/get', { id })).version;

/** Two deliveries registered as two customers 陳美玲 with the same phone: a duplicate. */
async function duplicates() {
  const first = await fx.delivered('2026-12-04');
  const second = await fx.delivered('2026-12-04');
  fx.setClock('2026-12-07', 11);
  const complaint = await fx.clerk.call('complaints/record', {
    ticketId: second.ticketId,
    description: 'Still noisy',
  });
  const keepId = await customerOf(first.ticketId);
  const mergeId = await customerOf(second.ticketId);
  const agreement = await fx.supervisor.call('agreements/create', {
    referenceNo: 'AG-2026-07',
    customerId: mergeId,
    warrantyMonths: 36,
    validFrom: '2026-01-01',
  });
  return { first, second, complaint, keepId, mergeId, agreement };
}

describe('merging a duplicate customer', () => {
  it('moves every record to the customer kept and keeps every row', async () => {
    const d = await duplicates();
    const before = await counts();
    const result = await fx.supervisor.call('customers/merge', {
      keepId: d.keepId,
      keepVersion: await versionOf(d.keepId),
      mergeId: d.mergeId,
      mergeVersion: await versionOf(d.mergeId),
    });
    // Nothing deleted: 2 customers with 1 phone each, 2 units, 2 tickets, 2 follow-ups,
    // 1 complaint, 1 agreement before and after.
    expect(await counts()).toEqual(before);
    expect(before).toMatchObject({ customers: 2, units: 2, tickets: 2, complaints: 1 });

    const secondUnit = (await depot.core
      .db('tickets')
      .where({ id: d.second.ticketId })
      .first('unit_id')) as { unit_id: number };
    expect(result.moved).toEqual({
      unitIds: [secondUnit.unit_id],
      ticketIds: [d.second.ticketId],
      warrantyAgreementIds: [d.agreement.id],
      mergedCustomerIds: [],
    });
    expect(await customerOf(d.second.ticketId)).toBe(d.keepId);
    const { history } = await fx.clerk.call('customers/history', { id: d.keepId });
    expect(history.tickets.map((t) => t.id).sort()).toEqual(
      [d.first.ticketId, d.second.ticketId].sort(),
    );
    expect(history.followUps.map((f) => f.id).sort()).toEqual(
      [d.first.followUpId, d.second.followUpId].sort(),
    );
    expect(history.complaints.map((c) => c.id)).toEqual([d.complaint.id]);
    expect(
      (await fx.supervisor.call('agreements/list', { customerId: d.keepId })).map((a) => a.id),
    ).toEqual([d.agreement.id]);

    // The duplicate stays, saying where it went; searches find only the customer kept.
    const merged = await fx.clerk.call('customers/get', { id: d.mergeId });
    expect(merged.mergedInto).toMatchObject({ id: d.keepId, name: '陳美玲' });
    expect((await fx.clerk.call('customers/find', { name: '陳' })).map((c) => c.id)).toEqual([
      d.keepId,
    ]);
    expect(
      (await fx.clerk.call('customers/find', { phone: '0912345678' })).map((c) => c.id),
    ).toEqual([d.keepId]);
    expect(
      (await fx.clerk.call('customers/matchPhone', { phone: '0912345678' })).matches.map(
        (c) => c.id,
      ),
    ).toEqual([d.keepId]);

    const audit = (await depot.core
      .db('audit_log')
      .where({ entity: 'customer', entity_id: String(d.mergeId), action: 'merge' })
      .first('after')) as { after: string };
    expect(JSON.parse(audit.after)).toEqual({ mergedIntoId: d.keepId, moved: result.moved });
  });

  it('re-points an earlier duplicate when the customer it went into is merged in turn', async () => {
    const a = await fx.clerk.call('customers/create', {
      kind: 'person',
      name: 'A',
      phones: ['0911-000-001'],
    });
    const b = await fx.clerk.call('customers/create', {
      kind: 'person',
      name: 'B',
      phones: ['0911-000-002'],
    });
    const c = await fx.clerk.call('customers/create', {
      kind: 'person',
      name: 'C',
      phones: ['0911-000-003'],
    });
    await fx.supervisor.call('customers/merge', {
      keepId: b.id,
      keepVersion: b.version,
      mergeId: a.id,
      mergeVersion: a.version,
    });
    const second = await fx.supervisor.call('customers/merge', {
      keepId: c.id,
      keepVersion: c.version,
      mergeId: b.id,
      mergeVersion: await versionOf(b.id),
    });
    expect(second.moved.mergedCustomerIds).toEqual([a.id]);
    expect((await fx.clerk.call('customers/get', { id: a.id })).mergedInto?.id).toBe(c.id);
    // A's number finds C, the customer kept.
    expect(
      (await fx.clerk.call('customers/find', { phone: '0911000001' })).map((x) => x.id),
    ).toEqual([c.id]);
  });

  it('refuses a merge into itself, into or of a merged customer, a stale version, or by the desk; nothing changes', async () => {
    const d = await duplicates();
    const third = await fx.clerk.call('customers/create', {
      kind: 'person',
      name: 'Third',
      phones: ['0911-000-009'],
    });
    const keepVersion = await versionOf(d.keepId);
    const mergeVersion = await versionOf(d.mergeId);
    const merge = { keepId: d.keepId, keepVersion, mergeId: d.mergeId, mergeVersion };

    let before = await dbChecksum(depot.core.db);
    expect((await refused(fx.clerk.call('customers/merge', merge))).code).toBe('FORBIDDEN');
    expect(
      (
        await refused(
          fx.supervisor.call('customers/merge', { ...merge, mergeId: d.keepId, mergeVersion }),
        )
      ).code,
    ).toBe('RULE');
    expect(
      (await refused(fx.supervisor.call('customers/merge', { ...merge, mergeVersion: 99 }))).code,
    ).toBe('CONFLICT');
    expect((await dbChecksum(depot.core.db)).digest).toBe(before.digest);

    await fx.supervisor.call('customers/merge', merge);
    before = await dbChecksum(depot.core.db);
    // Into the merged one, and the merged one again: both refused.
    const into = await refused(
      fx.supervisor.call('customers/merge', {
        keepId: d.mergeId,
        keepVersion: mergeVersion + 1,
        mergeId: third.id,
        mergeVersion: third.version,
      }),
    );
    expect(into).toMatchObject({ code: 'RULE', field: 'keepId' });
    const again = await refused(
      fx.supervisor.call('customers/merge', {
        keepId: third.id,
        keepVersion: third.version,
        mergeId: d.mergeId,
        mergeVersion: mergeVersion + 1,
      }),
    );
    expect(again).toMatchObject({ code: 'RULE', field: 'mergeId' });
    // Nor is a merged customer edited: the kept one is.
    const edit = await refused(
      fx.clerk.call('customers/update', {
        id: d.mergeId,
        version: mergeVersion + 1,
        name: 'x',
        phones: ['0911-000-010'],
        email: null,
        address: null,
      }),
    );
    expect(edit.code).toBe('RULE');
    expect((await dbChecksum(depot.core.db)).digest).toBe(before.digest);
  });
  it('refuses a merge that would give the customer kept two overlapping agreements; nothing changes', async () => {
    const d = await duplicates();
    // The duplicate's AG-2026-07 covers all units from 2026-01-01 (open-ended); the kept
    // customer's AG-2026-09 covers all units from 2026-06-01: they overlap from 2026-06-01.
    const kept = await fx.supervisor.call('agreements/create', {
      referenceNo: 'AG-2026-09',
      customerId: d.keepId,
      warrantyMonths: 24,
      validFrom: '2026-06-01',
    });
    const merge = {
      keepId: d.keepId,
      keepVersion: await versionOf(d.keepId),
      mergeId: d.mergeId,
      mergeVersion: await versionOf(d.mergeId),
    };
    const before = await dbChecksum(depot.core.db);
    const error = await refused(fx.supervisor.call('customers/merge', merge));
    expect(error.code).toBe('RULE');
    expect(error.message).toContain('AG-2026-07');
    expect(error.message).toContain('AG-2026-09');
    expect((await dbChecksum(depot.core.db)).digest).toBe(before.digest);

    // Once the kept one's agreement ends before the duplicate's begins, the merge goes through.
    await fx.supervisor.call('agreements/end', {
      id: kept.id,
      version: kept.version,
      lastDay: '2025-12-31',
      reason: 'Replaced by the duplicate record',
    });
    const result = await fx.supervisor.call('customers/merge', merge);
    expect(result.moved.warrantyAgreementIds).toEqual([d.agreement.id]);
  });

  it('takes no new ticket for a merged customer, and names the customer kept', async () => {
    const d = await duplicates();
    await fx.supervisor.call('customers/merge', {
      keepId: d.keepId,
      keepVersion: await versionOf(d.keepId),
      mergeId: d.mergeId,
      mergeVersion: await versionOf(d.mergeId),
    });
    const before = await dbChecksum(depot.core.db);
    const ticket = fx.bench.intake.ticket({
      newCustomer: undefined,
      customerId: d.mergeId,
      newUnit: {
        modelId: fx.bench.intake.wmModelId,
        serial: 'WM80-7777',
        invoiceDate: '2026-06-01',
      },
    });
    const error = await refused(fx.clerk.call('tickets/create', ticket));
    expect(error).toMatchObject({
      code: 'RULE',
      field: 'customerId',
      details: { mergedIntoId: d.keepId },
    });
    expect((await dbChecksum(depot.core.db)).digest).toBe(before.digest);
    await fx.clerk.call('tickets/create', { ...ticket, customerId: d.keepId });
  });
});
