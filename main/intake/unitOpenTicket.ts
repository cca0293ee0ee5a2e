import type { Knex } from 'knex';
import type { TicketStatus } from '../bench/lifecycle';
import { offerOf, type Offer, type Refusal } from '../contract/offer';

// One open ticket per unit: a unit already in the depot's hands takes no second registration
// until its ticket is completed or cancelled. tickets/create refuses by this rule, and the unit
// lookup sends the same answer with the unit, so the desk knows before the customer signs
// (issue 11, item 5).

/** The unit's ticket that is neither completed nor cancelled, if any. */
export type OpenTicket = { id: number; reportNo: string; status: TicketStatus };

export async function openTicketOf(db: Knex, unitId: number): Promise<OpenTicket | null> {
  const row: { id: number; report_no: string; status: TicketStatus } | undefined = await db(
    'tickets',
  )
    .where({ unit_id: unitId })
    .whereNull('completed_at')
    .whereNot({ status: 'cancelled' })
    .first('id', 'report_no', 'status');
  return row ? { id: row.id, reportNo: row.report_no, status: row.status } : null;
}

/** Why a new ticket for this unit would be refused, or null when it may be registered. */
export function newTicketRefusal(serial: string, open: OpenTicket | null): Refusal | null {
  if (!open) return null;
  return {
    code: 'CONFLICT',
    reason: 'intake.unitHasOpenTicket',
    params: { serial, reportNo: open.reportNo },
    message: `unit ${serial} already has an open ticket ${open.reportNo}`,
  };
}

/** What the unit lookup tells the desk: the open ticket and whether a new one may be registered. */
export async function newTicketOffer(
  db: Knex,
  unit: { id: number; serial: string },
): Promise<{ openTicket: OpenTicket | null; newTicket: Offer }> {
  const openTicket = await openTicketOf(db, unit.id);
  return { openTicket, newTicket: offerOf(newTicketRefusal(unit.serial, openTicket)) };
}
