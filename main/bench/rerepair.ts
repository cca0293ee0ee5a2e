import { createHash, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import { allocateReportNumber } from '../intake/reportNumber';
import { insertedId } from '../intake/rows';
import { refreshRerepair } from '../outcomes/outcomes';
import { emergencyDues } from '../intake/workingDays';
import { localDate } from '../intake/zonedTime';
import type { Settings } from '../settings/settingsSchema';
import { indexTickets } from '../search/ticketSearch';

// A re-repair (返修, policy 3.4): the customer rejected the repair at acceptance, so the unit
// goes back on the bench as a new ticket linked to the original (repeat_of_ticket_id), with its
// own report number, the same customer, unit, station and warranty decision, and the same
// technician, whose success rate it counts against (policy 4).

export async function openRerepair(
  trx: Knex.Transaction,
  audit: Audit,
  r: {
    originalId: number;
    reason: string;
    actorId: number;
    at: Date;
    timeZone: string;
    settings: Pick<Settings, 'policy' | 'calendar'>;
  },
): Promise<{ id: number; reportNo: string }> {
  const o = (await trx('tickets').where({ id: r.originalId }).first()) as Record<
    string,
    unknown
  > & {
    report_no: string;
    assigned_to: number | null;
  };
  const at = r.at.toISOString();
  // An emergency comes back as one, with its promise counted again from now (policy 2).
  const emergency = o.emergency === true || o.emergency === 1;
  const dues = emergency
    ? emergencyDues(r.at, r.settings.policy, r.settings.calendar, r.timeZone)
    : null;
  const number = await allocateReportNumber(trx, Number(localDate(r.at, r.timeZone).slice(0, 4)));
  const clientRequestId = randomUUID();
  const [row] = await trx('tickets')
    .insert({
      report_no: number.reportNo,
      report_year: number.year,
      report_seq: number.seq,
      channel: 'counter',
      reported_at: at,
      customer_id: o.customer_id,
      unit_id: o.unit_id,
      station_id: o.station_id,
      fault_description: `Re-repair of ${o.report_no} / 返修: ${r.reason}`.slice(0, 2000),
      accessories: o.accessories,
      accessories_note: o.accessories_note,
      condition: o.condition,
      emergency: o.emergency,
      status: 'received',
      warranty_status: o.warranty_status,
      warranty_snapshot: o.warranty_snapshot,
      not_covered_explanation: o.not_covered_explanation,
      offer: o.offer,
      response_due_at: dues?.responseDueAt ?? null,
      onsite_due_at: dues?.onSiteDueAt ?? null,
      repeat_of_ticket_id: r.originalId,
      client_request_id: clientRequestId,
      request_hash: createHash('sha256').update(`rerepair:${r.originalId}`).digest('hex'),
      assigned_to: o.assigned_to,
      assigned_at: o.assigned_to === null ? null : at,
      created_by: r.actorId,
      created_at: at,
      updated_at: at,
    })
    .returning('id');
  const id = insertedId(row);
  await refreshRerepair(trx, r.originalId);
  await audit({
    entity: 'ticket',
    entityId: id,
    action: 'create',
    after: { reportNo: number.reportNo, rerepairOf: r.originalId, reason: r.reason },
  });
  await indexTickets(trx, [id]);
  return { id, reportNo: number.reportNo };
}
