import type { OverstockRow, ReorderRow } from '../../../../../main/stock/replenishment';

// Replenishment rows for the reorder view's component tests.

export function reorderRow(n: number, extra: Partial<ReorderRow> = {}): ReorderRow {
  return {
    partId: n,
    partNo: `PMP-${String(n).padStart(5, '0')}`,
    nameEn: `Drain pump ${n}`,
    nameZh: `排水泵 ${n}`,
    bin: 'A-01',
    onHand: 3,
    safetyStock: 4,
    maxStock: 20,
    supplier: 'Acme Parts',
    leadTimeDays: 7,
    usage: 12,
    reorderPoint: 5,
    suggested: 2,
    ...extra,
  };
}

export function overstockRow(n: number, extra: Partial<OverstockRow> = {}): OverstockRow {
  return {
    partId: n,
    partNo: `PMP-${String(n).padStart(5, '0')}`,
    nameEn: `Drain pump ${n}`,
    nameZh: `排水泵 ${n}`,
    bin: 'B-02',
    onHand: 30,
    maxStock: 20,
    lastMoveAt: '2026-03-01T12:00:00.000Z',
    reason: 'above_max',
    excess: 10,
    value: 1_250_000,
    ...extra,
  };
}
