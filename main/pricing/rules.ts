import type { Knex } from 'knex';
import type { Settings } from '../settings/settingsSchema';

// The price rules (issue 10, item 1; policy 3.5: "otherwise the customer is charged per the
// price rules"). One place for the arithmetic of a price; the billing query (billing.ts) states
// the same rules in SQL for whole periods, and the tests hold the two together.
//
// Rounding, all in integer minor units, half up:
// - a part line: quantity × the part's selling price; a part without one is sold at its
//   average cost plus its category's markup, rounded once per line (line cost × (100 + m) / 100);
// - labour: minutes × the hourly rate / 60, rounded once per ticket (or quote);
// - tax: (parts + labour + inspection fee) × the tax rate, rounded once per ticket (or quote).
// The labour rate of a ticket is the most specific rule: its product type at its station, then
// its product type anywhere (what the product takes to repair decides most of its price), then
// its station, then the depot's policy rate. The company's own cost of a repair stays at the
// policy rate (main/bench/cost.ts): these rules are prices, not costs.

export type Markup = { category: string; percent: number };
export type LabourRate = {
  productTypeId: number | null;
  stationId: number | null;
  ratePerHour: number;
};

export type PriceRules = {
  /** Tax in hundredths of a percent (5% = 500), so every step stays in integers. */
  taxBasisPoints: number;
  taxRatePercent: number;
  /** Billed (before tax) when the customer declines a quote. */
  inspectionFee: number;
  /** The depot's policy rate: labour not matched by a rule. */
  defaultLabourRate: number;
  markups: Markup[];
  labourRates: LabourRate[];
};

type Db = Knex | Knex.Transaction;

export function taxBasisPoints(settings: Settings): number {
  return Math.round(settings.pricing.taxRatePercent * 100);
}

export async function loadPriceRules(db: Db, settings: Settings): Promise<PriceRules> {
  const markups = await db('price_markups')
    .orderBy('category')
    .select<{ category: string; markup_percent: number }[]>('category', 'markup_percent');
  const rates = await db('labour_rates')
    .orderBy('id')
    .select<{ product_type_id: number | null; station_id: number | null; rate_per_hour: number }[]>(
      'product_type_id',
      'station_id',
      'rate_per_hour',
    );
  return {
    taxBasisPoints: taxBasisPoints(settings),
    taxRatePercent: settings.pricing.taxRatePercent,
    inspectionFee: settings.pricing.inspectionFee,
    defaultLabourRate: settings.policy.labourRatePerHour,
    markups: markups.map((m) => ({ category: m.category, percent: m.markup_percent })),
    labourRates: rates.map((r) => ({
      productTypeId: r.product_type_id,
      stationId: r.station_id,
      ratePerHour: r.rate_per_hour,
    })),
  };
}

/** Integer division rounded half up, for the non-negative amounts of a bill. */
export function divHalfUp(numerator: number, denominator: number): number {
  return Math.floor((numerator + Math.floor(denominator / 2)) / denominator);
}

export function labourRateFor(rules: PriceRules, productTypeId: number, stationId: number): number {
  const find = (type: number | null, station: number | null) =>
    rules.labourRates.find((r) => r.productTypeId === type && r.stationId === station);
  return (
    find(productTypeId, stationId) ??
    find(productTypeId, null) ??
    find(null, stationId) ?? { ratePerHour: rules.defaultLabourRate }
  ).ratePerHour;
}

/** Labour billed for these minutes at this hourly rate, rounded half up once. */
export function labourPrice(minutes: number, ratePerHour: number): number {
  return divHalfUp(minutes * ratePerHour, 60);
}

export function markupPercent(rules: PriceRules, category: string): number {
  return rules.markups.find((m) => m.category === category)?.percent ?? 0;
}

/**
 * One part line: quantity × selling price, or (without one) the line's cost with its
 * category's markup, rounded half up once for the line.
 */
export function partLinePrice(
  rules: PriceRules,
  part: { sellPrice: number | null; category: string },
  quantity: number,
  lineCost: number,
): number {
  if (part.sellPrice !== null) return quantity * part.sellPrice;
  return divHalfUp(lineCost * (100 + markupPercent(rules, part.category)), 100);
}

/** Tax once on the whole bill, rounded half up. */
export function taxOn(rules: PriceRules, base: number): number {
  return divHalfUp(base * rules.taxBasisPoints, 10_000);
}
