import { addDays, addMonths, type IsoDate } from '../intake/civilDate';
import { isWorkingDay, type WorkingCalendar } from '../intake/workingDays';
import { localDate, zonedInstant } from '../intake/zonedTime';
import { FAULTS_BY_TYPE, TYPE_MIX, type FaultPlan } from './historyDemoData';

// The plan of the demo's six months of history, drawn up front from a fixed seed so every demo
// depot gets the same story: which units come in on which working day, what is wrong with them,
// whether the warranty covers them, how the customer answers a quote, how long the repair
// takes, how the follow-up call goes, and which units come back. historyDemo.ts plays it out
// through the depot's channels.

/** About six months of history, ending this many days before the seed's "today". */
export const HISTORY_DAYS = 183;
/**
 * Every story is over before the seed's today: the last units came in three weeks ago, so the
 * live demo's own open tickets, calls and complaints are the only open ones.
 */
export const LAST_REPORT_DAYS_AGO = 21;
/** The door lock switch fault rises for three months; the corrective action is taken here. */
export const LOCK_ACTION_DAYS_AGO = 70;

export type Plan = {
  n: number;
  reportedAt: Date;
  type: string;
  model: string;
  station: number;
  tech: 'hao' | 'ting';
  covered: boolean;
  fault: FaultPlan;
  labourMinutes: number;
  quote: 'none' | 'approve' | 'decline';
  /** An emergency type's first response and visit in time, or late. */
  emergencyLate: boolean;
  repairDays: number;
  pickupDays: number;
  /** The customer rejects the repair at pickup: a re-repair opens (policy 3.4). */
  reject: boolean;
  callDays: number;
  reachedFirst: boolean;
  score: number;
  complaint: boolean;
  /** The same unit brought back later (a re-repair within the window if it is short). */
  comeback: Plan | null;
  /** The ticket this plan repairs again, when it is a comeback or a rejected repair. */
  again: Plan | null;
};

const DAY = 86_400_000;

/** The door lock switch's weight among washing machine faults, by days before today. */
export function lockSwitchWeight(daysAgo: number): number {
  if (daysAgo > 160) return 1;
  if (daysAgo > LOCK_ACTION_DAYS_AGO)
    return 1 + (30 * (160 - daysAgo)) / (160 - LOCK_ACTION_DAYS_AGO);
  // Parts already in the field still fail for a few weeks, then the fix holds.
  return daysAgo > LOCK_ACTION_DAYS_AGO - 21 ? 6 : 0.5;
}

function pick<T>(random: () => number, items: readonly T[], weight: (t: T) => number): T {
  const total = items.reduce((s, t) => s + weight(t), 0);
  let r = random() * total;
  for (const t of items) {
    r -= weight(t);
    if (r < 0) return t;
  }
  return items[items.length - 1];
}

const SCORES: [score: number, share: number][] = [
  [5, 0.45],
  [4, 0.3],
  [3, 0.12],
  [2, 0.08],
  [1, 0.05],
];

export function planHistory(
  now: Date,
  calendar: WorkingCalendar,
  timeZone: string,
  random: () => number,
): Plan[] {
  const today = localDate(now, timeZone);
  const plans: Plan[] = [];
  const draw = (reportedAt: Date, again: Plan | null): Plan => {
    const daysAgo = (now.getTime() - reportedAt.getTime()) / DAY;
    const [type, , models] = again
      ? (TYPE_MIX.find(([t]) => t === again.type) ?? TYPE_MIX[0])
      : pick(random, TYPE_MIX, ([, share]) => share);
    const fault = pick(random, FAULTS_BY_TYPE[type], (f) =>
      f.cause === 'LOCK-SW' ? lockSwitchWeight(daysAgo) : f.weight,
    );
    const covered = again ? again.covered : random() < 0.78;
    const score = pick(random, SCORES, ([, share]) => share)[0];
    const plan: Plan = {
      n: plans.length,
      reportedAt,
      type,
      model: again?.model ?? models[Math.floor(random() * models.length)],
      station: again?.station ?? (random() < 0.65 ? 0 : 1),
      // A re-repair goes back to the technician who did the first repair.
      tech: again ? again.tech : random() < 0.5 ? 'hao' : 'ting',
      covered,
      fault,
      labourMinutes: 20 + 10 * Math.floor(random() * 22),
      quote: covered ? 'none' : random() < 0.7 ? 'approve' : 'decline',
      emergencyLate: random() < 0.2,
      repairDays: Math.floor(random() * random() * 7),
      pickupDays: Math.floor(random() * 3),
      reject: !again && covered && daysAgo > 60 && random() < 0.03,
      callDays: 1 + Math.floor(random() * 3),
      reachedFirst: random() < 0.85,
      score,
      complaint: score <= 2 && daysAgo > 45 && random() < 0.6,
      comeback: null,
      again,
    };
    plans.push(plan);
    return plan;
  };

  const first = addDays(today, -HISTORY_DAYS);
  for (let day = first; day <= addDays(today, -LAST_REPORT_DAYS_AGO); day = addDays(day, 1)) {
    if (!isWorkingDay(day, calendar)) continue;
    // One to three units a working day, one more in the summer months (air conditioners).
    const summer = ['06', '07', '08'].includes(day.slice(5, 7));
    const count = 1 + Math.floor(random() * 3) + (summer ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const reportedAt = zonedInstant(day, (9 + random() * 8) * 3_600_000, timeZone);
      const plan = draw(reportedAt, null);
      // A rejected repair is done again on the re-repair ticket the rejection opens.
      if (plan.reject) {
        plan.comeback = draw(reportedAt, plan);
        continue;
      }
      // About one unit in thirty comes back 3 to 6 weeks after it came in.
      const back = new Date(reportedAt.getTime() + (21 + Math.floor(random() * 21)) * DAY);
      if (random() < 0.035 && plan.quote !== 'decline') {
        const backDay = localDate(back, timeZone);
        if (isWorkingDay(backDay, calendar) && backDay <= addDays(today, -LAST_REPORT_DAYS_AGO)) {
          plan.comeback = draw(back, plan);
        }
      }
    }
  }
  return plans;
}

/** The first working day of each month the history touches, with its local date. */
export function receiptDays(plans: Plan[], timeZone: string): Map<string, IsoDate> {
  const months = new Map<string, IsoDate>();
  for (const p of plans) {
    const day = localDate(p.reportedAt, timeZone);
    const month = day.slice(0, 7);
    const earliest = months.get(month);
    if (!earliest || day < earliest) months.set(month, day);
  }
  return months;
}

/** An invoice date that the product type's warranty covers, or one long past it. */
export function invoiceFor(plan: Plan, day: IsoDate, random: () => number): IsoDate {
  return plan.covered ? addMonths(day, -(2 + Math.floor(random() * 8))) : addMonths(day, -60);
}
