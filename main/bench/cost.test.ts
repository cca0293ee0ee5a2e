import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, type TestDepot } from '../testing/testCore';
import { ticketCost } from './cost';
import { repairLogFixture, type RepairLogFixture } from './repairLogFixture';

// Issue 5, item 4 (policy 3.5): a ticket costs its labour (minutes × the hourly rate) plus the
// parts it consumed at their issue cost; inside warranty the company bears it, otherwise the
// customer is billed.

let depot: TestDepot;
let fx: RepairLogFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await repairLogFixture(depot);
});
afterEach(() => depot.close());

const settings = () => depot.core.services.settings.current();

/** A pump bought at 1,000 then 2,000 (average 1,500), and a belt at 250. */
async function parts() {
  const pump = await fx.stock.part({ nameEn: 'Drain pump', nameZh: '排水泵' });
  await fx.stock.receive(pump.id, 2, 1000);
  await fx.stock.receive(pump.id, 2, 2000);
  const belt = await fx.stock.part({ nameEn: 'Drive belt', nameZh: '皮帶', category: 'BELT' });
  await fx.stock.receive(belt.id, 10, 250);
  return { pump: pump.id, belt: belt.id };
}

describe('the cost of a ticket', () => {
  it('covered: labour plus parts consumed (issued less returned), borne by the company', async () => {
    const ticketId = await fx.onBench(true);
    const { pump, belt } = await parts();
    const pumps = await fx.issue(ticketId, pump, 3);
    await fx.issue(ticketId, belt, 1);
    await fx.giveBack(pumps.requisitionId, pumps.lineId, 1);
    await fx.tech.call('labour/add', { ticketId, minutes: 90 });
    const log = await fx.tech.call('labour/add', { ticketId, minutes: 7 });

    expect(log.parts).toMatchObject([
      {
        lineId: pumps.lineId,
        requisitionStatus: 'issued',
        nameZh: '排水泵',
        requested: 3,
        approved: 3,
        issued: 3,
        returned: 1,
        consumed: 2,
        unitCost: 1500,
        cost: 3000,
      },
      { nameEn: 'Drive belt', issued: 1, returned: 0, consumed: 1, unitCost: 250, cost: 250 },
    ]);
    // 97 minutes at 800.00 an hour = 1,293.33, rounded to whole minor units.
    const cost = {
      labourMinutes: 97,
      labourCost: 129_333,
      partsCost: 3250,
      total: 132_583,
      borneBy: 'company',
    };
    expect(log.cost).toEqual(cost);
    expect(await ticketCost(depot.core.db, ticketId, settings())).toEqual(cost);
  });

  it('not covered: billed to the customer', async () => {
    const ticketId = await fx.onBench(false);
    const { belt } = await parts();
    // The customer approved the quote (policy 3.2: parts only then); its own tests are elsewhere.
    await depot.core.db('quotes').insert({
      ticket_id: ticketId,
      labour_minutes: 30,
      labour_cost: 40_000,
      parts_cost: 500,
      total: 40_500,
      lines: '[]',
      status: 'approved',
      created_by: (await depot.core.db('staff').first('id')).id,
      created_at: '2026-11-27T01:00:00.000Z',
    });
    await fx.issue(ticketId, belt, 2);
    await fx.tech.call('labour/add', { ticketId, minutes: 30 });
    expect(await ticketCost(depot.core.db, ticketId, settings())).toEqual({
      labourMinutes: 30,
      labourCost: 40_000,
      partsCost: 500,
      total: 40_500,
      borneBy: 'customer',
    });
  });

  it('shows requested parts before they are issued, at no cost yet', async () => {
    const ticketId = await fx.onBench();
    const { pump } = await parts();
    await fx.stock.technician.call('requisitions/create', {
      ticketId,
      lines: [{ partId: pump, quantity: 1 }],
    });
    const log = await fx.tech.call('repairLog/get', { ticketId });
    expect(log.parts).toMatchObject([
      { requisitionStatus: 'pending', approved: null, issued: 0, unitCost: null, cost: 0 },
    ]);
    expect(log.cost).toMatchObject({ partsCost: 0, total: 0 });
  });

  it('follows the labour rate in the settings (policy values)', async () => {
    const ticketId = await fx.onBench();
    await fx.tech.call('labour/add', { ticketId, minutes: 45 });
    await depot.admin.call('settings/update', { policy: { labourRatePerHour: 120_000 } });
    expect((await ticketCost(depot.core.db, ticketId, settings())).labourCost).toBe(90_000);
    expect((await fx.tech.call('repairLog/get', { ticketId })).cost.labourCost).toBe(90_000);
  });
});
