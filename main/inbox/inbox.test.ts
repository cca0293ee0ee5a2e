import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aftercareFixture, type AftercareFixture } from '../aftercare/aftercareFixture';
import { stockFixture, type StockFixture } from '../stock/stockFixture';
import { createTestDepot, type TestClient, type TestDepot } from '../testing/testCore';

// Issue 11, item 3: what waits on me, by role. Each count is the length of the list that shows
// those items, so the badge and the screen it opens agree.

let depot: TestDepot;
let fx: AftercareFixture;
let stock: StockFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await aftercareFixture(depot);
  stock = await stockFixture(depot);
});
afterEach(() => depot.close());

async function inbox(client: TestClient): Promise<Record<string, number>> {
  const { items, total } = await client.call('inbox/mine', {});
  expect(total).toBe(items.reduce((n, i) => n + i.count, 0));
  return Object.fromEntries(items.map((i) => [i.key, i.count]));
}

async function partInStock(): Promise<number> {
  const part = await stock.part();
  await stock.receive(part.id, 10, 1000);
  return part.id;
}

describe('the inbox (what waits on me)', () => {
  it('lists only the kinds of work the roles make mine', async () => {
    expect(await inbox(fx.tech)).toEqual({ assigned: 0 });
    expect(await inbox(fx.supervisor)).toEqual({ approve: 0, followUps: 0 });
    expect(await inbox(stock.keeper)).toEqual({ issue: 0 });
    expect(await inbox(fx.clerk)).toEqual({ followUps: 0 });
    expect(await inbox(fx.finance)).toEqual({});
  });

  it("a technician's requisition waits on the supervisor, then once approved on the stockroom", async () => {
    const ticketId = await fx.bench.ticket();
    await fx.bench.claimed(ticketId);
    const partId = await partInStock();
    const req = await fx.tech.call('requisitions/create', {
      ticketId,
      lines: [{ partId, quantity: 2 }],
    });
    expect((await inbox(fx.supervisor)).approve).toBe(1);
    const pending = await fx.supervisor.call('requisitions/list', { queue: 'pending' });
    expect(pending.rows).toHaveLength(1);
    expect((await inbox(stock.keeper)).issue).toBe(0);

    await fx.supervisor.call('requisitions/decide', {
      id: req.id,
      version: req.version,
      decision: 'approve',
      lines: req.lines.map((l) => ({ lineId: l.id, approved: l.requested })),
    });
    expect((await inbox(fx.supervisor)).approve).toBe(0);
    expect((await inbox(stock.keeper)).issue).toBe(1);
    const toIssue = await stock.keeper.call('requisitions/list', { queue: 'to_issue' });
    expect(toIssue.rows.map((r) => r.id)).toEqual([req.id]);
  });

  it("counts neither a supervisor's own request nor one whose ticket was cancelled", async () => {
    const ticketId = await fx.bench.ticket();
    await fx.bench.claimed(ticketId);
    const partId = await partInStock();
    const own = await fx.supervisor.call('requisitions/create', {
      ticketId,
      lines: [{ partId, quantity: 1 }],
    });
    // Nobody approves their own request (policy 5.3): it waits on another supervisor.
    expect((await inbox(fx.supervisor)).approve).toBe(0);
    const other = await depot.as(['supervisor']);
    expect((await inbox(other)).approve).toBe(1);
    await other.call('requisitions/decide', {
      id: own.id,
      version: own.version,
      decision: 'approve',
      lines: own.lines.map((l) => ({ lineId: l.id, approved: l.requested })),
    });
    expect((await inbox(stock.keeper)).issue).toBe(1);
    // Nothing more is issued for a cancelled ticket, so it no longer waits on the stockroom.
    await depot.core.db('tickets').where({ id: ticketId }).update({ status: 'cancelled' });
    expect((await inbox(stock.keeper)).issue).toBe(0);
  });

  it('counts the tickets in my hands until they are handed back, not the unclaimed', async () => {
    const mine = await fx.bench.ticket();
    await fx.bench.claimed(mine);
    await fx.bench.ticket(); // unclaimed: the queue's, not mine
    expect(await inbox(fx.tech)).toEqual({ assigned: 1 });
    const queue = await fx.tech.call('bench/queue', { scope: 'mine' });
    expect(queue.rows.map((r) => r.id)).toEqual([mine]);

    await fx.delivered('2026-12-04'); // assigned to the technician, and handed back
    expect(await inbox(fx.tech)).toEqual({ assigned: 1 });
  });

  it('counts the follow-up calls past their day for the desk and the supervisor', async () => {
    await fx.delivered('2026-12-04'); // due Thu 10 December
    await fx.delivered('2026-12-07'); // due Fri 11 December
    fx.setClock('2026-12-10', 12);
    expect((await inbox(fx.clerk)).followUps).toBe(0);
    fx.setClock('2026-12-11', 10);
    expect(await inbox(fx.clerk)).toEqual({ followUps: 1 });
    expect((await inbox(fx.supervisor)).followUps).toBe(1);
    const overdue = await fx.clerk.call('followUps/worklist', { overdueOnly: true });
    expect(overdue.rows).toHaveLength(1);
  });
});
