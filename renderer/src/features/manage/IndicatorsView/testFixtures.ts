import type {
  StationIndicators,
  TechnicianIndicators,
} from '../../../../../main/appraisal/indicatorHandlers';
import type { TicketFact } from '../../../../../main/appraisal/ticketFacts';

// Indicator figures for the view's tests, small enough to check by hand.

const rate = <D extends 'appraisal.onTimeRate' | 'appraisal.successRate'>(
  definition: D,
  numerator: number,
  denominator: number,
) => ({ definition, numerator, denominator });

const washer = { id: 1, code: 'WM', name: 'Washing machine', nameZh: '洗衣機' };

/**
 * Chen Hao: 4 completed, 3 on time (75.0%), none re-repaired (100.0%), 1.5 h in 2 courses against
 * 197 min (3.3 h) for March; 3 answers 5 + 4 + 4 = 13 → mean 4.3; cost 360,000 against the
 * station's mean 100,000 × 4 = 400,000 → index 0.90.
 */
export const chen: TechnicianIndicators = {
  technician: { id: 3, name: 'Chen Hao' },
  completed: 4,
  onTime: rate('appraisal.onTimeRate', 3, 4),
  success: rate('appraisal.successRate', 4, 4),
  satisfaction: { definition: 'appraisal.satisfaction', answers: 3, scoreSum: 13, mean: 13 / 3 },
  cost: {
    definition: 'appraisal.costControl',
    repairs: 4,
    cost: 360_000,
    lines: [
      {
        stationId: 1,
        productType: washer,
        tickets: 4,
        cost: 360_000,
        stationTickets: 5,
        stationCost: 500_000,
      },
    ],
    index: { actual: 360_000, expected: 400_000, value: 0.9 },
  },
  training: {
    definition: 'appraisal.trainingParticipation',
    minutes: 90,
    courses: 2,
    targetHoursPerYear: 40,
    targetMinutes: 197,
  },
};

/** Wang Yu: nothing completed (no rate, no mean, no index; not 0), 1 course of 2 h. */
export const wang: TechnicianIndicators = {
  technician: { id: 5, name: 'Wang Yu' },
  completed: 0,
  onTime: rate('appraisal.onTimeRate', 0, 0),
  success: rate('appraisal.successRate', 0, 0),
  satisfaction: { definition: 'appraisal.satisfaction', answers: 0, scoreSum: 0, mean: null },
  cost: {
    definition: 'appraisal.costControl',
    repairs: 0,
    cost: 0,
    lines: [],
    index: { actual: 0, expected: 0, value: null },
  },
  training: {
    definition: 'appraisal.trainingParticipation',
    minutes: 120,
    courses: 1,
    targetHoursPerYear: 40,
    targetMinutes: 197,
  },
};

/** Taipei: Chen Hao's 4 tickets, 1 of them re-repaired later by the same unit coming back. */
export const taipei: StationIndicators = {
  station: { id: 1, code: 'TPE', name: 'Taipei depot', nameZh: '台北維修站' },
  completed: 4,
  onTime: rate('appraisal.onTimeRate', 3, 4),
  success: rate('appraisal.successRate', 3, 4),
  satisfaction: { definition: 'appraisal.satisfaction', answers: 3, scoreSum: 13, mean: 13 / 3 },
  cost: { definition: 'appraisal.meanCost', repairs: 5, cost: 500_000, mean: 100_000 },
};

export const reference = {
  success: { usual: { numerator: 3, denominator: 4 }, best: { numerator: 9, denominator: 10 } },
} as const;

export function fact(n: number, extra: Partial<TicketFact> = {}): TicketFact {
  return {
    id: n,
    reportNo: `R-2026-${String(n).padStart(5, '0')}`,
    technicianId: 3,
    stationId: 1,
    productType: washer,
    reportedAt: '2026-03-02T01:00:00.000Z',
    completedAt: '2026-03-04T08:00:00.000Z',
    targetWorkingDays: 5,
    dueDate: '2026-03-09',
    onTime: true,
    rerepair: null,
    ...extra,
  };
}

/** Chen Hao's four: three on time, the fourth completed after its due day. */
export const chenTickets = [
  fact(1),
  fact(2),
  fact(3),
  fact(4, { completedAt: '2026-03-12T08:00:00.000Z', onTime: false }),
];
