import { addDays, isoWeekday, type IsoDate } from './civilDate';
import { endOfLocalDay, localDate } from './zonedTime';
import type { Settings } from '../settings/settingsSchema';

// Working days come from Settings > Calendar: the ISO weekdays the depot works, minus holidays.
// Deadlines in the policy that count "working days" (2: on site within Y working days;
// 3.6: follow-up within N working days) are computed here and nowhere else.

export type WorkingCalendar = Settings['calendar'];

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  return calendar.workingDays.includes(isoWeekday(date)) && !calendar.holidays.includes(date);
}

/**
 * The n-th working day after `date` (the day itself never counts, so a Friday + 1 is Monday).
 * n = 0 means "the same working day": the date itself if it is one, else the next working day.
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkingCalendar): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new Error(`Working days must be a whole number >= 0`);
  if (calendar.workingDays.length === 0) throw new Error('The calendar has no working days');
  let day = date;
  if (n === 0) {
    while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
    return day;
  }
  let counted = 0;
  while (counted < n) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
}

export type EmergencyDues = { responseDueAt: string; onSiteDueAt: string };

/**
 * Policy 2, the promise for emergency faults: respond within X hours of the customer's call
 * (clock hours, nights and holidays included) and have a technician on site within Y working
 * days, which we read as "by the end of the Y-th working day after the day of the call" in the
 * depot's time zone (a call on Friday with Y = 2 is due by 23:59:59.999 on Tuesday).
 */
export function emergencyDues(
  reportedAt: Date,
  policy: Pick<Settings['policy'], 'emergencyResponseHours' | 'onSiteWorkingDays'>,
  calendar: WorkingCalendar,
  timeZone: string,
): EmergencyDues {
  const responseDueAt = new Date(reportedAt.getTime() + policy.emergencyResponseHours * 3_600_000);
  const onSiteDay = addWorkingDays(
    localDate(reportedAt, timeZone),
    policy.onSiteWorkingDays,
    calendar,
  );
  return {
    responseDueAt: responseDueAt.toISOString(),
    onSiteDueAt: endOfLocalDay(onSiteDay, timeZone).toISOString(),
  };
}
