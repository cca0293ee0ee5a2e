import type { Rate } from '../../../../../main/appraisal/indicators';

// How a rate from the core reads on screen. The core sends the exact numerator and denominator
// (main/appraisal/indicators.ts); the percentage is only their quotient, rounded for reading.

/** 3 / 4 → "75.0%"; nothing completed → null (no rate, not 0%). */
export function percent(rate: Pick<Rate, 'numerator' | 'denominator'>): string | null {
  if (rate.denominator === 0) return null;
  return `${((100 * rate.numerator) / rate.denominator).toFixed(1)}%`;
}

/** Training minutes as hours with at most one decimal: 90 → "1.5", 120 → "2". */
export function hours(minutes: number): string {
  return String(Math.round((minutes / 60) * 10) / 10);
}
