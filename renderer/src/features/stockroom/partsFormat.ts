import type { Language } from '../../../../main/contract/language';
import { fromMinorUnits, minorDigits } from '../../format/money';
import { useDepotSettings } from '../../stores/depotSettings';

// How the stockroom screens show a part: its two names in the reader's language first, and
// costs (integer minor units in the core) as currency units of the depot's currency.

/** The depot's currency (Settings → Policy); costs are typed and shown in its units. */
export function useCurrency(): string {
  return useDepotSettings((s) => s.settings?.locale.currency ?? 'TWD');
}

/** A cost from the core as currency units with the currency's digits, e.g. 1,250.00. */
export function formatCost(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return fromMinorUnits(minor, currency).toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A whole quantity with thousands separators. */
export function formatQty(n: number): string {
  return n.toLocaleString('en-US');
}

/** The part's name in the reader's language, then the other one. */
export function partNames(
  part: { nameEn: string; nameZh: string },
  language: string,
): [first: string, second: string] {
  return (language as Language) === 'zh-TW'
    ? [part.nameZh, part.nameEn]
    : [part.nameEn, part.nameZh];
}
