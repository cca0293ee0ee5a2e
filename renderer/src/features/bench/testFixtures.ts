import type { BenchTicketView, NextAction } from '../../../../main/bench/benchTicket';
import type { ChecklistLine } from '../../../../main/bench/checklist';
import type { Guard, TicketStatus } from '../../../../main/bench/lifecycle';
import type { QueueRow } from '../../../../main/bench/queue';
import type { RepairLog } from '../../../../main/bench/repairLog';
import type { Actor } from '../../../../main/contract/roles';
import { benchActionsFor, repairLogActionsFor } from '../../../../main/testing/views';
import { useSession } from '../../stores/session';
import { ticketFrom } from '../intake/testFixtures';

// Test data for the bench screens, shaped as the core answers (bench/ticket, repairLog/get,
// bench/queue). The technician is staff #3; signInAs comes from the stockroom fixtures.

export { signInAs } from '../stockroom/RequisitionsView/testFixtures';

export const TECH_ID = 3;

/**
 * A ticket as bench/ticket answers it. Its `actions` are computed by the core's own rule for
 * whoever is signed in when they are read (fixtures are often built before the test signs in).
 */
export function benchTicket(overrides: Partial<BenchTicketView> = {}): BenchTicketView {
  const {
    replayed: _replayed,
    actions: _deskActions,
    ...detail
  } = ticketFrom({ status: 'diagnosing' });
  const view: Omit<BenchTicketView, 'actions'> = {
    ...detail,
    status: 'diagnosing',
    assignedTo: { id: TECH_ID, name: 'Lin Chih-hao', at: '2026-03-14T03:00:00.000Z' },
    timeline: [
      {
        id: 1,
        from: 'received',
        to: 'diagnosing',
        note: null,
        by: 'Lin Chih-hao',
        at: '2026-03-14T03:00:00.000Z',
      },
    ],
    history: [
      {
        id: 1,
        kind: 'intake',
        action: 'create',
        by: 'Chen Mei-ling',
        at: '2026-03-14T02:00:00.000Z',
        params: { reportNo: 'R2026-000001' },
      },
      {
        id: 2,
        kind: 'status',
        action: 'transition',
        by: 'Lin Chih-hao',
        at: '2026-03-14T03:00:00.000Z',
        params: { from: 'received', status: 'diagnosing', note: null },
      },
    ],
    quote: null,
    acceptance: null,
    shipments: [],
    nextActions: [],
    ...overrides,
  };
  const nobody: Actor = { id: 0, username: 'nobody', displayName: 'Nobody', roles: [] };
  return Object.defineProperty({ ...view } as BenchTicketView, 'actions', {
    enumerable: true,
    get: () => benchActionsFor(view, useSession.getState().status?.staff ?? nobody),
  });
}

/** Moves as the core sends them: [to, channel, the move's guards, those unmet now]. */
export const moves = (...list: [TicketStatus, string | null, Guard[]?, Guard[]?][]): NextAction[] =>
  list.map(([to, channel, guards = [], unmet = []]) => ({ to, channel, guards, unmet }));

export function checkItem(
  id: number,
  code: string,
  extra: Partial<ChecklistLine> = {},
): ChecklistLine {
  return {
    id,
    productTypeId: null,
    code,
    labelEn: `Check ${code}`,
    labelZh: `檢查 ${code}`,
    sort: id * 10,
    active: true,
    checkId: null,
    result: null,
    note: null,
    by: null,
    at: null,
    ...extra,
  };
}

/**
 * A repair log as repairLog/get answers it; its parts `actions` are computed by the core's rule
 * for whoever is signed in when they are read, on a ticket covered by warranty unless `ticket`
 * says otherwise.
 */
export function repairLog(
  overrides: Partial<Omit<RepairLog, 'actions'>> = {},
  ticket: { warrantyStatus?: string; quoteStatus?: string | null; assignedTo?: number | null } = {},
): RepairLog {
  const items = [checkItem(1, 'POWER'), checkItem(2, 'LEAK')];
  const log: Omit<RepairLog, 'actions'> = {
    ticketId: 21,
    reportNo: 'R2026-000021',
    status: 'diagnosing',
    notes: [],
    faults: [],
    labour: { entries: [], totalMinutes: 0, running: null },
    checklist: {
      source: 'default',
      items,
      passed: false,
      failing: [],
      missing: items.map((i) => i.code),
    },
    parts: [],
    cost: { labourMinutes: 0, labourCost: 0, partsCost: 0, total: 0, borneBy: 'company' },
    ...overrides,
  };
  const facts = {
    id: log.ticketId,
    reportNo: log.reportNo,
    status: log.status,
    warrantyStatus: ticket.warrantyStatus ?? 'covered',
    quoteStatus: ticket.quoteStatus ?? null,
    assignedTo: ticket.assignedTo === undefined ? TECH_ID : ticket.assignedTo,
  };
  const nobody: Actor = { id: 0, username: 'nobody', displayName: 'Nobody', roles: [] };
  return Object.defineProperty({ ...log } as RepairLog, 'actions', {
    enumerable: true,
    get: () => repairLogActionsFor(facts, log.parts, useSession.getState().status?.staff ?? nobody),
  });
}

export function queueRow(id: number, extra: Partial<QueueRow> = {}): QueueRow {
  return {
    id,
    reportNo: `R2026-${String(id).padStart(6, '0')}`,
    status: 'received',
    emergency: false,
    overdue: false,
    reportedAt: '2026-03-14T02:00:00.000Z',
    responseDueAt: null,
    onSiteDueAt: null,
    warrantyStatus: 'covered',
    modelCode: 'WM-80',
    serial: `WM80-${id}`,
    customerName: 'Chen Mei-ling',
    station: 'TPE',
    assignedTo: null,
    version: 1,
    ...extra,
  };
}
