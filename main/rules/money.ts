// Money is stored as integer minor units (STYLE.md habit 12). Staff type and read currency units;
// the screens convert at the form's edge and the printed documents when they print, both by these
// functions, so a currency has one number of digits everywhere.

/** Digits after the decimal point for a currency (TWD 2, JPY 0), as Intl knows them. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2; // an unknown code: the core rejects it anyway
  }
}

export function toMinorUnits(amount: number, currency: string): number {
  // Shift the decimal point in the number's text: 1.005 * 100 is 100.49999... in binary.
  const digits = minorDigits(currency);
  const text = String(amount);
  if (text.includes('e')) return Math.round(amount * 10 ** digits);
  return Math.round(Number(`${text}e${digits}`));
}

export function fromMinorUnits(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}
