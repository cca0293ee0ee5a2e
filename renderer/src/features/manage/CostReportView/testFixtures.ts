import type {
  PeriodFigures,
  PeriodLine,
  PeriodReport,
} from '../../../../../main/accounting/periodReport';

// A period cost report small enough to add up by hand (TWD, minor units: 60000 = 600.00).
// Labour at 600.00 an hour: 90 min = 900.00, 30 min = 300.00.

const taipei = { id: 1, code: 'TPE', nameEn: 'Taipei depot', nameZh: '台北維修站' };
const washer = { id: 2, code: 'WM', nameEn: 'Washing machine', nameZh: '洗衣機' };
const fridge = { id: 3, code: 'FR', nameEn: 'Refrigerator', nameZh: '冰箱' };

function line(productType: typeof washer, f: PeriodFigures): PeriodLine {
  return { station: taipei, productType, ...f };
}

/** Two covered washers (company) and one paid fridge repair (customer). */
export const lines: PeriodLine[] = [
  line(fridge, {
    tickets: 1,
    labourMinutes: 30,
    labourCost: 30_000,
    partsCost: 0,
    companyBorne: 0,
    customerBorne: 30_000,
    // Billed at selling prices: 400.00 + 5% tax = 420.00; 200.00 paid so far.
    billed: 42_000,
    paid: 20_000,
  }),
  line(washer, {
    tickets: 2,
    labourMinutes: 90,
    labourCost: 90_000,
    partsCost: 25_000,
    companyBorne: 115_000,
    customerBorne: 0,
    billed: 0,
    paid: 0,
  }),
];

export function report(from: string, to: string, rows = lines): PeriodReport {
  return {
    from,
    to,
    timeZone: 'Asia/Taipei',
    labourRatePerHour: 60_000,
    taxRatePercent: 5,
    lines: rows,
    totals: {
      tickets: 3,
      labourMinutes: 120,
      labourCost: 120_000,
      partsCost: 25_000,
      companyBorne: 115_000,
      customerBorne: 30_000,
      billed: 42_000,
      paid: 20_000,
    },
  };
}
