import type { Knex } from 'knex';
import { isoDateSchema } from '../intake/fields';
import { depotTimeZone } from '../intake/zonedTime';
import type { Settings } from '../settings/settingsSchema';
import { ticketFacts, type Period, type TicketFact } from './ticketFacts';

// The period every indicator channel takes (local dates, inclusive) and the completed tickets
// they all read, so a figure and the tickets listed behind it cannot disagree.

export const periodSchema = {
  from: isoDateSchema,
  to: isoDateSchema,
};
export const rangeOk = (v: { from: string; to: string }) => v.from <= v.to;
export const rangeIssue = { message: 'The range ends before it starts', path: ['to'] };

/** A drill-down lists at most this many rows; `total` always says how many there are. */
export const DRILL_DOWN_LIMIT = 2000;

export function periodFacts(db: Knex, period: Period, settings: Settings): Promise<TicketFact[]> {
  return ticketFacts(db, period, {
    defaultTarget: settings.appraisal.turnaroundWorkingDays,
    calendar: settings.calendar,
    timeZone: depotTimeZone(),
  });
}

/** The facts of one technician or one station, or all of them. */
export function scoped(
  facts: readonly TicketFact[],
  scope: { technicianId?: number; stationId?: number },
): TicketFact[] {
  return facts.filter(
    (f) =>
      (scope.technicianId === undefined || f.technicianId === scope.technicianId) &&
      (scope.stationId === undefined || f.stationId === scope.stationId),
  );
}
