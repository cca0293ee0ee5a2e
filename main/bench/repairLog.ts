import type { Knex } from 'knex';
import type { HandlerContext } from '../contract/handler';
import type { Actor, Role } from '../contract/roles';
import type { Settings } from '../settings/settingsSchema';
import { latestQuoteStatus, partsActions, type PartsActions } from '../stock/partsOffers';
import { ticketChecklist, type TicketChecklist } from './checklist';
import { asHandedBack, costOf, ticketParts, type TicketCost, type TicketPartLine } from './cost';
import type { FaultKind } from './faultCodes';
import { ticketLabour, type Labour } from './labour';
import type { TicketStatus } from './lifecycle';
import { offerOf, type Offer } from '../contract/offer';
import { mustFindBenchTicket, recordCheckRefusal } from './ticketAccess';

// The repair log of a ticket (issue 5, item 3; policy 3.3): what the technician found and did,
// in the words the repair record prints (fault cause, measures, parts, labour, tests) and
// what it cost (item 4). One read gives the bench screen everything it shows.

export const NOTE_KINDS = ['diagnosis', 'note'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export type TicketNote = {
  id: number;
  kind: NoteKind;
  text: string;
  by: { id: number; name: string };
  at: string;
};

export type CodeWords = { id: number; code: string; nameEn: string; nameZh: string };

export type TicketFault = {
  id: number;
  symptom: CodeWords;
  cause: CodeWords;
  measure: CodeWords;
  note: string | null;
  by: { id: number; name: string };
  at: string;
};

export type RepairLog = {
  ticketId: number;
  reportNo: string;
  status: TicketStatus;
  notes: TicketNote[];
  faults: TicketFault[];
  labour: Labour;
  checklist: TicketChecklist;
  parts: TicketPartLine[];
  cost: TicketCost;
  /**
   * Requesting parts and taking them back (stock/partsOffers.ts), recording a test result
   * (checklist/record), as the reader may now.
   */
  actions: PartsActions & { recordCheck: Offer };
};

type Db = Knex | Knex.Transaction;

export async function ticketNotes(db: Db, ticketId: number): Promise<TicketNote[]> {
  const rows = (await db('ticket_notes as n')
    .join('staff as s', 's.id', 'n.created_by')
    .where('n.ticket_id', ticketId)
    .orderBy('n.id')
    .select('n.id', 'n.kind', 'n.text', 'n.created_by', 's.display_name', 'n.created_at')) as {
    id: number;
    kind: NoteKind;
    text: string;
    created_by: number;
    display_name: string;
    created_at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    by: { id: r.created_by, name: r.display_name },
    at: r.created_at,
  }));
}

/** A fault with its three codes' columns, prefixed by kind (symptom_code, cause_en, ...). */
type FaultRow = {
  id: number;
  note: string | null;
  created_by: number;
  display_name: string;
  created_at: string;
} & Record<`${FaultKind}_${'id' | 'code' | 'en' | 'zh'}`, string | number>;

const words = (r: FaultRow, kind: FaultKind): CodeWords => ({
  id: Number(r[`${kind}_id`]),
  code: String(r[`${kind}_code`]),
  nameEn: String(r[`${kind}_en`]),
  nameZh: String(r[`${kind}_zh`]),
});

/** The ticket's faults (removed ones left out), each code in both languages. */
export async function ticketFaults(db: Db, ticketId: number): Promise<TicketFault[]> {
  const rows = (await db('ticket_faults as f')
    .join('fault_codes as sy', 'sy.id', 'f.symptom_code_id')
    .join('fault_codes as ca', 'ca.id', 'f.cause_code_id')
    .join('fault_codes as me', 'me.id', 'f.measure_code_id')
    .join('staff as s', 's.id', 'f.created_by')
    .where('f.ticket_id', ticketId)
    .whereNull('f.removed_at')
    .orderBy('f.id')
    .select(
      'f.id',
      'f.note',
      'f.created_by',
      's.display_name',
      'f.created_at',
      'sy.id as symptom_id',
      'sy.code as symptom_code',
      'sy.name_en as symptom_en',
      'sy.name_zh as symptom_zh',
      'ca.id as cause_id',
      'ca.code as cause_code',
      'ca.name_en as cause_en',
      'ca.name_zh as cause_zh',
      'me.id as measure_id',
      'me.code as measure_code',
      'me.name_en as measure_en',
      'me.name_zh as measure_zh',
    )) as FaultRow[];
  return rows.map((r) => ({
    id: r.id,
    symptom: words(r, 'symptom'),
    cause: words(r, 'cause'),
    measure: words(r, 'measure'),
    note: r.note,
    by: { id: r.created_by, name: r.display_name },
    at: r.created_at,
  }));
}

/** Everything the bench shows of a ticket's repair, as `reader` sees it (their own timer). */
export async function readRepairLog(
  db: Db,
  ticketId: number,
  reader: Actor,
  settings: Settings,
): Promise<RepairLog> {
  const ticket = await mustFindBenchTicket(db, ticketId);
  const labour = await ticketLabour(db, ticketId, reader.id);
  const parts = await ticketParts(db, ticketId);
  const quoteStatus = await latestQuoteStatus(db, ticketId);
  return {
    ticketId: ticket.id,
    reportNo: ticket.reportNo,
    status: ticket.status,
    notes: await ticketNotes(db, ticketId),
    faults: await ticketFaults(db, ticketId),
    labour,
    checklist: await ticketChecklist(db, ticketId),
    parts,
    cost: await asHandedBack(
      db,
      ticketId,
      costOf(
        labour.totalMinutes,
        parts.reduce((n, p) => n + p.cost, 0),
        ticket.warrantyStatus,
        settings.policy.labourRatePerHour,
      ),
    ),
    actions: {
      ...partsActions({ ...ticket, quoteStatus }, parts, reader),
      recordCheck: offerOf(recordCheckRefusal(ticket, reader)),
    },
  };
}

/** The log after a change, as the staff member calling sees it. */
export function repairLogFor(
  ctx: Pick<HandlerContext<readonly Role[]>, 'db' | 'actor' | 'services'>,
  ticketId: number,
): Promise<RepairLog> {
  return readRepairLog(ctx.db, ticketId, ctx.actor, ctx.services.settings.current());
}
