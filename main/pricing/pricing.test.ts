import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { pricingFixture, type PricingFixture } from './pricingFixture';
import knex from 'knex';
import { ticketBilling } from './billing';
import { divHalfUp, labourRateFor, type PriceRules } from './rules';
import { ticketMoney } from './ticketMoney';

// Issue 10, item 1 (policy 3.5): a repair the warranty does not cover is billed at the price
// rules — parts at selling price or cost plus the category's markup (rounded half up once per
// line), labour at the ticket's labour rate (rounded once per ticket), tax once on the bill;
// a covered repair costs the company parts at cost plus labour at the depot's rate.

let depot: TestDepot;
let fx: PricingFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await pricingFixture(depot);
  // The fixture makes staff, stock and tickets through the channels: slow on a busy machine.
}, 60_000);
afterEach(() => depot.close());

const money = (id: number) =>
  ticketMoney(depot.core.db, id, depot.core.services.settings.current());

describe('rounding: integer minor units, half up', () => {
  it('rounds exact halves up and everything else to the nearest', () => {
    expect(divHalfUp(13_750, 100)).toBe(138); // 137.5
    expect(divHalfUp(10_470 * 500, 10_000)).toBe(524); // 523.5
    expect(divHalfUp(7 * 80_000, 60)).toBe(9_333); // 9,333.33
    expect(divHalfUp(1_234, 100)).toBe(12); // 12.34
  });
});

describe('the bill divides in integers on PostgreSQL too', () => {
  it('casts every sum to bigint, and the taxed base, before a rounding division', async () => {
    // PostgreSQL's sum() of integers is numeric, and (numeric * 500 + 5000) / 10000 is a decimal:
    // 5.235 would stay 5.235 instead of rounding to 5.24. Cast back to bigint it truncates, so
    // the + 5000 rounds half up as on SQLite.
    const pg = knex({ client: 'pg' });
    const params = { labourRatePerHour: 80_000, taxBasisPoints: 500, inspectionFee: 0 };
    const sql = ticketBilling(pg, params, (q) => q.where('t.id', 1)).toSQL().sql;
    await pg.destroy();
    const sums = sql.match(/sum\(/g) ?? [];
    const castSums = sql.match(/cast\(coalesce\(\(select sum\(/g) ?? [];
    expect(sums.length).toBeGreaterThanOrEqual(5);
    expect(castSums.length).toBe(sums.length);
    expect(sql).toContain('(cast(b.bill_parts + b.bill_labour + b.bill_fee as bigint) * cast(');
  });
});

describe('the labour rate of a ticket: the most specific rule', () => {
  const rules: PriceRules = {
    taxBasisPoints: 500,
    taxRatePercent: 5,
    inspectionFee: 0,
    defaultLabourRate: 80_000,
    markups: [],
    labourRates: [
      { productTypeId: 5, stationId: null, ratePerHour: 90_000 },
      { productTypeId: null, stationId: 2, ratePerHour: 70_000 },
      { productTypeId: 5, stationId: 2, ratePerHour: 100_000 },
    ],
  };
  it('type at station, then type, then station, then the depot rate', () => {
    expect(labourRateFor(rules, 5, 2)).toBe(100_000);
    expect(labourRateFor(rules, 5, 3)).toBe(90_000);
    expect(labourRateFor(rules, 6, 2)).toBe(70_000);
    expect(labourRateFor(rules, 6, 3)).toBe(80_000);
  });
});

describe("a not-covered ticket's bill", () => {
  it('prices parts per line, labour per ticket and tax once, and costs it unchanged', async () => {
    const id = await fx.billedRepair();
    // Parts: X 3 × 3.33 = 9.99; Y's line 1.25 + 10% = 1.375 → 1.38 (once, for the line).
    // Labour: 7 min × 800.00 / 60 = 93.33. Tax: 5% of 104.70 = 5.235 → 5.24 (once).
    // Cost to the company: X 3 × 1.00 + Y 1.25 = 4.25 and 93.33 of labour.
    expect(await money(id)).toEqual({
      cost: { parts: 425, labour: 9_333, total: 9_758 },
      billed: { parts: 1_137, labour: 9_333, inspectionFee: 0, tax: 524, total: 10_994 },
      paid: 0,
      balance: 10_994,
      borneBy: 'customer',
      payable: 'repair',
    });
  });

  it('bills labour at the station rate, and at the product type rate above it', async () => {
    const id = await fx.billedRepair();
    const t = (await depot.core
      .db('tickets as t')
      .join('units as u', 'u.id', 't.unit_id')
      .join('product_models as m', 'm.id', 'u.model_id')
      .where('t.id', id)
      .first('t.station_id', 'm.product_type_id')) as {
      station_id: number;
      product_type_id: number;
    };
    await fx.supervisor.call('prices/update', {
      labourRates: [{ stationId: t.station_id, ratePerHour: 60_000 }],
    });
    // 7 min × 600.00 / 60 = 70.00; tax 5% of (11.37 + 70.00) = 4.0685 → 4.07.
    expect((await money(id)).billed).toMatchObject({ labour: 7_000, tax: 407 });
    await fx.supervisor.call('prices/update', {
      labourRates: [
        { stationId: t.station_id, ratePerHour: 60_000 },
        { productTypeId: t.product_type_id, ratePerHour: 120_000 },
      ],
    });
    // 7 min × 1,200.00 / 60 = 140.00: the product type's rate wins.
    expect((await money(id)).billed.labour).toBe(14_000);
    // The company's own cost of the labour stays at the depot's rate.
    expect((await money(id)).cost.labour).toBe(9_333);
  });

  it('a covered ticket bills nothing: the company bears parts at cost and labour', async () => {
    const id = await fx.onBench(true);
    await fx.issue(id, fx.partX, 2);
    await fx.tech.call('labour/add', { ticketId: id, minutes: 60 });
    expect(await money(id)).toEqual({
      cost: { parts: 200, labour: 80_000, total: 80_200 },
      billed: { parts: 0, labour: 0, inspectionFee: 0, tax: 0, total: 0 },
      paid: 0,
      balance: 0,
      borneBy: 'company',
      payable: null,
    });
  });

  it('a declined quote bills only the inspection fee, with tax', async () => {
    await fx.supervisor.call('prices/update', { inspectionFee: 30_000 });
    const id = await fx.declinedQuote();
    // 300.00 + 5% = 315.00; the 7 quoted minutes were never done.
    expect((await money(id)).billed).toEqual({
      parts: 0,
      labour: 0,
      inspectionFee: 30_000,
      tax: 1_500,
      total: 31_500,
    });
    expect((await money(id)).payable).toBe('inspection_fee');
  });
});

describe('quotes are priced as the bill will be', () => {
  it('prices the same parts and minutes to the same total as the bill', async () => {
    const id = await fx.onBench(false);
    const quoted = await fx.tech.call('quotes/create', {
      ticketId: id,
      version: await fx.version(id),
      labourMinutes: 7,
      parts: [
        { partId: fx.partX, quantity: 3 },
        { partId: fx.partY, quantity: 1 },
      ],
    });
    // As the bill above: parts 9.99 + 1.38, labour 93.33, tax 5.24, total 109.94.
    expect(quoted.quote).toMatchObject({
      labourCost: 9_333,
      partsCost: 1_137,
      tax: 524,
      total: 10_994,
    });
    const row = (await depot.core.db('quotes').where({ id: quoted.quoteId }).first('lines')) as {
      lines: string;
    };
    expect(JSON.parse(row.lines)).toMatchObject([
      { kind: 'labour', minutes: 7, amount: 9_333 },
      { kind: 'part', partId: fx.partX, quantity: 3, unitPrice: 333, amount: 999 },
      { kind: 'part', partId: fx.partY, quantity: 1, unitPrice: 138, amount: 138 },
    ]);
  });
});

describe('setting the price rules', () => {
  it('finance reads them; supervisors set them, audited; finance may not', async () => {
    const finance = await depot.as(['finance']);
    expect(await finance.call('prices/rules', {})).toMatchObject({
      taxRatePercent: 5,
      taxBasisPoints: 500,
      defaultLabourRate: 80_000,
      markups: [{ category: 'HOSE', percent: 10 }],
    });
    expect((await refused(finance.call('prices/update', { taxRatePercent: 0 }))).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await refused(finance.call('prices/setPartPrice', { partId: fx.partX, sellPrice: 1 }))).code,
    ).toBe('FORBIDDEN');
    const rules = await fx.supervisor.call('prices/update', {
      taxRatePercent: 7.5,
      markups: [{ category: 'BELT', percent: 25 }],
    });
    expect(rules).toMatchObject({
      taxRatePercent: 7.5,
      taxBasisPoints: 750,
      markups: [{ category: 'BELT', percent: 25 }],
    });
    const audit = await depot.core
      .db('audit_log')
      .whereIn('entity', ['settings', 'price_rules'])
      .orderBy('id', 'desc')
      .limit(2)
      .select('entity', 'entity_id');
    expect(audit.map((a: { entity: string }) => a.entity).sort()).toEqual([
      'price_rules',
      'settings',
    ]);
  });

  it('refuses a tax with three decimals, a category twice and an unknown product type', async () => {
    const before = await fx.supervisor.call('prices/rules', {});
    const tax = await refused(fx.supervisor.call('prices/update', { taxRatePercent: 5.555 }));
    expect(tax.code).toBe('VALIDATION');
    const twice = await refused(
      fx.supervisor.call('prices/update', {
        markups: [
          { category: 'BELT', percent: 1 },
          { category: 'BELT', percent: 2 },
        ],
      }),
    );
    expect(twice.code).toBe('VALIDATION');
    const unknown = await refused(
      fx.supervisor.call('prices/update', {
        markups: [],
        labourRates: [{ productTypeId: 987_654, ratePerHour: 1 }],
      }),
    );
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.field).toBe('labourRates.0.productTypeId');
    // Refusals change nothing: the markups cleared in the same request are still there.
    expect(await fx.supervisor.call('prices/rules', {})).toEqual(before);
  });
});
