import { describe, expect, it } from 'vitest';
import { presetOf, presetPeriod } from './period';

describe('period presets', () => {
  it('runs this month and this year up to today, and last month over its whole length', () => {
    expect(presetPeriod('thisMonth', '2026-03-14')).toEqual({
      from: '2026-03-01',
      to: '2026-03-14',
    });
    expect(presetPeriod('lastMonth', '2026-03-14')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(presetPeriod('lastMonth', '2026-01-31')).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(presetPeriod('thisYear', '2026-03-14')).toEqual({
      from: '2026-01-01',
      to: '2026-03-14',
    });
  });

  it('names the preset a period is, and none for days picked by hand', () => {
    expect(presetOf({ from: '2026-02-01', to: '2026-02-28' }, '2026-03-14')).toBe('lastMonth');
    expect(presetOf({ from: '2026-02-02', to: '2026-02-28' }, '2026-03-14')).toBeNull();
  });
});
