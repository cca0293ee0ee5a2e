import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestClient, type TestDepot } from '../testing/testCore';
import { stockFixture, type StockFixture } from './stockFixture';
import { CSV_COLUMNS } from './partCsv';
import type { Output } from '../handlers';
import { MAX_CSV_BYTES } from './csvHandlers';

// The parts catalogue to and from CSV (issue 4, item 1; policy 5.2), through the channels.

const HEADER = CSV_COLUMNS.join(',');

/** A CSV line for a part; `over` replaces cells by column name. */
function line(partNo: string, over: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {}) {
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    part_no: partNo,
    name_en: `Part ${partNo}`,
    name_zh: `零件 ${partNo}`,
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
    ...over,
  };
  return CSV_COLUMNS.map((c) => cells[c]).join(',');
}
const csvOf = (lines: string[]) => [HEADER, ...lines].join('\r\n') + '\r\n';

let depot: TestDepot;
let fx: StockFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await stockFixture(depot);
});
afterEach(() => depot.close());

async function importAll(client: TestClient, csv: string, count?: number) {
  const preview = await client.call('parts/importPreview', { csv });
  let from: number | null = 0;
  const results: Output<'parts/import'>[] = [];
  while (from !== null) {
    const r: Output<'parts/import'> = await client.call('parts/import', {
      csv,
      digest: preview.digest,
      from,
      count,
    });
    results.push(r);
    from = r.next;
  }
  return { preview, results };
}

async function auditRows(action: string): Promise<number> {
  const [row] = (await depot.core.db('audit_log').where({ action }).count({ n: '*' })) as {
    n: number | string;
  }[];
  return Number(row.n);
}

describe('parts CSV import', () => {
  it('previews counts and changes without changing anything', async () => {
    await fx.part({ partNo: 'OLD-1', nameEn: 'Part OLD-1', nameZh: '零件 OLD-1' });
    await fx.part({ partNo: 'OLD-2', nameEn: 'Part OLD-2', nameZh: '零件 OLD-2' });
    const csv = csvOf([
      line('OLD-1', { unit_cost: '1000' }),
      line('OLD-2', { bin: 'C-09', unit_cost: '1250' }),
      line('NEW-1', { supplier: 'Acme', lead_time_days: '14' }),
      line('BAD-1', { max_stock: '1' }),
    ]);
    const before = await fx.counts();
    const preview = await fx.keeper.call('parts/importPreview', { csv });
    expect(preview).toMatchObject({
      total: 4,
      create: 1,
      update: 1,
      unchanged: 1,
      valid: 4,
      rejectedCount: 1,
      changeCount: 2,
      unknownColumns: [],
    });
    expect(preview.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(preview.rejected).toEqual([
      {
        line: 5,
        partNo: 'BAD-1',
        errors: ['max_stock: Maximum stock may not be below the safety stock'],
      },
    ]);
    expect(preview.changes[0]).toEqual({
      line: 3,
      partNo: 'OLD-2',
      action: 'update',
      fields: { bin: { from: 'A-01', to: 'C-09' }, unit_cost: { from: 1000, to: 1250 } },
    });
    expect(preview.changes[1]).toMatchObject({
      line: 4,
      partNo: 'NEW-1',
      action: 'create',
      fields: { supplier: { from: null, to: 'Acme' }, lead_time_days: { from: null, to: 14 } },
    });
    expect(await fx.counts()).toEqual(before);
  });

  it('imports the good rows while a bad row is reported with a specific message', async () => {
    const csv = csvOf([
      line('A-1', { supplier: 'Acme', supplier_part_no: 'AC-1', lead_time_days: '10' }),
      line('A-2', { unit_cost: 'ten' }),
      line('A-3', { critical: 'true', quota_per_line: '1', quota_per_ticket: '3' }),
    ]);
    const { preview, results } = await importAll(fx.keeper, csv);
    expect(preview.rejected).toEqual([
      { line: 3, partNo: 'A-2', errors: ['unit_cost: Unit cost must be a number'] },
    ]);
    expect(results).toEqual([
      {
        applied: 2,
        created: 2,
        updated: 0,
        unchanged: 0,
        rejected: [],
        done: true,
        next: null,
      },
    ]);
    const list = await fx.technician.call('parts/list', {});
    expect(
      list.parts.map((p) => [p.partNo, p.onHand, p.preferredSupplier, p.leadTimeDays]),
    ).toEqual([
      ['A-1', 0, 'Acme', 10],
      ['A-3', 0, null, null],
    ]);
    const a1 = await fx.technician.call('parts/get', { id: list.parts[0].id });
    expect(a1.suppliers).toEqual([
      { supplier: 'Acme', supplierPartNo: 'AC-1', leadTimeDays: 10, preferred: true },
    ]);
    expect(list.parts[1]).toMatchObject({ critical: true, quotaPerLine: 1, quotaPerTicket: 3 });
    expect(await auditRows('import')).toBe(1);
  });

  it('refuses a part number given twice in the file', async () => {
    const csv = csvOf([line('D-1'), line('D-2'), line('d-1', { bin: 'Z' })]);
    const { preview, results } = await importAll(fx.keeper, csv);
    expect(preview.rejected.map((r) => [r.line, r.errors])).toEqual([
      [2, ['part_no: D-1 appears more than once (lines 2, 4)']],
      [4, ['part_no: D-1 appears more than once (lines 2, 4)']],
    ]);
    expect(results[0]).toMatchObject({ created: 1, done: true });
    const list = await fx.technician.call('parts/list', {});
    expect(list.parts.map((p) => p.partNo)).toEqual(['D-2']);
  });

  it('refuses a digest that is not the file’s, changing nothing', async () => {
    const csv = csvOf([line('X-1')]);
    const preview = await fx.keeper.call('parts/importPreview', { csv });
    const before = await fx.counts();
    const changed = csv.replace('X-1', 'X-2');
    const error = await refused(
      fx.keeper.call('parts/import', { csv: changed, digest: preview.digest }),
    );
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect(error.message).toMatch(/The file changed since the preview/);
    expect(await fx.counts()).toEqual(before);
  });

  it('refuses a file without the required columns as a whole, naming them', async () => {
    const error = await refused(
      fx.keeper.call('parts/importPreview', { csv: 'part_no,name_en\nP-1,Pump\n' }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(
      /missing column\(s\) name_zh, category, unit_cost, safety_stock, max_stock/,
    );
    const big = await refused(
      fx.keeper.call('parts/importPreview', { csv: 'x'.repeat(MAX_CSV_BYTES + 1) }),
    );
    expect(big.message).toMatch(/csv: The file is larger than 20 MB/);
  });

  it('checks a part left partly out of the file as it will be, and skips it if it breaks a rule', async () => {
    const p = await fx.part({ partNo: 'C-1', nameEn: 'Part C-1', nameZh: '零件 C-1' });
    // No quota columns: marking an existing part critical would leave it without quotas.
    const csv =
      'part_no,name_en,name_zh,category,unit_cost,safety_stock,max_stock,critical\r\n' +
      'C-1,Part C-1,零件 C-1,PUMP,1000,2,20,true\r\nC-2,Fan,風扇,FAN,10,0,5,false\r\n';
    const preview = await fx.keeper.call('parts/importPreview', { csv });
    expect(preview).toMatchObject({ valid: 2, create: 1, rejectedCount: 1 });
    expect(preview.rejected[0].errors).toEqual([
      'quota_per_line: A critical part needs a quota per line (policy 5.3)',
      'quota_per_ticket: A critical part needs a quota per ticket (policy 5.3)',
    ]);
    const first = await fx.keeper.call('parts/import', {
      csv,
      digest: preview.digest,
      from: 0,
      count: 1,
    });
    expect(first).toMatchObject({ applied: 0, next: 1, done: false });
    expect(first.rejected.map((r) => r.partNo)).toEqual(['C-1']);
    const second = await fx.keeper.call('parts/import', { csv, digest: preview.digest, from: 1 });
    expect(second).toMatchObject({ applied: 1, created: 1, next: null, done: true });
    expect(await fx.technician.call('parts/get', { id: p.id })).toMatchObject({
      critical: false,
      version: 1,
    });
    const past = await refused(
      fx.keeper.call('parts/import', { csv, digest: preview.digest, from: 3 }),
    );
    expect(past.message).toMatch(/from: 3 is past the end \(the file has 2 valid rows\)/);
  });

  it('only the stockroom writes; technicians may export', async () => {
    const csv = csvOf([line('T-1')]);
    const denied = await refused(fx.technician.call('parts/importPreview', { csv }));
    expect(denied.code).toBe('FORBIDDEN');
    const finance = await depot.as(['finance']);
    expect((await finance.call('parts/export', {})).rows).toBe(0);
  });
});

describe('parts CSV export', () => {
  it('round-trips: importing the export changes nothing, Chinese and formula-like text intact', async () => {
    await fx.part({
      partNo: 'R-1',
      nameEn: '=Pump, "drain"',
      nameZh: '排水泵（大）',
      bin: '-3',
      suppliers: [
        { supplier: '大同零件', supplierPartNo: 'DT-1', leadTimeDays: 21, preferred: true },
        { supplier: 'Acme', leadTimeDays: 5, preferred: false },
      ],
    });
    await fx.part({
      partNo: 'R-2',
      critical: true,
      quotaPerLine: 1,
      quotaPerTicket: 2,
      bin: null,
    });
    const exported = await fx.technician.call('parts/export', {});
    expect(exported.rows).toBe(2);
    expect(exported.csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    const lines = exported.csv.split('\r\n');
    expect(lines[1]).toBe(
      `R-1,"'=Pump, ""drain""",排水泵（大）,PUMP,pcs,'-3,1000,2,20,false,,,true,大同零件,DT-1,21`,
    );
    expect(lines[2]).toBe('R-2,Drain pump,排水泵,PUMP,pcs,,1000,2,20,true,1,2,true,,,');

    const before = await fx.counts();
    const { preview, results } = await importAll(fx.keeper, exported.csv);
    expect(preview).toMatchObject({ total: 2, unchanged: 2, changeCount: 0, rejectedCount: 0 });
    expect(results[0]).toMatchObject({ applied: 2, unchanged: 2, created: 0, updated: 0 });
    expect(await fx.counts()).toEqual(before);
    const again = await fx.technician.call('parts/export', {});
    expect(again.csv).toBe(exported.csv);
  });

  it('updates only changed fields, moves the version on, and keeps the other suppliers', async () => {
    const p = await fx.part({
      partNo: 'U-1',
      suppliers: [
        { supplier: 'Acme', leadTimeDays: 5, preferred: true },
        { supplier: 'Bolt', leadTimeDays: 9, preferred: false },
      ],
    });
    const exported = await fx.technician.call('parts/export', {});
    const edited = exported.csv.replace(',Acme,,5', ',bolt,B-7,12').replace('排水泵', '新泵');
    const { preview, results } = await importAll(fx.keeper, edited);
    expect(preview.changes[0].fields).toEqual({
      name_zh: { from: '排水泵', to: '新泵' },
      supplier: { from: 'Acme', to: 'bolt' },
      supplier_part_no: { from: null, to: 'B-7' },
      lead_time_days: { from: 5, to: 12 },
    });
    expect(results[0]).toMatchObject({ updated: 1 });
    const got = await fx.technician.call('parts/get', { id: p.id });
    expect(got).toMatchObject({ version: 2, nameZh: '新泵', preferredSupplier: 'bolt' });
    expect(got.suppliers).toEqual([
      { supplier: 'bolt', supplierPartNo: 'B-7', leadTimeDays: 12, preferred: true },
      { supplier: 'Acme', supplierPartNo: null, leadTimeDays: 5, preferred: false },
    ]);
    // Re-sending the same slice writes nothing and leaves no audit row.
    const audits = await auditRows('import');
    const resent = await fx.keeper.call('parts/import', { csv: edited, digest: preview.digest });
    expect(resent).toMatchObject({ applied: 1, unchanged: 1, updated: 0, done: true });
    expect(await auditRows('import')).toBe(audits);
    expect((await fx.technician.call('parts/get', { id: p.id })).version).toBe(2);
  });

  it('a 10,000-row import in slices ends exactly like one call', async () => {
    const other = await createTestDepot();
    try {
      const otherKeeper = await other.as(['stockroom_keeper']);
      const seed = csvOf(
        Array.from({ length: 300 }, (_, i) => line(`K-${String(i).padStart(5, '0')}`)),
      );
      await importAll(fx.keeper, seed);
      await importAll(otherKeeper, seed);

      const rows = Array.from({ length: 10_000 }, (_, i) => {
        const partNo = `K-${String(i).padStart(5, '0')}`;
        if (i % 997 === 0) return line(partNo, { safety_stock: 'x' });
        if (i % 3 === 0) {
          return line(partNo, { supplier: `供應商 ${i % 7}`, lead_time_days: String(i % 60) });
        }
        return line(partNo, { unit_cost: String(1000 + (i % 50)), name_zh: `零件 ${i}` });
      });
      const big = csvOf(rows);
      const whole = await importAll(fx.keeper, big);
      const sliced = await importAll(otherKeeper, big, 1_500);
      expect(whole.results).toHaveLength(1);
      expect(sliced.results).toHaveLength(Math.ceil(whole.preview.valid / 1_500));
      const sum = (rs: typeof whole.results, k: 'created' | 'updated' | 'unchanged') =>
        rs.reduce((n, r) => n + r[k], 0);
      for (const k of ['created', 'updated', 'unchanged'] as const) {
        expect(sum(sliced.results, k)).toBe(sum(whole.results, k));
        expect(sum(whole.results, k)).toBe(
          whole.preview[k === 'created' ? 'create' : k === 'updated' ? 'update' : 'unchanged'],
        );
      }
      expect(whole.preview.rejectedCount).toBe(11);
      const a = await fx.technician.call('parts/export', {});
      const b = await (await other.as(['technician'])).call('parts/export', {});
      expect(a.rows).toBe(10_000 - 11 + 1); // K-00000 was seeded before its row went bad
      expect(b.csv).toBe(a.csv);
    } finally {
      await other.close();
    }
  }, 120_000);
});
