import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { insightFixture, type InsightFixture } from './insightFixture';

// The dashboard's panels (issue 10, item 4) on a hand-computed fixture. Calendar: Monday to
// Friday, no holidays. Today is Friday 27 November 2026, 10:00 local. Every ticket is reported
// at 12:00 local on the day given. Stations TPE (the default) and KHH.
//
//   ticket  reported     station  status / handed back     faults (symptom/cause)
//   T0      Fri 30 Oct   TPE      open (received)          -
//   T1      Sun  1 Nov   TPE      handed back Mon  2 Nov   NOISE/COMPONENT
//   T2      Tue  3 Nov   TPE      handed back Tue  3 Nov   NOISE/WEAR (+ NO_POWER/WIRING removed)
//   T3      Wed  4 Nov   TPE      handed back Wed 11 Nov   NOISE/COMPONENT, LEAK/WIRING
//   T7      Thu  5 Nov   KHH (AC) handed back Mon 23 Nov   NO_POWER/COMPONENT
//   T4      Tue 10 Nov   TPE      cancelled                LEAK/COMPONENT (not counted)
//   T8      Mon 16 Nov   TPE      open (awaiting parts)    -
//   T5      Tue 24 Nov   TPE      open (diagnosing)        -
//   T6      Fri 27 Nov   TPE      open (received)          -
//   TX      Tue 20 Oct   KHH      handed back Fri 30 Oct   NOISE/COMPONENT (reported before Nov)

let depot: TestDepot;
let fx: InsightFixture;
let ids: Record<string, number>;

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

async function codeId(kind: string, code: string): Promise<number> {
  const row = (await depot.core.db('fault_codes').where({ kind, code }).first('id')) as {
    id: number;
  };
  return row.id;
}

async function fault(ticket: string, symptom: string, cause: string, removed = false) {
  await depot.core.db('ticket_faults').insert({
    ticket_id: ids[ticket],
    symptom_code_id: await codeId('symptom', symptom),
    cause_code_id: await codeId('cause', cause),
    measure_code_id: await codeId('measure', 'REPLACE_PART'),
    created_by: fx.bench.techId,
    created_at: fx.at('2026-11-20'),
    removed_by: removed ? fx.bench.techId : null,
    removed_at: removed ? fx.at('2026-11-21') : null,
  });
}

beforeEach(async () => {
  depot = await createTestDepot();
  fx = await insightFixture(depot);
  ids = {
    T0: await fx.ticket({ reported: '2026-10-30' }),
    T1: await fx.ticket({ reported: '2026-11-01', completed: '2026-11-02' }),
    T2: await fx.ticket({ reported: '2026-11-03', completed: '2026-11-03' }),
    T3: await fx.ticket({ reported: '2026-11-04', completed: '2026-11-11' }),
    T7: await fx.ticket({ reported: '2026-11-05', completed: '2026-11-23', khh: true, ac: true }),
    T4: await fx.ticket({ reported: '2026-11-10', status: 'cancelled' }),
    T8: await fx.ticket({ reported: '2026-11-16', status: 'awaiting_parts' }),
    T5: await fx.ticket({ reported: '2026-11-24', status: 'diagnosing' }),
    T6: await fx.ticket({ reported: '2026-11-27', hour: 9 }),
    TX: await fx.ticket({ reported: '2026-10-20', completed: '2026-10-30', khh: true }),
  };
  fx.setClock('2026-11-27', 10);
  await fault('T1', 'NOISE', 'COMPONENT');
  await fault('T2', 'NOISE', 'WEAR');
  await fault('T2', 'NO_POWER', 'WIRING', true);
  await fault('T3', 'NOISE', 'COMPONENT');
  await fault('T3', 'LEAK', 'WIRING');
  await fault('T7', 'NO_POWER', 'COMPONENT');
  await fault('T4', 'LEAK', 'COMPONENT');
  await fault('TX', 'NOISE', 'COMPONENT');
});
afterEach(async () => {
  await depot.close();
});

describe('volume and backlog', () => {
  it('counts the tickets received per ISO week of a short range, cancelled ones included', async () => {
    const v = await fx.supervisor.call('insight/volume', NOVEMBER);
    expect(v.interval).toBe('week');
    // Weeks from Monday, clipped to November: 1 Nov is the Sunday of the week of 26 Oct.
    expect(v.received.map((w) => [w.period, w.from, w.to, w.tickets])).toEqual([
      ['2026-10-26', '2026-11-01', '2026-11-01', 1], // T1
      ['2026-11-02', '2026-11-02', '2026-11-08', 3], // T2 T3 T7
      ['2026-11-09', '2026-11-09', '2026-11-15', 1], // T4, cancelled later
      ['2026-11-16', '2026-11-16', '2026-11-22', 1], // T8
      ['2026-11-23', '2026-11-23', '2026-11-29', 2], // T5 T6
      ['2026-11-30', '2026-11-30', '2026-11-30', 0],
    ]);
  });

  it('counts by month for a range longer than 13 weeks', async () => {
    const v = await fx.finance.call('insight/volume', { from: '2026-09-01', to: '2026-12-31' });
    expect(v.interval).toBe('month');
    expect(v.received.map((m) => [m.period, m.tickets])).toEqual([
      ['2026-09', 0],
      ['2026-10', 2], // TX T0
      ['2026-11', 8], // T1 T2 T3 T7 T4 T8 T5 T6
      ['2026-12', 0],
    ]);
  });

  it('gives the open tickets now by status and by age in working days', async () => {
    const v = await fx.supervisor.call('insight/volume', NOVEMBER);
    // Open: T0, T8, T5, T6 (T4 is cancelled; the others were handed back). Ages to Fri 27 Nov:
    // T6 0 (today); T5 3 (Wed Thu Fri); T8 9 (Tue-Fri, then Mon-Fri); T0 20 (four full weeks).
    expect(v.backlog.asOf).toBe('2026-11-27');
    expect(v.backlog.total).toBe(4);
    expect(v.backlog.byStatus).toEqual([
      { status: 'received', tickets: 2 }, // T0 T6
      { status: 'awaiting_parts', tickets: 1 }, // T8
      { status: 'diagnosing', tickets: 1 }, // T5
    ]);
    expect(v.backlog.byAge).toEqual([
      { bucket: '0-2', tickets: 1 },
      { bucket: '3-5', tickets: 1 },
      { bucket: '6-10', tickets: 1 },
      { bucket: '11+', tickets: 1 },
    ]);
  });

  it('obeys the station filter', async () => {
    const khh = await fx.supervisor.call('insight/volume', { ...NOVEMBER, stationId: fx.khhId });
    expect(khh.received.map((w) => w.tickets)).toEqual([0, 1, 0, 0, 0, 0]); // T7
    expect(khh.backlog.total).toBe(0);
  });
});

describe('faults Pareto', () => {
  it('ranks symptoms, causes and models with running totals and cumulative percent', async () => {
    const f = await fx.supervisor.call('insight/faults', NOVEMBER);
    // Counted: T1 1, T2 1 (one removed), T3 2, T7 1 = 5 faults on 4 tickets (T4 is cancelled,
    // TX was reported in October).
    expect(f.faults).toBe(5);
    expect(f.tickets).toBe(4);
    const rows = (items: typeof f.symptoms) =>
      items.map((i) => [i.code, i.count, i.cumulative, i.cumulativePercent]);
    // 3/5 = 60 %, 4/5 = 80 %, 5/5 = 100 %; ties by code.
    expect(rows(f.symptoms)).toEqual([
      ['NOISE', 3, 3, 60],
      ['LEAK', 1, 4, 80],
      ['NO_POWER', 1, 5, 100],
    ]);
    expect(rows(f.causes)).toEqual([
      ['COMPONENT', 3, 3, 60], // T1 T3 T7
      ['WEAR', 1, 4, 80],
      ['WIRING', 1, 5, 100],
    ]);
    const wm = f.models[0];
    expect(f.models.map((m) => [m.id, m.count, m.cumulativePercent])).toEqual([
      [fx.bench.intake.wmModelId, 4, 80],
      [fx.bench.intake.acModelId, 1, 100],
    ]);
    expect(wm.nameEn).not.toBe('');
  });

  it('counts one station alone', async () => {
    const f = await fx.supervisor.call('insight/faults', { ...NOVEMBER, stationId: fx.tpeId });
    // TPE: T1 T2 T3, 4 faults: NOISE 3 (75 %), LEAK 1 (100 %).
    expect([f.faults, f.tickets]).toEqual([4, 3]);
    expect(f.symptoms.map((s) => [s.code, s.count, s.cumulativePercent])).toEqual([
      ['NOISE', 3, 75],
      ['LEAK', 1, 100],
    ]);
  });
});

describe('turnaround distribution', () => {
  it('buckets the tickets handed back by working days from reported to handed back', async () => {
    const t = await fx.supervisor.call('insight/turnaround', NOVEMBER);
    // T1 Sun 1 -> Mon 2: 1. T2 same day: 0. T3 Wed 4 -> Wed 11: Thu Fri Mon Tue Wed = 5.
    // T7 Thu 5 -> Mon 23: Fri 6 + 5 + 5 + Mon 23 = 12. TX was handed back in October.
    expect(t.completed).toBe(4);
    expect(t.buckets).toEqual([
      { bucket: '0-1', tickets: 2 },
      { bucket: '2-3', tickets: 0 },
      { bucket: '4-5', tickets: 1 },
      { bucket: '6-10', tickets: 0 },
      { bucket: '11-20', tickets: 1 },
      { bucket: '21+', tickets: 0 },
    ]);
    const tpe = await fx.supervisor.call('insight/turnaround', {
      ...NOVEMBER,
      stationId: fx.tpeId,
    });
    expect(tpe.buckets.map((b) => b.tickets)).toEqual([2, 0, 1, 0, 0, 0]);
  });
});

describe('satisfaction trend', () => {
  it('gives answers and the mean score per month of the answer', async () => {
    const db = depot.core.db;
    const answer = async (t: string, done: string | null, score: number | null) =>
      db('follow_ups').insert({
        ticket_id: ids[t],
        delivered_at: fx.at('2026-10-30'),
        due_date: '2026-11-30',
        due_at: fx.at('2026-11-30', 23),
        status: done ? 'done' : 'open',
        satisfaction: score,
        done_by: done ? fx.bench.techId : null,
        done_at: done ? fx.at(done) : null,
        created_at: fx.at('2026-10-30'),
      });
    await answer('TX', '2026-10-31', 3); // KHH
    await answer('T1', '2026-11-03', 5);
    await answer('T2', '2026-11-05', 4);
    await answer('T3', '2026-11-12', 2);
    await answer('T7', null, null); // not answered yet
    const range = { from: '2026-10-01', to: '2026-11-30' };
    const s = await fx.finance.call('insight/satisfaction', range);
    // October: 3 / 1 = 3. November: (5 + 4 + 2) / 3 = 11 / 3 = 3.67. All: 14 / 4 = 3.5.
    expect(s.months).toEqual([
      { period: '2026-10', answers: 1, scoreSum: 3, meanScore: 3 },
      { period: '2026-11', answers: 3, scoreSum: 11, meanScore: 3.67 },
    ]);
    expect([s.answers, s.meanScore]).toEqual([4, 3.5]);
    const tpe = await fx.finance.call('insight/satisfaction', { ...range, stationId: fx.tpeId });
    expect(tpe.months.map((m) => [m.answers, m.meanScore])).toEqual([
      [0, null],
      [3, 3.67],
    ]);
  });
});

describe('emergency SLA', () => {
  it('counts responses met, missed and pending per month of the call', async () => {
    // Promise: respond within 4 hours (the default). Now: Fri 27 Nov, 10:00 local.
    const db = depot.core.db;
    const emergency = async (
      reported: string,
      hour: number,
      respondedAfterHours: number | null,
      status = 'diagnosing',
    ) => {
      const id = await fx.ticket({ reported, hour, status });
      const start = Date.parse(fx.at(reported, hour));
      const later = (h: number) => new Date(start + h * 3_600_000).toISOString();
      await db('tickets')
        .where({ id })
        .update({
          emergency: true,
          response_due_at: later(4),
          responded_at: respondedAfterHours === null ? null : later(respondedAfterHours),
        });
    };
    await emergency('2026-10-15', 9, 2); // met
    await emergency('2026-11-02', 9, 5); // missed: answered an hour late
    await emergency('2026-11-03', 9, 4); // met: answered right at the due time
    await emergency('2026-11-26', 12, null); // missed: due 16:00 yesterday, no answer
    await emergency('2026-11-27', 8, null); // pending: due 12:00 today
    await emergency('2026-11-04', 9, null, 'cancelled'); // not counted
    const e = await fx.supervisor.call('insight/emergency', {
      from: '2026-10-01',
      to: '2026-11-30',
    });
    expect(e.responseHours).toBe(4);
    expect(e.months).toEqual([
      { period: '2026-10', tickets: 1, met: 1, missed: 0, pending: 0 },
      { period: '2026-11', tickets: 4, met: 1, missed: 2, pending: 1 },
    ]);
    const khh = await fx.supervisor.call('insight/emergency', {
      from: '2026-10-01',
      to: '2026-11-30',
      stationId: fx.khhId,
    });
    expect(khh.months.map((m) => m.tickets)).toEqual([0, 0]);
  });
});

describe('who reads the dashboard', () => {
  it('refuses the bench and the desk, and a range that ends before it starts', async () => {
    const denied = await refused(fx.bench.tech.call('insight/volume', NOVEMBER));
    expect(denied.code).toBe('FORBIDDEN');
    const clerk = await refused(fx.bench.clerk.call('insight/faults', NOVEMBER));
    expect(clerk.code).toBe('FORBIDDEN');
    const backwards = await refused(
      fx.supervisor.call('insight/turnaround', { from: '2026-11-30', to: '2026-11-01' }),
    );
    expect(backwards.code).toBe('VALIDATION');
  });
});
