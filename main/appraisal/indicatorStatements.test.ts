import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repairLogFixture, type RepairLogFixture } from '../bench/repairLogFixture';
import { rebuildOutcomes } from '../outcomes/fill';
import { createTestDepot, type TestDepot } from '../testing/testCore';
import { noon } from './appraisalFixture';

// The indicators read a period in a fixed number of SQL statements, however many tickets it
// holds: a year at the benchmark's volume (a million tickets) cannot afford a few reads per
// ticket. Two periods, 3 and 8 repairs of 30 minutes each (800.00 an hour: 40,000 each), must
// cost the same number of statements, counted on the depot's database (knex 'query' events).

let depot: TestDepot;
let fx: RepairLogFixture;

const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const APRIL = { from: '2026-04-01', to: '2026-04-30' };

async function repaired(done: string) {
  const id = await fx.ticket();
  const db = depot.core.db;
  await db('labour_entries').insert({
    ticket_id: id,
    staff_id: fx.techId,
    source: 'manual',
    minutes: 30,
    created_at: noon(done),
  });
  await db('tickets')
    .where({ id })
    .update({
      reported_at: noon(done),
      completed_at: noon(done),
      status: 'delivered',
      assigned_to: fx.techId,
    });
}

/** How many statements `run` sends to the database. */
async function statements(run: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const count = () => {
    n += 1;
  };
  depot.core.db.on('query', count);
  try {
    await run();
  } finally {
    depot.core.db.removeListener('query', count);
  }
  return n;
}

beforeAll(async () => {
  depot = await createTestDepot();
  fx = await repairLogFixture(depot);
  for (let day = 2; day <= 4; day += 1) await repaired(`2026-03-0${day}`);
  for (let day = 10; day <= 17; day += 1) await repaired(`2026-04-${day}`);
  // Written straight into the tables: the outcome rows the indicators read are rebuilt from them.
  await rebuildOutcomes(depot.core.db, depot.core.services.settings.current());
}, 120_000);
afterAll(async () => {
  await depot.close();
});

describe('appraisal reads a period in a number of statements that does not grow with it', () => {
  it('costs 3 and 8 repairs in the same number of statements for the indicators', async () => {
    const indicators = (period: typeof MARCH) => fx.supervisor.call('appraisal/indicators', period);
    // The periods hold what they should: 3 × 40,000 and 8 × 40,000.
    const march = await indicators(MARCH);
    const april = await indicators(APRIL);
    const station = (r: typeof march) => r.stations.find((s) => s.cost.repairs > 0)!.cost;
    expect(station(march)).toMatchObject({ repairs: 3, cost: 120_000 });
    expect(station(april)).toMatchObject({ repairs: 8, cost: 320_000 });

    const few = await statements(() => indicators(MARCH));
    const many = await statements(() => indicators(APRIL));
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  it('lists the costed tickets of 3 and 8 repairs in the same number of statements', async () => {
    const costs = (period: typeof MARCH) => fx.supervisor.call('appraisal/costs', period);
    expect((await costs(MARCH)).total).toBe(3);
    expect((await costs(APRIL)).total).toBe(8);

    const few = await statements(() => costs(MARCH));
    const many = await statements(() => costs(APRIL));
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
