import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { stockFixture, type StockFixture } from './stockFixture';

let depot: TestDepot;
let fx: StockFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await stockFixture(depot);
});
afterEach(() => depot.close());

describe('parts catalogue (issue 4, item 1)', () => {
  it('creates a part with a normalised number and an empty stock level', async () => {
    const p = await fx.part({ partNo: ' pcb-main/01 ' });
    expect(p).toMatchObject({
      partNo: 'PCB-MAIN/01',
      onHand: 0,
      avgCost: 0,
      version: 1,
      belowSafety: true,
    });
    const got = await fx.technician.call('parts/get', { id: p.id });
    expect(got).toMatchObject({ nameZh: '排水泵', unit: 'pcs', bin: 'A-01', unitCost: 1000 });
  });

  it('refuses a duplicate part number, control characters, and bad limits, naming the field', async () => {
    await fx.part({ partNo: 'DUP-1' });
    const dup = await refused(fx.part({ partNo: 'dup-1' }));
    expect(dup).toMatchObject({ code: 'CONFLICT', field: 'partNo' });
    const before = await fx.counts();
    const ctl = await refused(fx.part({ partNo: 'AB\u001dC' }));
    expect(ctl.message).toMatch(/partNo: Part number may not contain control characters/);
    const max = await refused(fx.part({ safetyStock: 5, maxStock: 4 }));
    expect(max).toMatchObject({ code: 'VALIDATION', field: 'maxStock' });
    const frac = await refused(fx.part({ safetyStock: 1.5 }));
    expect(frac.message).toMatch(/safetyStock: Safety stock must be a whole number/);
    const neg = await refused(fx.part({ unitCost: -1 }));
    expect(neg.message).toMatch(/unitCost/);
    expect(await fx.counts()).toEqual(before);
  });

  it("shows a part's own selling price, or null when it sells at cost plus markup", async () => {
    const p = await fx.part();
    expect((await fx.technician.call('parts/get', { id: p.id })).sellPrice).toBeNull();
    await fx.supervisor.call('prices/setPartPrice', { partId: p.id, sellPrice: 4_500 });
    expect((await fx.technician.call('parts/get', { id: p.id })).sellPrice).toBe(4_500);
    await fx.supervisor.call('prices/setPartPrice', { partId: p.id, sellPrice: null });
    expect((await fx.keeper.call('parts/get', { id: p.id })).sellPrice).toBeNull();
  });

  it('a critical part needs both quotas (policy 5.3)', async () => {
    const noLine = await refused(fx.part({ critical: true, quotaPerTicket: 2 }));
    expect(noLine).toMatchObject({ code: 'VALIDATION', field: 'quotaPerLine' });
    const noTicket = await refused(fx.part({ critical: true, quotaPerLine: 1 }));
    expect(noTicket).toMatchObject({ field: 'quotaPerTicket' });
    const ok = await fx.part({ critical: true, quotaPerLine: 1, quotaPerTicket: 2 });
    expect(ok).toMatchObject({ critical: true, quotaPerLine: 1, quotaPerTicket: 2 });
    const clear = await refused(
      fx.keeper.call('parts/update', { id: ok.id, version: 1, quotaPerLine: null }),
    );
    expect(clear).toMatchObject({ field: 'quotaPerLine' });
  });

  it('updates with an optimistic version; a stale version is a CONFLICT', async () => {
    const p = await fx.part();
    const u = await fx.keeper.call('parts/update', {
      id: p.id,
      version: 1,
      bin: 'B-02',
      maxStock: 30,
    });
    expect(u).toMatchObject({ bin: 'B-02', maxStock: 30, nameEn: 'Drain pump', version: 2 });
    const stale = await refused(
      fx.supervisor.call('parts/update', { id: p.id, version: 1, bin: 'C' }),
    );
    expect(stale.code).toBe('CONFLICT');
    const cleared = await fx.keeper.call('parts/update', { id: p.id, version: 2, bin: '' });
    expect(cleared.bin).toBeNull();
    const below = await refused(
      fx.keeper.call('parts/update', { id: p.id, version: 3, maxStock: 1 }),
    );
    expect(below).toMatchObject({ field: 'maxStock' });
  });

  it('lists by part number with keyset paging and filters', async () => {
    for (const n of ['C-3', 'A-1', 'B-2', 'A-2']) await fx.part({ partNo: n });
    await fx.part({
      partNo: 'Z-9',
      nameEn: 'Belt',
      nameZh: '皮帶',
      category: 'BELT',
      safetyStock: 0,
    });
    const first = await fx.technician.call('parts/list', { limit: 2 });
    expect(first.parts.map((p) => p.partNo)).toEqual(['A-1', 'A-2']);
    const second = await fx.technician.call('parts/list', { limit: 2, cursor: first.nextCursor! });
    expect(second.parts.map((p) => p.partNo)).toEqual(['B-2', 'C-3']);
    const byText = await fx.technician.call('parts/list', { text: 'a-' });
    expect(byText.parts.map((p) => p.partNo)).toEqual(['A-1', 'A-2']);
    const byName = await fx.technician.call('parts/list', { text: 'bel' });
    expect(byName.parts.map((p) => p.partNo)).toEqual(['Z-9']);
    const zh = await fx.technician.call('parts/list', { text: '排水' });
    expect(zh.parts).toHaveLength(4);
    const cat = await fx.technician.call('parts/list', { category: 'BELT' });
    expect(cat.parts.map((p) => p.partNo)).toEqual(['Z-9']);
    const below = await fx.technician.call('parts/list', { belowSafety: true });
    expect(below.parts.map((p) => p.partNo)).toEqual(['A-1', 'A-2', 'B-2', 'C-3']);
    const wild = await fx.technician.call('parts/list', { text: '%' });
    expect(wild.parts).toHaveLength(0);
  });

  it('access: technician and finance read; only keeper, supervisor and admin write', async () => {
    const finance = await depot.as(['finance']);
    expect((await finance.call('parts/list', {})).parts).toEqual([]);
    const clerk = await depot.as(['intake_clerk']);
    expect((await refused(clerk.call('parts/list', {}))).code).toBe('FORBIDDEN');
    const input = {
      partNo: 'X',
      nameEn: 'x',
      nameZh: 'x',
      category: 'c',
      unitCost: 1,
      safetyStock: 0,
      maxStock: 0,
    };
    expect((await refused(fx.technician.call('parts/create', input))).code).toBe('FORBIDDEN');
    expect((await refused(finance.call('parts/create', input))).code).toBe('FORBIDDEN');
    expect(await depot.admin.call('parts/create', input)).toMatchObject({
      partNo: 'X',
      unit: 'pcs',
    });
  });
});

describe('suppliers per part (policy 5.1: choose suppliers)', () => {
  const acme = {
    supplier: 'Acme Parts',
    supplierPartNo: 'AC-77',
    leadTimeDays: 14,
    preferred: true,
  };
  const bolt = { supplier: '大同零件', leadTimeDays: 30, preferred: false };

  it('keeps the suppliers of a part, the preferred one first; the list shows its lead time', async () => {
    const p = await fx.part({ partNo: 'S-1', suppliers: [bolt, acme] });
    const got = await fx.technician.call('parts/get', { id: p.id });
    expect(got.suppliers).toEqual([
      acme,
      { supplier: '大同零件', supplierPartNo: null, leadTimeDays: 30, preferred: false },
    ]);
    await fx.part({ partNo: 'S-2', suppliers: [bolt] });
    await fx.part({ partNo: 'S-3' });
    const list = await fx.technician.call('parts/list', {});
    expect(list.parts.map((x) => [x.partNo, x.preferredSupplier, x.leadTimeDays])).toEqual([
      ['S-1', 'Acme Parts', 14],
      ['S-2', null, null],
      ['S-3', null, null],
    ]);
    expect((await fx.technician.call('parts/get', { id: p.id })).preferredSupplier).toBe(
      'Acme Parts',
    );
  });

  it('refuses two preferred suppliers, a supplier twice and a bad lead time, changing nothing', async () => {
    const before = await fx.counts();
    const two = await refused(fx.part({ suppliers: [acme, { ...bolt, preferred: true }] }));
    expect(two).toMatchObject({ code: 'VALIDATION' });
    expect(two.message).toMatch(/suppliers: At most one supplier may be preferred/);
    const twice = await refused(
      fx.part({ suppliers: [acme, { ...acme, supplier: 'ACME PARTS', preferred: false }] }),
    );
    expect(twice.message).toMatch(/suppliers\.1\.supplier: Supplier ACME PARTS is listed twice/);
    const frac = await refused(fx.part({ suppliers: [{ ...acme, leadTimeDays: 1.5 }] }));
    expect(frac.message).toMatch(/suppliers\.0\.leadTimeDays: Lead time is in whole days/);
    const long = await refused(fx.part({ suppliers: [{ ...acme, leadTimeDays: 366 }] }));
    expect(long.message).toMatch(/Lead time is at most 365 days/);
    const blank = await refused(fx.part({ suppliers: [{ ...acme, supplier: ' ' }] }));
    expect(blank.message).toMatch(/suppliers\.0\.supplier: Supplier is required/);
    expect(await fx.counts()).toEqual(before);
  });

  it('parts/update replaces the supplier set only when given; [] clears it', async () => {
    const p = await fx.part({ suppliers: [acme] });
    const renamed = await fx.keeper.call('parts/update', { id: p.id, version: 1, bin: 'B-1' });
    expect(renamed.suppliers).toEqual([acme]);
    const replaced = await fx.keeper.call('parts/update', {
      id: p.id,
      version: 2,
      suppliers: [{ ...bolt, preferred: true }],
    });
    expect(replaced).toMatchObject({ version: 3, preferredSupplier: '大同零件', leadTimeDays: 30 });
    expect(replaced.suppliers).toHaveLength(1);
    const refusedUpdate = await refused(
      fx.keeper.call('parts/update', { id: p.id, version: 3, suppliers: [acme, acme] }),
    );
    expect(refusedUpdate.code).toBe('VALIDATION');
    const cleared = await fx.keeper.call('parts/update', { id: p.id, version: 3, suppliers: [] });
    expect(cleared).toMatchObject({ suppliers: [], preferredSupplier: null, leadTimeDays: null });
  });
});

describe('parts/byNumber and parts/categories', () => {
  it('finds exactly the scanned number, not a name or a longer number with that prefix', async () => {
    await fx.part({ partNo: 'AB-10', nameEn: 'AB-1 look-alike' });
    const exact = await fx.part({ partNo: 'AB-1' });
    const found = await fx.technician.call('parts/byNumber', { partNo: ' ab-1 ' });
    expect(found.id).toBe(exact.id);
    const missing = await refused(fx.technician.call('parts/byNumber', { partNo: 'AB-2' }));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toMatch(/No part numbered AB-2/);
  });

  it('lists the categories of active parts with their counts', async () => {
    await fx.part({ category: 'PUMP' });
    await fx.part({ category: 'PUMP' });
    await fx.part({ category: 'BOARD' });
    expect(await fx.keeper.call('parts/categories', {})).toEqual([
      { category: 'BOARD', parts: 1 },
      { category: 'PUMP', parts: 2 },
    ]);
  });
});
