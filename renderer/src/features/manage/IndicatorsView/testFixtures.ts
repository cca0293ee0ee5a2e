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

/** Chen Hao: 4 completed, 3 on time (75.0%), none re-repaired (100.0%), 1.5 h in 2 courses. */
export const chen: TechnicianIndicators = {
  technician: { id: 3, name: 'Chen Hao' },
  completed: 4,
  onTime: rate('appraisal.onTimeRate', 3, 4),
  success: rate('appraisal.successRate', 4, 4),
  training: {
    definition: 'appraisal.trainingParticipation',
    minutes: 90,
    courses: 2,
    targetHoursPerYear: 40,
  },
};

/** Wang Yu: nothing completed in the period (no rate, not 0%), 1 course of 2 h. */
export const wang: TechnicianIndicators = {
  technician: { id: 5, name: 'Wang Yu' },
  completed: 0,
  onTime: rate('appraisal.onTimeRate', 0, 0),
  success: rate('appraisal.successRate', 0, 0),
  training: {
    definition: 'appraisal.trainingParticipation',
    minutes: 120,
    courses: 1,
    targetHoursPerYear: 40,
  },
};

/** Taipei: Chen Hao's 4 tickets, 1 of them re-repaired later by the same unit coming back. */
export const taipei: StationIndicators = {
  station: { id: 1, code: 'TPE', name: 'Taipei depot', nameZh: '台北維修站' },
  completed: 4,
  onTime: rate('appraisal.onTimeRate', 3, 4),
  success: rate('appraisal.successRate', 3, 4),
};

export function fact(n: number, extra: Partial<TicketFact> = {}): TicketFact {
  return {
    id: n,
    reportNo: `R-2026-${String(n).padStart(5, '0')}`,
    technicianId: 3,
    stationId: 1,
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
