import type { Output } from '../../../bridge';
import type { DashboardFilter } from './useDashboard';

// Dashboard figures small enough to check by hand (the core's own tests fix how they are
// counted; here they only have to reach the screen): 8 tickets received, 4 open, 5 faults on 4
// tickets (NOISE 3 = 60 %, LEAK 1 = 80 %, NO_POWER 1 = 100 %), 4 handed back, 4 answers with a
// mean of 14 / 4 = 3.5, emergencies met 1 + missed 2 + pending 1, cost 1,150.00 against 300.00.

const pct = (running: number, total: number) => Math.round((running * 1000) / total) / 10;

export function volume(empty = false): Output<'insight/volume'> {
  return {
    interval: 'week',
    received: [
      { period: '2026-11-02', from: '2026-11-02', to: '2026-11-08', tickets: empty ? 0 : 5 },
      { period: '2026-11-09', from: '2026-11-09', to: '2026-11-15', tickets: empty ? 0 : 3 },
    ],
    backlog: {
      asOf: '2026-11-27',
      total: empty ? 0 : 4,
      byStatus: empty
        ? []
        : [
            { status: 'received', tickets: 3 },
            { status: 'awaiting_parts', tickets: 1 },
          ],
      byAge: [
        { bucket: '0-2', tickets: empty ? 0 : 2 },
        { bucket: '3-5', tickets: empty ? 0 : 1 },
        { bucket: '6-10', tickets: 0 },
        { bucket: '11+', tickets: empty ? 0 : 1 },
      ],
    },
  };
}

const code = (
  id: number,
  c: string,
  nameEn: string,
  nameZh: string,
  count: number,
  run: number,
) => ({
  id,
  code: c,
  nameEn,
  nameZh,
  count,
  cumulative: run,
  cumulativePercent: pct(run, 5),
});

export function faults(empty = false): Output<'insight/faults'> {
  if (empty) return { faults: 0, tickets: 0, symptoms: [], causes: [], models: [] };
  return {
    faults: 5,
    tickets: 4,
    symptoms: [
      code(4, 'NOISE', 'Abnormal noise', '異音', 3, 3),
      code(6, 'LEAK', 'Water leak', '漏水', 1, 4),
      code(1, 'NO_POWER', 'No power', '不開機', 1, 5),
    ],
    causes: [code(13, 'COMPONENT', 'Component failure', '零件故障', 5, 5)],
    models: [
      code(21, 'WM-80', 'Washer 8 kg', '滾筒洗衣機', 4, 4),
      code(22, 'AC-25', 'Air conditioner', '冷氣機', 1, 5),
    ],
  };
}

export function turnaround(empty = false): Output<'insight/turnaround'> {
  const n = (k: number) => (empty ? 0 : k);
  return {
    completed: n(4),
    buckets: [
      { bucket: '0-1', tickets: n(2) },
      { bucket: '2-3', tickets: 0 },
      { bucket: '4-5', tickets: n(1) },
      { bucket: '6-10', tickets: 0 },
      { bucket: '11-20', tickets: n(1) },
      { bucket: '21+', tickets: 0 },
    ],
  };
}

export function satisfaction(empty = false): Output<'insight/satisfaction'> {
  if (empty) {
    return {
      answers: 0,
      meanScore: null,
      months: [{ period: '2026-11', answers: 0, scoreSum: 0, meanScore: null }],
    };
  }
  return {
    answers: 4,
    meanScore: 3.5,
    months: [
      { period: '2026-10', answers: 1, scoreSum: 3, meanScore: 3 },
      { period: '2026-11', answers: 3, scoreSum: 11, meanScore: 3.67 },
    ],
  };
}

export function emergency(empty = false): Output<'insight/emergency'> {
  return {
    responseHours: 4,
    months: [
      empty
        ? { period: '2026-11', tickets: 0, met: 0, missed: 0, pending: 0 }
        : { period: '2026-11', tickets: 4, met: 1, missed: 2, pending: 1 },
    ],
  };
}

export function costTrend(filter: DashboardFilter, empty = false): Output<'accounting/costTrend'> {
  return {
    from: filter.from,
    to: filter.to,
    stationId: filter.stationId ?? null,
    months: [
      empty
        ? { month: '2026-11', tickets: 0, companyBorne: 0, billed: 0, paid: 0 }
        : { month: '2026-11', tickets: 3, companyBorne: 115_000, billed: 30_000, paid: 30_000 },
    ],
  };
}
