import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordOutcome } from '../outcomes/outcomes';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { repairLogFixture, type RepairLogFixture } from '../bench/repairLogFixture';
import { ticketCost, type TicketCost } from '../bench/cost';
import { depotTimeZone, endOfLocalDay, startOfLocalDay } from '../intake/zonedTime';
import { billingParams, ticketMoney } from '../pricing/ticketMoney';
import { periodReport } from './periodReport';

// Issue 10, item 1 (policy 3.5, 定期與維修站點核對): finance reconciles each period's warranty
// costs with each repair station. The report counts the tickets handed back in the period, per
// station and product type, at the same costs as each ticket's own (labour at 800.00 an hour,
// parts at issue cost less returns); its totals are the sum of its lines.

let depot: TestDepot;
let fx: RepairLogFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await repairLogFixture(depot);
  // The fixture makes staff, stock and tickets through the channels: slow on a busy machine.
}, 60_000);
afterEach(() => depot.close());

const NOV = { from: '2026-11-01', to: '2026-11-30' };
const tz = depotTimeZone();

/** Hands a ticket back at this instant (test setup: acceptance has its own tests). */
async function completedAt(ticketId: number, at: Date) {
  await depot.core
    .db('tickets')
    .where({ id: ticketId })
    .update({ status: 'delivered', completed_at: at.toISOString() });
  // The hand-over's own write (bench/transition.ts): the ticket's outcome at today's rules.
  await recordOutcome(depot.core.db, ticketId);
}

/**
 * Three tickets in November at two stations, and two that are not in it:
 * - A: Taipei, washing machine, covered: 90 min (1,200.00) + pump 2 issued, 1 returned at
 *   15.00 and a belt at 2.50 (parts 17.50): the company bears 1,217.50;
 * - B: Taipei, washing machine, not covered: 30 min (400.00) + 2 belts (5.00): its cost,
 *   405.00, is the customer's. Billed at the price rules: the belts' line 5.00 + 20% markup =
 *   6.00, labour 30 min at the washing machine's 900.00/h = 450.00, tax 5% of 456.00 = 22.80:
 *   478.80; the customer paid 200.00 of it at the desk;
 * - C: Kaohsiung, air conditioner, covered: 45 + 7 = 52 min (693.33, rounded once per ticket)
 *   + a pump (15.00): the company bears 708.33;
 * - D: handed back the first instant of 1 December; E: still on the bench.
 */
async function november() {
  const khh = await depot.admin.call('stations/create', {
    code: 'KHH',
    nameEn: 'Kaohsiung station',
    nameZh: '高雄站',
  });
  const pump = await fx.stock.part({ nameEn: 'Drain pump', nameZh: '排水泵' });
  await fx.stock.receive(pump.id, 10, 1500);
  const belt = await fx.stock.part({ nameEn: 'Drive belt', nameZh: '皮帶', category: 'BELT' });
  await fx.stock.receive(belt.id, 10, 250);

  const a = await fx.onBench(true);
  const pumps = await fx.issue(a, pump.id, 2);
  await fx.giveBack(pumps.requisitionId, pumps.lineId, 1);
  await fx.issue(a, belt.id, 1);
  await fx.tech.call('labour/add', { ticketId: a, minutes: 90 });

  const b = await fx.onBench(false);
  // The customer approved the quote (policy 3.2: parts only then); its own tests are elsewhere.
  await depot.core.db('quotes').insert({
    ticket_id: b,
    labour_minutes: 30,
    labour_cost: 40_000,
    parts_cost: 500,
    total: 40_500,
    lines: '[]',
    status: 'approved',
    created_by: fx.techId,
    created_at: '2026-11-27T01:00:00.000Z',
  });
  await fx.issue(b, belt.id, 2);
  await fx.tech.call('labour/add', { ticketId: b, minutes: 30 });

  const c = await fx.ticket({
    patch: {
      stationId: khh.id,
      newUnit: { modelId: fx.intake.acModelId, serial: 'AC-0001', invoiceDate: '2026-06-01' },
    },
  });
  await fx.claimed(c);
  await fx.issue(c, pump.id, 1);
  await fx.tech.call('labour/add', { ticketId: c, minutes: 45 });
  await fx.tech.call('labour/add', { ticketId: c, minutes: 7 });

  const d = await fx.onBench(true);
  await fx.tech.call('labour/add', { ticketId: d, minutes: 60 });
  const e = await fx.onBench(true);
  await fx.tech.call('labour/add', { ticketId: e, minutes: 60 });

  // The price rules (issue 10, item 1): belts sell at cost + 20%, a washing machine's labour
  // at 900.00 an hour; the tax stays at the default 5%.
  const wm = (await depot.core.db('product_types').where({ code: 'WM' }).first('id')) as {
    id: number;
  };
  await fx.supervisor.call('prices/update', {
    markups: [{ category: 'BELT', percent: 20 }],
    labourRates: [{ productTypeId: wm.id, stationId: null, ratePerHour: 90_000 }],
  });

  await completedAt(a, startOfLocalDay('2026-11-01', tz));
  await completedAt(b, new Date('2026-11-15T04:00:00.000Z'));
  await completedAt(c, endOfLocalDay('2026-11-30', tz));
  await completedAt(d, startOfLocalDay('2026-12-01', tz));
  // Paid at hand-over (policy 3.5): a repair is payable once it is delivered.
  await fx.clerk.call('payments/record', {
    ticketId: b,
    kind: 'repair',
    method: 'cash',
    amount: 20_000,
    receiptNo: 'R-0001',
  });
  return { a, b, c, d, e, khh: khh.id };
}

const taipei = { code: 'TPE', nameEn: 'Taipei station', nameZh: '台北站' };
const kaohsiung = { code: 'KHH', nameEn: 'Kaohsiung station', nameZh: '高雄站' };
const washer = { code: 'WM', nameZh: '洗衣機' };
const aircon = { code: 'AC', nameZh: '冷氣機' };

describe('the period cost report (policy 3.5)', () => {
  it('costs the tickets handed back in the period per station and product type; totals are the sum of the lines', async () => {
    await november();
    const finance = await depot.as(['finance']);
    const report = await finance.call('accounting/periodReport', NOV);

    expect(report).toMatchObject({ ...NOV, labourRatePerHour: 80_000 });
    expect(report.lines).toMatchObject([
      {
        station: kaohsiung,
        productType: aircon,
        tickets: 1,
        labourMinutes: 52,
        labourCost: 69_333,
        partsCost: 1_500,
        companyBorne: 70_833,
        customerBorne: 0,
        billed: 0,
        paid: 0,
      },
      {
        station: taipei,
        productType: washer,
        tickets: 2,
        labourMinutes: 120,
        labourCost: 160_000,
        partsCost: 2_250,
        companyBorne: 121_750,
        customerBorne: 40_500,
        billed: 47_880,
        paid: 20_000,
      },
    ]);
    // Each column added up by hand: 1 + 2, 52 + 120, 69,333 + 160,000, 1,500 + 2,250, ...
    expect(report.totals).toEqual({
      tickets: 3,
      labourMinutes: 172,
      labourCost: 229_333,
      partsCost: 3_750,
      companyBorne: 192_583,
      customerBorne: 40_500,
      billed: 47_880,
      paid: 20_000,
    });
    // ... and what the company and the customer bear is the whole cost.
    expect(report.totals.companyBorne + report.totals.customerBorne).toBe(
      report.totals.labourCost + report.totals.partsCost,
    );
  });

  it('adds up to the cost of each ticket as the bench shows it', async () => {
    const { a, b, c } = await november();
    const settings = depot.core.services.settings.current();
    const costs: TicketCost[] = [];
    for (const id of [a, b, c]) costs.push(await ticketCost(depot.core.db, id, settings));
    expect(costs.map((t) => t.total)).toEqual([121_750, 40_500, 70_833]);

    const report = await periodReport(depot.core.db, NOV, tz, billingParams(settings));
    const sum = (f: (t: TicketCost) => number) => costs.reduce((n, t) => n + f(t), 0);
    const money = [];
    for (const id of [a, b, c]) money.push(await ticketMoney(depot.core.db, id, settings));
    // Each ticket's own money, as the desk sees it: A and C are covered (billed 0).
    expect(money.map((m) => [m.billed.total, m.paid, m.balance])).toEqual([
      [0, 0, 0],
      [47_880, 20_000, 27_880],
      [0, 0, 0],
    ]);
    expect(money.map((m) => m.cost.total)).toEqual(costs.map((t) => t.total));
    expect(report.totals).toEqual({
      tickets: costs.length,
      labourMinutes: sum((t) => t.labourMinutes),
      labourCost: sum((t) => t.labourCost),
      partsCost: sum((t) => t.partsCost),
      companyBorne: sum((t) => (t.borneBy === 'company' ? t.total : 0)),
      customerBorne: sum((t) => (t.borneBy === 'customer' ? t.total : 0)),
      billed: money.reduce((n, m) => n + m.billed.total, 0),
      paid: money.reduce((n, m) => n + m.paid, 0),
    });
    // One ticket a period: each line is exactly that ticket's cost.
    const onlyB = await periodReport(
      depot.core.db,
      { from: '2026-11-15', to: '2026-11-15' },
      tz,
      billingParams(settings),
    );
    expect(onlyB.totals).toMatchObject({
      tickets: 1,
      labourCost: costs[1].labourCost,
      partsCost: costs[1].partsCost,
      customerBorne: costs[1].total,
      companyBorne: 0,
      billed: money[1].billed.total,
      paid: money[1].paid,
    });
  });

  it('a period with no completed ticket has no lines and zero totals', async () => {
    await november();
    const report = await depot.admin.call('accounting/periodReport', {
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(report.lines).toEqual([]);
    expect(report.totals).toEqual({
      tickets: 0,
      labourMinutes: 0,
      labourCost: 0,
      partsCost: 0,
      companyBorne: 0,
      customerBorne: 0,
      billed: 0,
      paid: 0,
    });
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const error = await refused(
      depot.admin.call('accounting/periodReport', { from: '2026-11-30', to: '2026-11-01' }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toMatchObject({
      issues: [{ field: 'from', message: 'from is after to' }],
    });
  });

  it('is for finance, supervisors and admins; a technician may not read the books', async () => {
    const supervisor = await depot.as(['supervisor']);
    expect((await supervisor.call('accounting/periodReport', NOV)).lines).toEqual([]);
    for (const channel of [
      'accounting/periodReport',
      'accounting/periodReportCsv',
      'accounting/costTrend',
    ] as const) {
      expect((await refused(fx.tech.call(channel, NOV))).code).toBe('FORBIDDEN');
    }
  });
});

describe('the period cost report as CSV', () => {
  it('has a BOM, CRLF lines, money in minor units and a total row equal to the sum', async () => {
    await november();
    const finance = await depot.as(['finance']);
    const out = await finance.call('accounting/periodReportCsv', NOV);
    expect(out).toMatchObject({ fileName: 'depot-costs-2026-11-01-to-2026-11-30.csv', lines: 2 });
    expect(out.csv.startsWith('\uFEFF')).toBe(true);
    expect(out.csv.slice(1).split('\r\n')).toEqual([
      'kind,period_from,period_to,station_code,station_name_en,station_name_zh,product_type_code,product_type_name_en,product_type_name_zh,tickets,labour_minutes,labour_cost_minor,parts_cost_minor,company_borne_minor,customer_borne_minor,billed_minor,paid_minor',
      'line,2026-11-01,2026-11-30,KHH,Kaohsiung station,高雄站,AC,Air conditioner,冷氣機,1,52,69333,1500,70833,0,0,0',
      'line,2026-11-01,2026-11-30,TPE,Taipei station,台北站,WM,Washing machine,洗衣機,2,120,160000,2250,121750,40500,47880,20000',
      'total,2026-11-01,2026-11-30,,,,,,,3,172,229333,3750,192583,40500,47880,20000',
      '',
    ]);
  });
});

describe('the warranty cost trend by month (issue 10, item 4)', () => {
  it('splits the period report by local month of hand-back; the months add up to it', async () => {
    await november();
    const finance = await depot.as(['finance']);
    const range = { from: '2026-11-01', to: '2026-12-31' };
    const trend = await finance.call('accounting/costTrend', range);
    // November: A, B, C as above; December: D alone, covered, 60 min at 800.00 = 800.00.
    expect(trend.months).toEqual([
      { month: '2026-11', tickets: 3, companyBorne: 192_583, billed: 47_880, paid: 20_000 },
      { month: '2026-12', tickets: 1, companyBorne: 80_000, billed: 0, paid: 0 },
    ]);
    const report = await finance.call('accounting/periodReport', range);
    const add = (k: 'tickets' | 'companyBorne' | 'billed' | 'paid') =>
      trend.months.reduce((n, m) => n + m[k], 0);
    expect({
      tickets: add('tickets'),
      companyBorne: add('companyBorne'),
      billed: add('billed'),
      paid: add('paid'),
    }).toEqual({
      tickets: report.totals.tickets,
      companyBorne: report.totals.companyBorne,
      billed: report.totals.billed,
      paid: report.totals.paid,
    });
  });

  it('reads one station, and cuts the first and last months to the range', async () => {
    const { khh } = await november();
    // Kaohsiung has only C (708.33, handed back on 30 November).
    const trend = await depot.admin.call('accounting/costTrend', {
      from: '2026-11-15',
      to: '2026-12-15',
      stationId: khh,
    });
    expect(trend).toMatchObject({ from: '2026-11-15', to: '2026-12-15', stationId: khh });
    expect(trend.months).toEqual([
      { month: '2026-11', tickets: 1, companyBorne: 70_833, billed: 0, paid: 0 },
      { month: '2026-12', tickets: 0, companyBorne: 0, billed: 0, paid: 0 },
    ]);
    // From 15 November Taipei's B (15 November) is in, A (1 November) is not.
    const all = await depot.admin.call('accounting/costTrend', {
      from: '2026-11-15',
      to: '2026-11-30',
    });
    expect(all.months).toEqual([
      { month: '2026-11', tickets: 2, companyBorne: 70_833, billed: 47_880, paid: 20_000 },
    ]);
  });

  it('refuses a range of more than five years, naming the field', async () => {
    const error = await refused(
      depot.admin.call('accounting/costTrend', { from: '2021-01-01', to: '2026-01-01' }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toMatchObject({ issues: [{ field: 'to' }] });
  });
});
