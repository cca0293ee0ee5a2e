import type { TestClient, TestDepot } from '../testing/testCore';
import type { Input } from '../handlers';

// Test helpers for the stockroom: the staff who use it and a part made through the channels.

export type StockFixture = {
  keeper: TestClient;
  supervisor: TestClient;
  technician: TestClient;
  part: (overrides?: Partial<Input<'parts/create'>>) => Promise<{ id: number; version: number }>;
  /** Receives `qty` accepted units of a part at `unitCost`. */
  receive: (partId: number, qty: number, unitCost: number) => Promise<void>;
  counts: () => Promise<Record<string, number>>;
};

let serial = 0;

export async function stockFixture(depot: TestDepot): Promise<StockFixture> {
  const keeper = await depot.as(['stockroom_keeper']);
  const supervisor = await depot.as(['supervisor']);
  const technician = await depot.as(['technician']);
  const db = depot.core.db;
  return {
    keeper,
    supervisor,
    technician,
    async part(overrides = {}) {
      serial += 1;
      return keeper.call('parts/create', {
        partNo: `P-${serial}`,
        nameEn: 'Drain pump',
        nameZh: '排水泵',
        category: 'PUMP',
        unit: 'pcs',
        bin: 'A-01',
        unitCost: 1000,
        safetyStock: 2,
        maxStock: 20,
        ...overrides,
      });
    },
    async receive(partId, qty, unitCost) {
      await keeper.call('stock/receive', {
        supplier: 'Acme',
        reference: `DN-${partId}-${qty}`,
        lines: [{ partId, received: qty, accepted: qty, rejected: 0, unitCost }],
      });
    },
    async counts() {
      const out: Record<string, number> = {};
      for (const t of [
        'parts',
        'stock_levels',
        'stock_moves',
        'receipts',
        'receipt_lines',
        'audit_log',
      ]) {
        const [row] = (await db(t).count({ n: '*' })) as { n: number | string }[];
        out[t] = Number(row.n);
      }
      return out;
    },
  };
}
