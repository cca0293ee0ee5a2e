import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, reorderCsv, reorderFileName, toOrder, type CsvColumn } from './reorderCsv';
import { reorderRow } from './testFixtures';

const titles = Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as Record<CsvColumn, string>;

describe('the suggestion list for purchasing', () => {
  it('is named by the workstation’s calendar day', () => {
    expect(reorderFileName(new Date(2026, 2, 14, 23, 30))).toBe('reorder-20260314.csv');
  });

  it('lists only parts with something to order, grouped by supplier, unknown supplier last', () => {
    const rows = [
      reorderRow(1, { supplier: null }),
      reorderRow(2, { supplier: 'Bolt Co' }),
      reorderRow(3, { supplier: 'Acme Parts', suggested: 0 }),
      reorderRow(4, { supplier: 'Acme Parts' }),
      reorderRow(5, { supplier: 'Bolt Co' }),
    ];
    expect(toOrder(rows).map((r) => r.partId)).toEqual([4, 2, 5, 1]);
  });

  it('starts with a BOM so Excel reads the Chinese names, and has one line per part', () => {
    const csv = reorderCsv([reorderRow(1, { bin: null })], titles);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      CSV_COLUMNS.join(','),
      'Acme Parts,PMP-00001,Drain pump 1,排水泵 1,2,3,4,5,20,12,7,',
      '',
    ]);
  });

  it('quotes commas and quotes, and keeps text that looks like a formula as text', () => {
    const csv = reorderCsv(
      [reorderRow(1, { nameEn: 'Pump, "heavy"', supplier: '=HYPERLINK("x")', nameZh: '-泵' })],
      titles,
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"")",PMP-00001,"Pump, ""heavy""",'-泵,2,`);
  });
});
