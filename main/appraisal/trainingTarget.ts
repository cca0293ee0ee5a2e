import type { IsoDate } from '../intake/civilDate';

// Training participation (policy 4) is measured against Settings > Appraisal > training hours a
// year, pro rata for the period: each calendar day of the period is worth 1/365 of the yearly
// target (1/366 in a leap year), so a whole calendar year is exactly the target, a quarter about a
// quarter, and November 2026 (30 of 365 days) at 40 h is 40 × 60 × 30 / 365 = 197.26 → 197 min.
// The target is in whole minutes, rounded half up, like the records it is compared with.

const DAY_MS = 86_400_000;
const dayNumber = (d: IsoDate) => Date.parse(`${d}T00:00:00Z`) / DAY_MS;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The training target for local days from..to inclusive, in whole minutes. */
export function trainingTargetMinutes(from: IsoDate, to: IsoDate, hoursPerYear: number): number {
  let share = 0;
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    const first = Math.max(dayNumber(from), dayNumber(`${year}-01-01`));
    const last = Math.min(dayNumber(to), dayNumber(`${year}-12-31`));
    if (last >= first) share += (last - first + 1) / (isLeap(year) ? 366 : 365);
  }
  return Math.round(hoursPerYear * 60 * share);
}
