import { describe, expect, it } from 'vitest';
import { trainingTargetMinutes } from './trainingTarget';

// Training participation is measured against the yearly target pro rata by calendar day.
describe('the training target for a period (policy 4)', () => {
  it('is the whole yearly target for a calendar year, leap or not', () => {
    expect(trainingTargetMinutes('2026-01-01', '2026-12-31', 40)).toBe(2400);
    expect(trainingTargetMinutes('2028-01-01', '2028-12-31', 40)).toBe(2400);
  });

  it('is pro rata by day for a shorter period, in whole minutes', () => {
    // November 2026: 2,400 × 30 / 365 = 197.26 → 197
    expect(trainingTargetMinutes('2026-11-01', '2026-11-30', 40)).toBe(197);
    // Q1 2026: 2,400 × 90 / 365 = 591.78 → 592
    expect(trainingTargetMinutes('2026-01-01', '2026-03-31', 40)).toBe(592);
    // one day of 2028 (leap): 2,400 / 366 = 6.56 → 7
    expect(trainingTargetMinutes('2028-02-29', '2028-02-29', 40)).toBe(7);
  });

  it('takes each year at its own length across a new year', () => {
    // December 2027 and January 2028: 2,400 × (31/365 + 31/366) = 203.84 + 203.28 = 407.12 → 407
    expect(trainingTargetMinutes('2027-12-01', '2028-01-31', 40)).toBe(407);
  });

  it('is 0 when there is no target', () => {
    expect(trainingTargetMinutes('2026-01-01', '2026-12-31', 0)).toBe(0);
  });
});
