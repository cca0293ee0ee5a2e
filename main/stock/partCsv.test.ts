import { describe, expect, it } from 'vitest';
import { DepotError } from '../contract/errors';
import { CSV_COLUMNS, csvDigest, readCsv } from './partCsv';
import { checkRows, type ValidRow } from './partCsvRows';
import { planRow } from './partCsvPlan';
import type { PartWithSupplier } from './partRepo';

// Reading and checking a parts CSV (policy 5.2), without a database.

const HEADER = CSV_COLUMNS.join(',');
const row = (cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>>): string =>
  CSV_COLUMNS.map(
    (c) =>
      cells[c] ??
      {
        part_no: 'P-1',
        name_en: 'Drain pump',
        name_zh: '排水泵',
        category: 'PUMP',
        unit: 'pcs',
        bin: 'A-01',
        unit_cost: '1000',
        safety_stock: '2',
        max_stock: '20',
        critical: 'false',
        quota_per_line: '',
        quota_per_ticket: '',
        active: 'true',
        supplier: '',
        supplier_part_no: '',
        lead_time_days: '',
      }[c],
  ).join(',');

function check(text: string) {
  return checkRows(readCsv(text));
}

describe('reading a parts CSV', () => {
  it('accepts a BOM, CRLF and quoted fields with commas and line breaks; lines are the file’s', () => {
    const text = `\uFEFF${HEADER}\r\n${row({ name_en: '"Pump, drain"' })}\r\n\r\n${row({
      part_no: 'P-2',
      name_en: '"Belt ""XL""\r\nlong"',
    })}\r\n${row({ part_no: 'p-3', name_zh: '皮帶' })}\r\n`;
    const { valid, rejected, total } = check(text);
    expect(total).toBe(3);
    expect(valid.map((v) => [v.line, v.record.partNo, v.record.nameEn])).toEqual([
      [2, 'P-1', 'Pump, drain'],
      [6, 'P-3', 'Drain pump'],
    ]);
    // The name with a line break is on line 4 (the blank line 3 is skipped), and refused.
    expect(rejected).toEqual([
      {
        line: 4,
        partNo: 'P-2',
        errors: ['name_en: English name may not contain control characters'],
      },
    ]);
    expect(valid[1].record.nameZh).toBe('皮帶');
  });

  it('refuses a file missing required columns, naming them', () => {
    const text = 'part_no,name_en,category,unit_cost\nP-1,Pump,PUMP,1\n';
    let error: unknown;
    try {
      readCsv(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DepotError);
    expect((error as DepotError).code).toBe('VALIDATION');
    expect((error as DepotError).message).toMatch(
      /missing column\(s\) name_zh, safety_stock, max_stock/,
    );
    expect((error as DepotError).details).toMatchObject({
      missingColumns: ['name_zh', 'safety_stock', 'max_stock'],
    });
    expect(() => readCsv('')).toThrow(/The file is empty/);
    expect(() => readCsv(`${HEADER},part_no\n`)).toThrow(/named twice: part_no/);
    expect(() => readCsv(`${HEADER.replace(',supplier_part_no', '')}\n`)).toThrow(
      /missing column\(s\) supplier_part_no/,
    );
  });

  it('reports unknown columns and works with the optional ones left out', () => {
    const file = readCsv(
      'Part_No, name_en ,name_zh,category,unit_cost,safety_stock,max_stock,colour\nP-9,Fan,風扇,FAN,50,0,5,red\n',
    );
    expect(file.unknownColumns).toEqual(['colour']);
    const { valid } = checkRows(file);
    expect(valid[0].record).toMatchObject({
      partNo: 'P-9',
      unit: 'pcs',
      bin: null,
      critical: false,
      active: true,
      supplier: null,
    });
  });

  it('reports every bad cell of a row with a specific message', () => {
    const { valid, rejected } = check(
      [
        HEADER,
        row({ unit_cost: '12.00', safety_stock: 'many', critical: 'maybe' }),
        row({ part_no: 'P-2', name_zh: '', max_stock: '' }),
        row({ part_no: 'P-3', safety_stock: '30' }),
        row({ part_no: 'P-4', critical: 'TRUE', quota_per_line: '1' }),
        row({ part_no: 'P-5', lead_time_days: '7' }),
        row({ part_no: 'P-6', supplier: 'Acme' }),
        'P-7,too,few',
        row({ part_no: 'P-8' }),
      ].join('\n'),
    );
    expect(valid.map((v) => v.record.partNo)).toEqual(['P-3', 'P-4', 'P-8']);
    expect(rejected).toEqual([
      {
        line: 2,
        partNo: 'P-1',
        errors: [
          'unit_cost: whole minor units, not "12.00" (write 1200 for 12.00)',
          'critical: use true or false, not "maybe"',
          'safety_stock: Safety stock must be a number',
        ],
      },
      {
        line: 3,
        partNo: 'P-2',
        errors: ['max_stock: a whole number is required', 'name_zh: Chinese name is required'],
      },
      {
        line: 6,
        partNo: 'P-5',
        errors: ['supplier: a supplier part number or lead time needs the supplier it belongs to'],
      },
      {
        line: 7,
        partNo: 'P-6',
        errors: ['lead_time_days: the preferred supplier needs a lead time in days (0-365)'],
      },
      { line: 8, partNo: 'P-7', errors: ['the row has 3 cells but the header has 16'] },
    ]);
  });

  it('refuses every row of a part number given twice (ignoring case)', () => {
    const { valid, rejected } = check(
      [HEADER, row({}), row({ part_no: 'P-2' }), row({ part_no: ' p-1 ', bin: 'B' })].join('\n'),
    );
    expect(valid.map((v) => v.record.partNo)).toEqual(['P-2']);
    expect(rejected.map((r) => [r.line, r.errors])).toEqual([
      [2, ['part_no: P-1 appears more than once (lines 2, 4)']],
      [4, ['part_no: P-1 appears more than once (lines 2, 4)']],
    ]);
  });

  it('reports an unclosed quote instead of guessing', () => {
    const { rejected, valid } = check(`${HEADER}\n${row({})}\n${row({ part_no: '"P-2' })}\n`);
    expect(valid).toHaveLength(1);
    expect(rejected).toEqual([
      { line: 3, partNo: '', errors: ['a quoted field is not closed (check the quotes)'] },
    ]);
  });

  it('takes off the apostrophe the export puts before formula-like text', () => {
    const { valid } = check(`${HEADER}\n${row({ name_en: "'=SUM(A1)", bin: "'-1" })}\n`);
    expect(valid[0].record).toMatchObject({ nameEn: '=SUM(A1)', bin: '-1' });
  });

  it('the digest is the sha256 of the text', () => {
    expect(csvDigest('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('planning a row against the catalogue', () => {
  const existing: PartWithSupplier = {
    id: 7,
    partNo: 'P-1',
    nameEn: 'Drain pump',
    nameZh: '排水泵',
    category: 'PUMP',
    unit: 'pcs',
    bin: 'A-01',
    unitCost: 1000,
    safetyStock: 2,
    maxStock: 20,
    critical: true,
    quotaPerLine: 1,
    quotaPerTicket: 2,
    active: true,
    version: 3,
    onHand: 0,
    avgCost: 0,
    belowSafety: true,
    preferredSupplier: 'Acme',
    leadTimeDays: 14,
    preferred: { supplier: 'Acme', supplierPartNo: null, leadTimeDays: 14 },
  };

  function only(text: string): { valid: ValidRow; present: ReadonlySet<never> } {
    const file = readCsv(text);
    const { valid } = checkRows(file);
    return { valid: valid[0], present: file.present as ReadonlySet<never> };
  }

  it('a column left out keeps the part’s value; only changed columns are listed', () => {
    const { valid, present } = only(
      'part_no,name_en,name_zh,category,unit_cost,safety_stock,max_stock\nP-1,Drain pump,排水泵,PUMP,1200,2,20\n',
    );
    const plan = planRow(valid, present, existing);
    expect(plan).toMatchObject({
      action: 'update',
      fields: { unit_cost: { from: 1000, to: 1200 } },
    });
    expect(plan.action !== 'reject' && plan.next).toMatchObject({
      critical: true,
      quotaPerLine: 1,
      supplier: 'Acme',
    });
  });

  it('an empty critical, active or unit cell keeps an existing part’s value', () => {
    const { valid, present } = only(
      'part_no,name_en,name_zh,category,unit,unit_cost,safety_stock,max_stock,critical,active\nP-1,Drain pump,排水泵,PUMP,,1000,2,20,,\n',
    );
    const plan = planRow(valid, present, existing);
    expect(plan.action !== 'reject' && plan.next).toMatchObject({
      critical: true,
      active: true,
      unit: existing.unit,
    });
  });

  it('checks the quotas of a critical part on the part as it will be (policy 5.3)', () => {
    const { valid, present } = only(`${HEADER}\n${row({ critical: 'true' })}\n`);
    expect(planRow(valid, present, existing)).toMatchObject({
      action: 'reject',
      errors: [
        'quota_per_line: A critical part needs a quota per line (policy 5.3)',
        'quota_per_ticket: A critical part needs a quota per ticket (policy 5.3)',
      ],
    });
    expect(planRow(valid, present, null)).toMatchObject({ action: 'reject' });
  });

  it('a new part lists every value it sets', () => {
    const { valid, present } = only(`${HEADER}\n${row({})}\n`);
    const plan = planRow(valid, present, null);
    expect(plan.action).toBe('create');
    expect(plan.action === 'create' && plan.fields.name_zh).toEqual({ from: null, to: '排水泵' });
    expect(plan.action === 'create' && 'quota_per_line' in plan.fields).toBe(false);
  });
});
