import { fromMinorUnits, minorDigits } from '../../../format/money';

/** Money from the core (integer minor units) in the currency's units: 125000 TWD → 1,250.00. */
export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return fromMinorUnits(minor, currency).toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A whole count with thousands separators. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
