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

const line = (partId: number, over: Record<string, unknown> = {}) => ({
  partId,
  received: 10,
  accepted: 8,
  rejected: 2,
  rejectReason: 'Cracked housing',
  unitCost: 1200,
  ...over,
});

describe('receiving with inspection (policy 5.1)', () => {
  it('only accepted units enter stock; the inspection record is kept', async () => {
    const a = await fx.part();
    const b = await fx.part();
    const r = await fx.keeper.call('stock/receive', {
      supplier: '大同零件 Datong Parts',
      reference: 'DN-2026-001',
      lines: [line(a.id), line(b.id, { received: 3, accepted: 0, rejected: 3 })],
    });
    expect(r.lines).toMatchObject([
      { lineNo: 1, accepted: 8, rejected: 2, onHand: 8, avgCost: 1200 },
      { lineNo: 2, accepted: 0, rejected: 3, moveId: null, onHand: 0 },
    ]);
    const db = depot.core.db;
    expect(await db('receipts').where({ id: r.receiptId }).first()).toMatchObject({
      supplier: '大同零件 Datong Parts',
      reference: 'DN-2026-001',
    });
    const lines = await db('receipt_lines').where({ receipt_id: r.receiptId }).orderBy('line_no');
    expect(lines[0]).toMatchObject({
      received: 10,
      accepted: 8,
      rejected: 2,
      reject_reason: 'Cracked housing',
    });
    expect(
      await db('stock_moves').where({ ref_type: 'receipt', ref_id: String(r.receiptId) }),
    ).toMatchObject([{ part_id: a.id, kind: 'receipt', quantity: 8, unit_cost: 1200 }]);
    expect(await fx.keeper.call('stock/verify', {})).toMatchObject({ consistent: true });
  });

  it('refuses bad lines naming the field, and changes nothing', async () => {
    const p = await fx.part();
    await fx.receive(p.id, 1, 100);
    const before = await fx.counts();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ accepted: 7 }, /lines\.0\.accepted: Accepted plus rejected must equal received/],
      [{ rejectReason: undefined }, /lines\.0\.rejectReason: Say why units were rejected/],
      [{ rejectReason: ' ' }, /lines\.0\.rejectReason/],
      [
        { received: -1, accepted: -1, rejected: 0 },
        /lines\.0\.received: Received must be at least 1/,
      ],
      [
        { received: 2.5, accepted: 2.5, rejected: 0 },
        /lines\.0\.received: Received must be a whole number/,
      ],
      [{ received: 1e9, accepted: 1e9, rejected: 0 }, /lines\.0\.received: Received is at most/],
      [{ unitCost: 12.5 }, /lines\.0\.unitCost/],
      [{ unitCost: -5 }, /lines\.0\.unitCost/],
    ];
    for (const [over, message] of cases) {
      const r = await fx.keeper.raw('stock/receive', {
        supplier: 'S',
        reference: 'R',
        lines: [line(p.id, over)],
      });
      expect(!r.ok && r.error.message).toMatch(message);
    }
    const noLines = await fx.keeper.raw('stock/receive', {
      supplier: 'S',
      reference: 'R',
      lines: [],
    });
    expect(!noLines.ok && noLines.error.message).toMatch(/lines: A receipt has at least one line/);
    // A bad second line rolls back the good first one.
    const missing = await refused(
      fx.keeper.call('stock/receive', {
        supplier: 'S',
        reference: 'R',
        lines: [line(p.id), line(9999)],
      }),
    );
    expect(missing).toMatchObject({ code: 'NOT_FOUND', field: 'lines.1.partId' });
    const inactive = await fx.part();
    await fx.keeper.call('parts/update', { id: inactive.id, version: 1, active: false });
    const countsNow = await fx.counts();
    const off = await refused(
      fx.keeper.call('stock/receive', {
        supplier: 'S',
        reference: 'R',
        lines: [line(inactive.id)],
      }),
    );
    expect(off).toMatchObject({ code: 'RULE', field: 'lines.0.partId' });
    expect(await fx.counts()).toEqual(countsNow);
    expect({
      ...countsNow,
      parts: before.parts,
      stock_levels: before.stock_levels,
      audit_log: before.audit_log,
    }).toEqual(before);
    expect((await fx.keeper.call('parts/get', { id: p.id })).onHand).toBe(1);
  });

  it('a technician cannot receive', async () => {
    const p = await fx.part();
    const error = await refused(
      fx.technician.call('stock/receive', { supplier: 'S', reference: 'R', lines: [line(p.id)] }),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect((await fx.counts()).receipts).toBe(0);
  });
});
