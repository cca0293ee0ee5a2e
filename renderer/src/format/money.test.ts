import { describe, expect, it } from 'vitest';
import { fromMinorUnits, minorDigits, toMinorUnits } from './money';

describe('money at the form edge', () => {
  it('knows how many minor digits a currency has', () => {
    expect(minorDigits('TWD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('XX')).toBe(2);
  });

  it('turns currency units into integer minor units without float dust', () => {
    expect(toMinorUnits(800, 'TWD')).toBe(80_000);
    expect(toMinorUnits(8.1, 'TWD')).toBe(810);
    expect(toMinorUnits(1.005, 'USD')).toBe(101);
    expect(toMinorUnits(1500, 'JPY')).toBe(1500);
  });

  it('shows minor units as currency units', () => {
    expect(fromMinorUnits(80_000, 'TWD')).toBe(800);
    expect(fromMinorUnits(1500, 'JPY')).toBe(1500);
  });
});
