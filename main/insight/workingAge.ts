import { addDays, type IsoDate } from '../intake/civilDate';
import { isWorkingDay, type WorkingCalendar } from '../intake/workingDays';

// Ages and turnarounds on the dashboard count working days (Settings > Calendar), the same way
// as every deadline in the policy (main/intake/workingDays.ts): the working days after the local
// day a ticket was reported, up to and including the day in question. A ticket reported today
// is 0 days old; one reported on Friday is 1 working day old on Monday. Both panels compare
// report times with the threshold days computed here, so the counting stays in the database.

/**
 * The earliest local day a ticket can have been reported on and still be at most `maxAge`
 * working days old today: every day on or after it is that young, every day before it older.
 */
export function youngestSince(today: IsoDate, maxAge: number, calendar: WorkingCalendar): IsoDate {
  let day = today;
  let age = 0;
  // A year back is far more than any bucket needs, and bounds the walk on an odd calendar.
  for (let i = 0; i < 366; i++) {
    const older = age + (isWorkingDay(day, calendar) ? 1 : 0);
    if (older > maxAge) break;
    day = addDays(day, -1);
    age = older;
  }
  return day;
}
