import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestClient, type TestDepot } from '../testing/testCore';
import { appraisalFixture, type AppraisalFixture } from './appraisalFixture';

// Policy 4's customer satisfaction and repair cost control on a hand-computed fixture
// (appraisalFixture.ts). Labour at 800.00 an hour; money in minor units. November 2026:
//
//   ticket  technician  station  type             labour          parts    cost
//   A1      hao         TPE      washing machine  60 min  80,000  20,000   100,000
//   A2      hao         TPE      washing machine  30 min  40,000           40,000
//   A3      hao         TPE      air conditioner  90 min 120,000           120,000
//   C1      wei         TPE      washing machine 120 min 160,000           160,000
//   B1      ting        KHH      air conditioner  45 min  60,000           60,000
//   B2      ting        KHH      washing machine  60 min  80,000           80,000
//   A0      hao, completed 30 October: outside the period.
//
// Station means: TPE washing machines (100,000 + 40,000 + 160,000) / 3 = 100,000;
// TPE air conditioners 120,000 / 1; KHH air conditioners 60,000; KHH washing machines 80,000.

let depot: TestDepot;
let a: AppraisalFixture;
let supervisor: TestClient;

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

// The channels read only, so one depot serves the file (its set-up takes a while on a busy
// machine; the tests wait on it, not on a clock).
beforeAll(async () => {
  depot = await createTestDepot();
  a = await appraisalFixture(depot);
  supervisor = a.fx.supervisor;
  await a.answer('A1', 5);
  // Answered in December about a repair completed in November: it counts for November.
  await a.answer('A2', 4, '2026-12-02', 'Fine, but slow to call back');
  // Not reached yet: no answer.
  await a.answer('A3', null);
  await a.answer('C1', 2);
  // About a repair completed in October: not November's.
  await a.answer('A0', 1, '2026-11-05');
}, 120_000);
afterAll(async () => {
  await depot.close();
});

async function indicators() {
  const r = await supervisor.call('appraisal/indicators', NOVEMBER);
  return {
    tech: (id: number) => r.technicians.find((t) => t.technician.id === id)!,
    station: (id: number) => r.stations.find((s) => s.station.id === id)!,
    reference: r.reference,
  };
}

describe('customer satisfaction (policy 4, from the follow-up calls of policy 3.6)', () => {
  it('is the mean score of the answers about the tickets completed in the period', async () => {
    const r = await indicators();
    // hao: A1 5 + A2 4 = 9 over 2 answers = 4.5 (A3 not reached, A0 October).
    expect(r.tech(a.haoId).satisfaction).toEqual({
      definition: 'appraisal.satisfaction',
      answers: 2,
      scoreSum: 9,
      mean: 4.5,
    });
    // wei: C1 2 / 1.
    expect(r.tech(a.weiId).satisfaction).toMatchObject({ answers: 1, scoreSum: 2, mean: 2 });
    // TPE: 5 + 4 + 2 = 11 over 3.
    expect(r.station(a.tpeId).satisfaction).toMatchObject({ answers: 3, scoreSum: 11 });
    expect(r.station(a.tpeId).satisfaction.mean).toBeCloseTo(11 / 3, 10);
  });

  it('has no mean, not 0, without answers', async () => {
    const r = await indicators();
    expect(r.tech(a.tingId).satisfaction).toMatchObject({ answers: 0, scoreSum: 0, mean: null });
    expect(r.station(a.khhId).satisfaction.mean).toBeNull();
  });

  it('drills down to exactly the answers behind the figure', async () => {
    const r = await supervisor.call('appraisal/answers', { ...NOVEMBER, technicianId: a.haoId });
    expect(r.total).toBe(2);
    expect(r.answers.map((x) => [x.ticketId, x.score, x.comments])).toEqual([
      [a.ids.A1, 5, null],
      [a.ids.A2, 4, 'Fine, but slow to call back'],
    ]);
    expect(r.answers[1].answeredAt).toBe('2026-12-02T12:00:00.000Z');
    const tpe = await supervisor.call('appraisal/answers', { ...NOVEMBER, stationId: a.tpeId });
    expect(tpe.answers.map((x) => x.ticketId)).toEqual([a.ids.A1, a.ids.A2, a.ids.C1]);
  });
});

describe('repair cost control (policy 4, at the cost rule of policy 3.5)', () => {
  it("sets each technician's mean per product type against the station's", async () => {
    const r = await indicators();
    const hao = r.tech(a.haoId).cost;
    expect(hao).toMatchObject({ definition: 'appraisal.costControl', repairs: 3, cost: 260_000 });
    expect(
      hao.lines.map((l) => [
        l.stationId,
        l.productType.id,
        l.tickets,
        l.cost,
        l.stationTickets,
        l.stationCost,
      ]),
    ).toEqual([
      // washing machines: hao's mean 140,000 / 2 = 70,000 against TPE's 300,000 / 3 = 100,000
      [a.tpeId, a.fx.intake.wmTypeId, 2, 140_000, 3, 300_000],
      // air conditioners: his is TPE's only one
      [a.tpeId, a.fx.intake.acTypeId, 1, 120_000, 1, 120_000],
    ]);
  });

  it('indexes their costs against the station means for the same tickets', async () => {
    const r = await indicators();
    // hao: 260,000 / (2 × 100,000 + 1 × 120,000 = 320,000) = 0.8125
    expect(r.tech(a.haoId).cost.index).toEqual({
      actual: 260_000,
      expected: 320_000,
      value: 0.8125,
    });
    // wei: 160,000 / (1 × 100,000) = 1.6
    expect(r.tech(a.weiId).cost.index).toEqual({ actual: 160_000, expected: 100_000, value: 1.6 });
  });

  it('is 1 for a technician alone at their station', async () => {
    const r = await indicators();
    // ting is KHH's only technician: 60,000 + 80,000 against the same.
    expect(r.tech(a.tingId).cost.index).toEqual({ actual: 140_000, expected: 140_000, value: 1 });
  });

  it('gives each station its own mean cost per repair', async () => {
    const r = await indicators();
    // TPE: 100,000 + 40,000 + 120,000 + 160,000 = 420,000 / 4 = 105,000; KHH 140,000 / 2.
    expect(r.station(a.tpeId).cost).toEqual({
      definition: 'appraisal.meanCost',
      repairs: 4,
      cost: 420_000,
      mean: 105_000,
    });
    expect(r.station(a.khhId).cost).toMatchObject({ repairs: 2, cost: 140_000, mean: 70_000 });
  });

  it('has no index for a technician without repairs', async () => {
    await depot.as(['technician'], 'yu');
    const r = await supervisor.call('appraisal/indicators', NOVEMBER);
    const yu = r.technicians.find((t) => t.technician.name.toLowerCase().includes('yu'))!;
    expect(yu.cost).toMatchObject({ repairs: 0, cost: 0, lines: [] });
    expect(yu.cost.index.value).toBeNull();
  });

  it('drills down to the tickets with their cost and the station mean', async () => {
    const r = await supervisor.call('appraisal/costs', { ...NOVEMBER, technicianId: a.haoId });
    expect(r.total).toBe(3);
    expect(
      r.tickets.map((t) => [t.ticketId, t.labourCost, t.partsCost, t.total, t.stationMean]),
    ).toEqual([
      [a.ids.A1, 80_000, 20_000, 100_000, 100_000],
      [a.ids.A2, 40_000, 0, 40_000, 100_000],
      [a.ids.A3, 120_000, 0, 120_000, 120_000],
    ]);
    const wm = await supervisor.call('appraisal/costs', {
      ...NOVEMBER,
      stationId: a.tpeId,
      productTypeId: a.fx.intake.wmTypeId,
    });
    expect(wm.tickets.map((t) => t.ticketId)).toEqual([a.ids.A1, a.ids.A2, a.ids.C1]);
  });

  it('shows the industry first-time-fix range beside the success rate, as a reference', async () => {
    expect((await indicators()).reference.success).toEqual({
      usual: { numerator: 3, denominator: 4 },
      best: { numerator: 9, denominator: 10 },
    });
  });

  it('is refused to those who do not appraise', async () => {
    for (const client of [a.fx.tech, a.fx.clerk]) {
      expect((await refused(client.call('appraisal/costs', NOVEMBER))).code).toBe('FORBIDDEN');
      expect((await refused(client.call('appraisal/answers', NOVEMBER))).code).toBe('FORBIDDEN');
    }
  });
});
