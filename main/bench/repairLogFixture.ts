import type { TestDepot } from '../testing/testCore';
import { stockFixture, type StockFixture } from '../stock/stockFixture';
import { benchFixture, type BenchFixture } from './benchFixture';
import type { TicketStatus } from './lifecycle';

// Repair-log test helpers: the bench's staff and tickets (benchFixture), the stockroom's, and
// shortcuts to a ticket on the bench and to parts issued for it.

export type RepairLogFixture = BenchFixture & {
  stock: StockFixture;
  /** A ticket claimed by `tech` (diagnosing); not covered by warranty when `covered` is false. */
  onBench: (covered?: boolean) => Promise<number>;
  /** Moves a ticket along through bench/transition as `tech`. */
  move: (ticketId: number, ...to: TicketStatus[]) => Promise<void>;
  /** Puts a ticket straight into a status, assigned to `tech` (test setup only). */
  force: (ticketId: number, status: TicketStatus) => Promise<void>;
  /** Requests, approves and issues `issue` units of a part for the ticket; returns the line. */
  issue: (
    ticketId: number,
    partId: number,
    issue: number,
  ) => Promise<{ requisitionId: number; lineId: number }>;
  /** Returns `quantity` unused units of a requisition line to the stockroom. */
  giveBack: (requisitionId: number, lineId: number, quantity: number) => Promise<void>;
  /** Row counts of the repair-log tables and the audit trail. */
  counts: () => Promise<Record<string, number>>;
};

export async function repairLogFixture(depot: TestDepot): Promise<RepairLogFixture> {
  const fx = await benchFixture(depot);
  const stock = await stockFixture(depot);
  const db = depot.core.db;
  return {
    ...fx,
    stock,
    async onBench(covered = true) {
      const id = await fx.ticket({ covered });
      await fx.claimed(id);
      return id;
    },
    async move(ticketId, ...to) {
      for (const status of to) {
        await fx.tech.call('bench/transition', {
          ticketId,
          version: await fx.version(ticketId),
          to: status,
        });
      }
    },
    async force(ticketId, status) {
      const version = (await fx.version(ticketId)) + 1;
      await db('tickets')
        .where({ id: ticketId })
        .update({ status, version, assigned_to: fx.techId });
    },
    async issue(ticketId, partId, quantity) {
      const req = await stock.technician.call('requisitions/create', {
        ticketId,
        lines: [{ partId, quantity }],
      });
      const lineId = req.lines[0].id;
      await stock.supervisor.call('requisitions/decide', {
        id: req.id,
        version: req.version,
        decision: 'approve',
        lines: [{ lineId, approved: quantity }],
      });
      await stock.keeper.call('requisitions/issue', { id: req.id, lines: [{ lineId, quantity }] });
      return { requisitionId: req.id, lineId };
    },
    async giveBack(requisitionId, lineId, quantity) {
      await stock.keeper.call('requisitions/return', {
        id: requisitionId,
        lines: [{ lineId, quantity }],
      });
    },
    async counts() {
      const out: Record<string, number> = {};
      for (const t of [
        'ticket_notes',
        'ticket_faults',
        'labour_entries',
        'ticket_checks',
        'fault_codes',
        'checklist_items',
        'audit_log',
      ]) {
        const [row] = (await db(t).count({ n: '*' })) as { n: number | string }[];
        out[t] = Number(row.n);
      }
      return out;
    },
  };
}
