import { describe, expect, it } from 'vitest';
import { addMonths, isIsoDate, isoWeekday } from './civilDate';
import { addWorkingDays, emergencyDues, isWorkingDay } from './workingDays';
import { endOfLocalDay, localDate, startOfLocalDay } from './zonedTime';

const week = { workingDays: [1, 2, 3, 4, 5], holidays: [] as string[] };
// 2026-11-27 is a Friday.

describe('calendar dates', () => {
  it('knows real dates, weekdays and month ends', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isoWeekday('2026-11-27')).toBe(5);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('converts between instants and local days', () => {
    // 07:30 on 1 January in Taipei is still 31 December in UTC.
    expect(localDate(new Date('2026-12-31T23:30:00Z'), 'Asia/Taipei')).toBe('2027-01-01');
    expect(startOfLocalDay('2027-01-01', 'Asia/Taipei').toISOString()).toBe(
      '2026-12-31T16:00:00.000Z',
    );
    expect(endOfLocalDay('2026-12-01', 'Asia/Taipei').toISOString()).toBe(
      '2026-12-01T15:59:59.999Z',
    );
    // Across a DST change (New York springs forward on 2026-03-08).
    expect(startOfLocalDay('2026-03-09', 'America/New_York').toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    );
    expect(startOfLocalDay('2026-03-07', 'America/New_York').toISOString()).toBe(
      '2026-03-07T05:00:00.000Z',
    );
  });
});

describe('working days (Settings > Calendar)', () => {
  const cases: [string, string, number, typeof week, string][] = [
    ['Friday + 1 is Monday', '2026-11-27', 1, week, '2026-11-30'],
    ['Friday + 2 is Tuesday', '2026-11-27', 2, week, '2026-12-01'],
    ['Saturday + 1 is Monday', '2026-11-28', 1, week, '2026-11-30'],
    ['Monday + 5 is next Monday', '2026-11-30', 5, week, '2026-12-07'],
    ['0 on a working day is that day', '2026-11-27', 0, week, '2026-11-27'],
    ['0 on a Sunday is Monday', '2026-11-29', 0, week, '2026-11-30'],
    ['a holiday is skipped', '2026-12-31', 1, { ...week, holidays: ['2027-01-01'] }, '2027-01-04'],
    [
      'Lunar New Year week is skipped',
      '2027-02-04',
      2,
      { ...week, holidays: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'] },
      '2027-02-12',
    ],
    [
      'a six-day week works Saturdays',
      '2026-11-27',
      1,
      { workingDays: [1, 2, 3, 4, 5, 6], holidays: [] },
      '2026-11-28',
    ],
    [
      'a weekend-only depot',
      '2026-11-27',
      3,
      { workingDays: [6, 7], holidays: ['2026-11-29'] },
      '2026-12-06',
    ],
  ];
  it.each(cases)('%s', (_name, from, n, calendar, expected) => {
    expect(addWorkingDays(from, n, calendar)).toBe(expected);
  });

  it('a holiday on a weekday is not a working day', () => {
    expect(isWorkingDay('2026-12-25', { ...week, holidays: ['2026-12-25'] })).toBe(false);
    expect(isWorkingDay('2026-12-24', { ...week, holidays: ['2026-12-25'] })).toBe(true);
  });

  it('refuses a negative count', () => {
    expect(() => addWorkingDays('2026-11-27', -1, week)).toThrow(/whole number/);
  });
});

describe('emergency SLA (policy 2)', () => {
  const policy = { emergencyResponseHours: 4, onSiteWorkingDays: 2 };

  it('response within X clock hours, on site by the end of the Y-th working day', () => {
    // Friday 16:00 in Taipei.
    const dues = emergencyDues(new Date('2026-11-27T08:00:00Z'), policy, week, 'Asia/Taipei');
    expect(dues.responseDueAt).toBe('2026-11-27T12:00:00.000Z');
    expect(dues.onSiteDueAt).toBe('2026-12-01T15:59:59.999Z'); // Tuesday 23:59:59.999 local
  });

  it('counts from the local day of the call, not the UTC day', () => {
    // Saturday 01:00 in Taipei is still Friday in UTC: Saturday + 2 working days = Tuesday.
    const dues = emergencyDues(new Date('2026-11-27T17:00:00Z'), policy, week, 'Asia/Taipei');
    expect(dues.onSiteDueAt).toBe('2026-12-01T15:59:59.999Z');
    expect(dues.responseDueAt).toBe('2026-11-27T21:00:00.000Z');
  });

  it('holidays push the on-site day, not the response hours', () => {
    const dues = emergencyDues(
      new Date('2026-12-31T02:00:00Z'),
      policy,
      { ...week, holidays: ['2027-01-01'] },
      'Asia/Taipei',
    );
    expect(dues.responseDueAt).toBe('2026-12-31T06:00:00.000Z');
    expect(dues.onSiteDueAt).toBe('2027-01-05T15:59:59.999Z');
  });
});
