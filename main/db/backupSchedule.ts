// When backups are taken (issue 9, defect 6), as pure functions of the clock so that no test
// waits on time. A depot's database can reach gigabytes, so a start does not always copy it:
// it backs up when a migration is about to change the database, or when the newest backup is
// a day old or more (or there is none). While running, one backup a day after the newest.

export const DAY_MS = 24 * 60 * 60 * 1000;
export const RETRY_MS = 60 * 60 * 1000;

/** Node's timers overflow past 2^31-1 ms (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

export type StartFacts = {
  /** Migrations already applied: 0 is a new, empty database, which has nothing to keep. */
  applied: number;
  pending: number;
  newestBackupAt: Date | null;
  now: Date;
};

export function backupNeededAtStart(facts: StartFacts): 'migration' | 'stale' | null {
  if (facts.applied === 0) return null;
  if (facts.pending > 0) return 'migration';
  if (facts.newestBackupAt === null) return 'stale';
  return facts.now.getTime() - facts.newestBackupAt.getTime() >= DAY_MS ? 'stale' : null;
}

/**
 * The next daily backup: a day after the newest one, or a day after the start when there is
 * none yet (a new depot has nothing worth copying on its first day).
 */
export function nextBackupDue(
  newestBackupAt: Date | null,
  startedAt: Date,
  lastFailureAt: Date | null = null,
): Date {
  const due = (newestBackupAt ?? startedAt).getTime() + DAY_MS;
  // After a failed attempt (disk full, a damaged file) try again in an hour, not in a loop.
  const retry = lastFailureAt === null ? 0 : lastFailureAt.getTime() + RETRY_MS;
  return new Date(Math.max(due, retry));
}

/** The timer's delay until `due`: never negative, never past what a Node timer holds. */
export function delayUntil(due: Date, now: Date): number {
  return Math.min(Math.max(0, due.getTime() - now.getTime()), MAX_TIMER_MS);
}
