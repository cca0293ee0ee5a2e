import { describe, expect, it } from 'vitest';
import { backupNeededAtStart, delayUntil, nextBackupDue } from './backupSchedule';

const at = (iso: string) => new Date(iso);
const now = at('2026-12-07T08:00:00Z');

describe('when backups are taken (issue 9, defect 6)', () => {
  it('at start: before a migration, or when the newest backup is a day old or missing', () => {
    const facts = { applied: 22, pending: 0, now };
    expect(backupNeededAtStart({ ...facts, pending: 2, newestBackupAt: now })).toBe('migration');
    expect(backupNeededAtStart({ ...facts, newestBackupAt: null })).toBe('stale');
    expect(backupNeededAtStart({ ...facts, newestBackupAt: at('2026-12-06T08:00:00Z') })).toBe(
      'stale',
    );
    expect(
      backupNeededAtStart({ ...facts, newestBackupAt: at('2026-12-06T08:00:01Z') }),
    ).toBeNull();
  });

  it('never for a new, empty database', () => {
    expect(backupNeededAtStart({ applied: 0, pending: 22, newestBackupAt: null, now })).toBeNull();
  });

  it('daily: a day after the newest backup, or a day after the start when there is none', () => {
    const started = at('2026-12-07T07:00:00Z');
    expect(nextBackupDue(at('2026-12-06T20:00:00Z'), started)).toEqual(at('2026-12-07T20:00:00Z'));
    expect(nextBackupDue(null, started)).toEqual(at('2026-12-08T07:00:00Z'));
  });

  it('after a failure, again in an hour rather than at once', () => {
    const started = at('2026-12-01T07:00:00Z');
    const failed = at('2026-12-07T08:00:00Z');
    expect(nextBackupDue(at('2026-12-05T20:00:00Z'), started, failed)).toEqual(
      at('2026-12-07T09:00:00Z'),
    );
  });

  it('the timer delay is never negative and fits a Node timer', () => {
    expect(delayUntil(at('2026-12-07T07:00:00Z'), now)).toBe(0);
    expect(delayUntil(at('2026-12-07T08:00:05Z'), now)).toBe(5000);
    expect(delayUntil(at('2027-12-07T08:00:00Z'), now)).toBe(2 ** 31 - 1);
  });
});
