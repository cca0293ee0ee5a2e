import Papa from 'papaparse';
import { BOM, CSV_NEWLINE } from '../stock/partCsvExport';
import { guardFormula } from '../stock/partCsv';
import type { PeriodFigures, PeriodReport } from './periodReport';

// The period cost report as a CSV file for finance's spreadsheet (policy 3.5): UTF-8 with a BOM
// (so Excel shows the Chinese names) and CRLF, like the parts export. Money stays in integer
// minor units, as stored (STYLE.md 12): a spreadsheet sums integers exactly and the file needs
// no currency or decimal convention; the column names say so. Every row repeats the period, so a
// row pasted elsewhere still says what it covers; the last row (kind "total") is the sum of the
// lines. Names are guarded so a spreadsheet never runs one as a formula.

export const PERIOD_CSV_COLUMNS = [
  'kind',
  'period_from',
  'period_to',
  'station_code',
  'station_name_en',
  'station_name_zh',
  'product_type_code',
  'product_type_name_en',
  'product_type_name_zh',
  'tickets',
  'labour_minutes',
  'labour_cost_minor',
  'parts_cost_minor',
  'company_borne_minor',
  'customer_borne_minor',
  'billed_minor',
  'paid_minor',
] as const;

type Cell = string | number;

function figures(f: PeriodFigures): Cell[] {
  return [
    f.tickets,
    f.labourMinutes,
    f.labourCost,
    f.partsCost,
    f.companyBorne,
    f.customerBorne,
    f.billed,
    f.paid,
  ];
}

export function periodReportCsv(report: PeriodReport): string {
  const period: Cell[] = [report.from, report.to];
  const rows: Cell[][] = report.lines.map((l) => [
    'line',
    ...period,
    ...[l.station.code, l.station.nameEn, l.station.nameZh].map(guardFormula),
    ...[l.productType.code, l.productType.nameEn, l.productType.nameZh].map(guardFormula),
    ...figures(l),
  ]);
  rows.push(['total', ...period, '', '', '', '', '', '', ...figures(report.totals)]);
  return (
    BOM +
    Papa.unparse({ fields: [...PERIOD_CSV_COLUMNS], data: rows }, { newline: CSV_NEWLINE }) +
    CSV_NEWLINE
  );
}
