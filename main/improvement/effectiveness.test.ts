import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { benchFixture, type BenchFixture } from '../bench/benchFixture';
import { createTestDepot, type TestClient, type TestDepot } from '../testing/testCore';

// Policy 6: "track the effect" of a corrective action. The rate of tickets carrying the linked
// fault code (NO_POWER) among the tickets completed, 30 days before and 30 days after the action
// date, of the linked model (washing machines). All times 12:00 UTC, the same date in the
// depot's zone. The problem is marked done on Fri 27 Nov 2026: the action date.
//
// Before window = 28 Oct .. 26 Nov (30 days)           After window = 28 Nov .. 27 Dec (30 days)
//   B1  2 Nov  NO_POWER           hit                    A1  1 Dec  NOISE      -
//   B2 10 Nov  NO_POWER           hit                    A2 10 Dec  NO_POWER   hit
//   B3 20 Nov  NOISE              -                      A3 20 Dec  NOISE      -
//   B4 26 Nov  NO_POWER (last day) hit                   A4 27 Dec  NOISE      - (last day)
//   B5  5 Nov  NO_POWER, removed  -                      Y1 28 Dec  NO_POWER   outside
//   X1 27 Oct  NO_POWER           outside                D0 27 Nov  NO_POWER   action day: neither
//   AC 15 Nov  NO_POWER, air conditioner: not the linked model
//   CX 12 Nov  NO_POWER, cancelled: never counted
// => with the model: before 3 of 5 (B1 B2 B4 of B1..B5), after 1 of 4 (A2 of A1..A4)
// => without a model link: before 4 of 6 (AC joins both), after 1 of 4

let depot: TestDepot;
let bench: BenchFixture;
let supervisor: TestClient;
let codeIds: Record<string, number>;

const noon = (date: string) => `${date}T12:00:00.000Z`;

async function completed(
  date: string,
  symptom: string,
  o: { ac?: boolean; cancelled?: boolean; removed?: boolean } = {},
): Promise<number> {
  const id = await bench.ticket(
    o.ac
      ? {
          patch: {
            newUnit: {
              modelId: bench.intake.acModelId,
              serial: `AC-${date}`,
              invoiceDate: '2026-06-01',
            },
          },
        }
      : {},
  );
  const db = depot.core.db;
  await db('tickets')
    .where({ id })
    .update({ completed_at: noon(date), status: o.cancelled ? 'cancelled' : 'delivered' });
  await db('ticket_faults').insert({
    ticket_id: id,
    symptom_code_id: codeIds[symptom],
    cause_code_id: codeIds.cause,
    measure_code_id: codeIds.measure,
    created_by: bench.techId,
    created_at: noon(date),
    ...(o.removed ? { removed_by: bench.techId, removed_at: noon(date) } : {}),
  });
  return id;
}

async function openAndFinish(modelIds: number[]): Promise<number> {
  const p = await supervisor.call('improvement/open', {
    title: 'Washers dead on arrival',
    source: 'trend',
    faultCodes: ['NO_POWER'],
    modelIds,
    ticketIds: [],
    kind: 'corrective',
  });
  const done = await supervisor.call('improvement/update', {
    problemId: p.id,
    version: p.version,
    status: 'done',
  });
  return done.id;
}

beforeEach(async () => {
  depot = await createTestDepot();
  bench = await benchFixture(depot);
  // The test's clock jumps by days: no idle lock.
  await depot.admin.call('settings/update', { security: { autoLockMinutes: 0 } });
  supervisor = bench.supervisor;
  const db = depot.core.db;
  const id = async (kind: string, code?: string) =>
    (
      (await db('fault_codes')
        .where({ kind, ...(code ? { code } : {}) })
        .first('id')) as { id: number }
    ).id;
  codeIds = {
    NO_POWER: await id('symptom', 'NO_POWER'),
    NOISE: await id('symptom', 'NOISE'),
    cause: await id('cause'),
    measure: await id('measure'),
  };
  await completed('2026-11-02', 'NO_POWER');
  await completed('2026-11-10', 'NO_POWER');
  await completed('2026-11-20', 'NOISE');
  await completed('2026-11-26', 'NO_POWER');
  await completed('2026-11-05', 'NO_POWER', { removed: true });
  await completed('2026-10-27', 'NO_POWER');
  await completed('2026-11-15', 'NO_POWER', { ac: true });
  await completed('2026-11-12', 'NO_POWER', { cancelled: true });
  await completed('2026-11-27', 'NO_POWER');
  await completed('2026-12-01', 'NOISE');
  await completed('2026-12-10', 'NO_POWER');
  await completed('2026-12-20', 'NOISE');
  await completed('2026-12-27', 'NOISE');
  await completed('2026-12-28', 'NO_POWER');
  depot.clock.now = new Date(noon('2026-11-27'));
});
afterEach(async () => {
  await depot.close();
});

describe('effectiveness review (policy 6: track the effect)', () => {
  it("gives the linked fault's rate before and after the action date, of the linked model", async () => {
    const problemId = await openAndFinish([bench.intake.wmModelId]);
    depot.clock.now = new Date(noon('2027-01-05'));
    const e = await supervisor.call('improvement/effectiveness', { problemId, windowDays: 30 });
    expect(e.actionDate).toBe('2026-11-27');
    expect(e.before).toEqual({
      from: '2026-10-28',
      to: '2026-11-26',
      rate: { count: 3, of: 5 },
      complete: true,
    });
    expect(e.after).toEqual({
      from: '2026-11-28',
      to: '2026-12-27',
      rate: { count: 1, of: 4 },
      complete: true,
    });
  });

  it('counts every model when none is linked', async () => {
    const problemId = await openAndFinish([]);
    const e = await supervisor.call('improvement/effectiveness', { problemId, windowDays: 30 });
    expect(e.before?.rate).toEqual({ count: 4, of: 6 });
    expect(e.after?.rate).toEqual({ count: 1, of: 4 });
    // On 27 Nov the after window has barely begun.
    expect(e.after?.complete).toBe(false);
  });

  it('takes the earliest completed action item as the action date before the problem is done', async () => {
    const p = await supervisor.call('improvement/open', {
      title: 'Washers dead on arrival',
      source: 'trend',
      faultCodes: ['NO_POWER'],
      modelIds: [],
      ticketIds: [],
      kind: 'corrective',
    });
    const none = await supervisor.call('improvement/effectiveness', { problemId: p.id });
    expect(none).toMatchObject({ actionDate: null, before: null, after: null });
    const withAction = await supervisor.call('improvement/addAction', {
      problemId: p.id,
      description: 'Replace the supplier of power boards',
      responsibleId: bench.techId,
      dueDate: '2026-12-15',
    });
    depot.clock.now = new Date(noon('2026-11-30'));
    await bench.tech.call('improvement/completeAction', {
      actionId: withAction.actionItems[0].id,
      note: 'New boards from the second supplier',
    });
    const e = await supervisor.call('improvement/effectiveness', {
      problemId: p.id,
      windowDays: 30,
    });
    // 30 Nov: before = 31 Oct .. 29 Nov: B1 B2 B4 AC and D0 (27 Nov) hit; of those 5 + B3 B5 = 7.
    expect(e.actionDate).toBe('2026-11-30');
    expect(e.before?.rate).toEqual({ count: 5, of: 7 });
  });

  it('keeps the rates the manager saw with the verdict', async () => {
    const problemId = await openAndFinish([bench.intake.wmModelId]);
    const before = await supervisor.call('improvement/get', { problemId });
    const reviewed = await supervisor.call('improvement/review', {
      problemId,
      version: before.version,
      verdict: 'effective',
      note: 'No-power returns fell from 3 in 5 to 1 in 4',
      windowDays: 30,
    });
    expect(reviewed.status).toBe('reviewed');
    expect(reviewed.reviews).toMatchObject([
      {
        verdict: 'effective',
        actionDate: '2026-11-27',
        windowDays: 30,
        before: { count: 3, of: 5 },
        after: { count: 1, of: 4 },
      },
    ]);
  });
});
