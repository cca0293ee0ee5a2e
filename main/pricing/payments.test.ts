import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import knex from 'knex';
import { lockTicket } from './payments';
import { pricingFixture, type PricingFixture } from './pricingFixture';

// Issue 10, item 1 (policy 3.5): the desk records what the customer pays at hand-over for a
// billed ticket — method, amount, receipt number — partly if need be, never more than the bill,
// never under a receipt number already used; a covered repair is never billed.

let depot: TestDepot;
let fx: PricingFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await pricingFixture(depot);
  // The fixture makes staff, stock and tickets through the channels: slow on a busy machine.
}, 60_000);
afterEach(() => depot.close());

const pay = (ticketId: number, amount: number, receiptNo: string) => ({
  ticketId,
  kind: 'repair' as const,
  method: 'cash' as const,
  amount,
  receiptNo,
});

const paymentRows = async () =>
  Number(((await depot.core.db('payments').count({ n: '*' }).first()) as { n: number }).n);

describe('payments at hand-over', () => {
  it('takes a partial payment, refuses an overpayment, then settles the balance', async () => {
    // The bill of pricing.test.ts: 109.94.
    const id = await fx.billedRepair();
    const first = await fx.clerk.call('payments/record', {
      ...pay(id, 5_000, 'R-1'),
      method: 'card',
    });
    expect(first.money).toMatchObject({ billed: { total: 10_994 }, paid: 5_000, balance: 5_994 });
    expect(first.payments).toMatchObject([
      { kind: 'repair', method: 'card', amount: 5_000, receiptNo: 'R-1', note: null },
    ]);

    // 59.95 is one more than the 59.94 still owed.
    const over = await refused(fx.clerk.call('payments/record', pay(id, 5_995, 'R-2')));
    expect(over.code).toBe('RULE');
    expect(over).toMatchObject({
      field: 'amount',
      reason: 'pricing.overpayment',
      params: { balance: 59.94, billed: 109.94, paid: 50 },
      details: { balance: 5_994 },
    });
    expect(await paymentRows()).toBe(1);

    const settled = await fx.clerk.call('payments/record', {
      ...pay(id, 5_994, 'R-2'),
      note: 'Rest paid on pick-up',
    });
    expect(settled.money).toMatchObject({ paid: 10_994, balance: 0 });
    const audit = await depot.core
      .db('audit_log')
      .where({ entity: 'ticket', entity_id: String(id), action: 'payment' })
      .count({ n: '*' })
      .first();
    expect(Number((audit as { n: number }).n)).toBe(2);
  });

  it('a receipt number is used once only', async () => {
    const id = await fx.billedRepair();
    await fx.clerk.call('payments/record', pay(id, 1_000, 'R-7'));
    const again = await refused(fx.clerk.call('payments/record', pay(id, 1_000, 'R-7')));
    expect(again.code).toBe('CONFLICT');
    expect(again).toMatchObject({ field: 'receiptNo', reason: 'pricing.receiptNoUsed' });
    expect(await paymentRows()).toBe(1);
  });

  it('a covered ticket is not billed: no payment is taken for it', async () => {
    const id = await fx.onBench(true);
    const error = await refused(fx.clerk.call('payments/record', pay(id, 100, 'R-1')));
    expect(error.code).toBe('RULE');
    expect(error.message).toMatch(/covered by the warranty/);
    expect(await paymentRows()).toBe(0);
  });

  it("a declined quote's inspection fee is paid as such, not as a repair", async () => {
    await fx.supervisor.call('prices/update', { inspectionFee: 30_000 });
    const id = await fx.declinedQuote();
    const wrong = await refused(fx.clerk.call('payments/record', pay(id, 100, 'R-1')));
    expect(wrong).toMatchObject({ field: 'kind', reason: 'pricing.onlyInspectionFee' });
    // 300.00 + 5% tax = 315.00.
    const paid = await fx.clerk.call('payments/record', {
      ...pay(id, 31_500, 'R-1'),
      kind: 'inspection_fee',
    });
    expect(paid.money).toMatchObject({ billed: { total: 31_500 }, balance: 0 });
  });

  it('the desk and supervisors take payments; finance and admins read; technicians neither', async () => {
    const id = await fx.billedRepair();
    await fx.clerk.call('payments/record', pay(id, 100, 'C-1'));
    await fx.supervisor.call('payments/record', pay(id, 100, 'S-1'));
    // Finance reconciles the takings (policy 3.5), so it never takes them.
    const finance = await depot.as(['finance']);
    for (const [who, receipt] of [
      [finance, 'F-1'],
      [depot.admin, 'A-1'],
    ] as const) {
      expect((await refused(who.call('payments/record', pay(id, 100, receipt)))).code).toBe(
        'FORBIDDEN',
      );
      expect((await who.call('payments/list', { ticketId: id })).money.paid).toBe(200);
    }
    for (const call of [
      fx.tech.call('payments/record', pay(id, 100, 'T-1')),
      fx.tech.call('payments/list', { ticketId: id }),
    ]) {
      expect((await refused(call)).code).toBe('FORBIDDEN');
    }
    expect(await paymentRows()).toBe(2);
  });
});

describe('a repair is paid once it is billed (policy 3.5)', () => {
  it('is refused while the repair is under way, then taken ready for pick-up, delivered or closed', async () => {
    const id = await fx.billedRepair('in_repair');
    const early = await refused(fx.clerk.call('payments/record', pay(id, 100, 'R-1')));
    expect(early.code).toBe('RULE');
    expect(early).toMatchObject({
      field: 'ticketId',
      reason: 'pricing.notBillableYet',
      params: { id, status: 'in_repair' },
    });
    expect(early.message).toMatch(/ready for pick-up, delivered or closed \(it is in_repair\)/);
    expect((await fx.clerk.call('payments/list', { ticketId: id })).money.payable).toBeNull();
    expect(await paymentRows()).toBe(0);

    for (const [status, receipt] of [
      ['ready_for_pickup', 'R-1'],
      ['delivered', 'R-2'],
      ['closed', 'R-3'],
    ] as const) {
      await fx.force(id, status);
      await fx.clerk.call('payments/record', pay(id, 100, receipt));
    }
    expect(await paymentRows()).toBe(3);
  });

  it('is refused while the quote waits for the customer', async () => {
    const id = await fx.onBench(false);
    await fx.tech.call('quotes/create', {
      ticketId: id,
      version: await fx.version(id),
      labourMinutes: 7,
    });
    const error = await refused(fx.clerk.call('payments/record', pay(id, 100, 'R-1')));
    expect(error.code).toBe('RULE');
    expect(error.reason).toBe('pricing.quoteNotApproved');
    expect(error.message).toMatch(/not approved its quote/);
    expect(await paymentRows()).toBe(0);
  });

  it('a cancelled ticket owes nothing, not even the inspection fee of a declined quote', async () => {
    await fx.supervisor.call('prices/update', { inspectionFee: 30_000 });
    const id = await fx.declinedQuote();
    await fx.force(id, 'cancelled');
    const error = await refused(
      fx.clerk.call('payments/record', { ...pay(id, 100, 'R-1'), kind: 'inspection_fee' }),
    );
    expect(error.code).toBe('RULE');
    expect(error.reason).toBe('pricing.cancelledNotBilled');
    expect(error.message).toMatch(/was cancelled/);
    expect(await paymentRows()).toBe(0);
  });
});

describe('two payments at once', () => {
  it("lock the ticket's row before the balance is read", async () => {
    // PostgreSQL: the lock is SELECT ... FOR UPDATE on the ticket's row.
    const pg = knex({ client: 'pg' });
    expect(lockTicket(pg, 7).toSQL().sql).toBe(
      'select "id" from "tickets" where "id" = ? limit ? for update',
    );
    await pg.destroy();
    // The payment reads the ticket's row (locked, on PostgreSQL) before anything else.
    const id = await fx.billedRepair();
    const sql: string[] = [];
    const log = (q: { sql: string }) => sql.push(q.sql);
    depot.core.db.on('query', log);
    await fx.clerk.call('payments/record', pay(id, 100, 'R-1'));
    depot.core.db.off('query', log);
    const lock = sql.indexOf(lockTicket(depot.core.db, id).toSQL().sql);
    const balance = sql.findIndex((s) => s.includes('materialized'));
    expect(lock).toBeGreaterThanOrEqual(0);
    expect(lock).toBeLessThan(balance);
  });
});
