import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { indexTickets } from '../search/ticketSearch';
import { warrantyPolicyFor } from '../agreements/agreementPolicy';
import { DepotError, refuse } from '../contract/errors';
import { refreshRerepair } from '../outcomes/outcomes';
import type { Audit } from '../contract/handler';
import type { Role } from '../contract/roles';
import type { Settings } from '../settings/settingsSchema';
import { addDays } from './civilDate';
import { findModel } from './catalogueRepo';
import { resolveCustomer, resolveUnit } from './intakeParties';
import { allocateReportNumber } from './reportNumber';
import { insertedId } from './rows';
import type { CreateTicketInput } from './ticketSchemas';
import { decideWarranty, type WarrantyDecision } from './warranty';
import { emergencyDues } from './workingDays';
import { localDate, startOfLocalDay } from './zonedTime';
import { toStored } from './warrantySnapshot';
import { needsExplanation } from '../rules/intake';

// Intake of a returned unit (policy 3.1, issue 3): customer, unit, ticket with its report
// number, warranty snapshot, SLA dues and audit rows, all in the caller's one transaction.

/** How long after a phone call or e-mail a clerk may still record it with its own time. */
export const LATE_ENTRY_HOURS = 72;

export type IntakeDeps = {
  actor: { id: number; displayName: string; roles: readonly Role[] };
  now: Date;
  settings: Settings;
  timeZone: string;
};

export function requestHash(input: CreateTicketInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

/** The ticket an earlier submit with this key created, or null; a reused key with other content is refused. */
export async function replayOf(db: Knex, input: CreateTicketInput): Promise<number | null> {
  const row = await db('tickets')
    .where({ client_request_id: input.clientRequestId })
    .first('id', 'request_hash');
  if (!row) return null;
  if (row.request_hash !== requestHash(input)) {
    throw refuse('CONFLICT', 'intake.requestIdReused', {
      field: 'clientRequestId',
      message: 'clientRequestId: this request id was already used for a different ticket',
    });
  }
  return row.id as number;
}

/** Renames the pure engine's field (invoiceDate) to where the clerk typed it. */
function decide(args: Parameters<typeof decideWarranty>[0], newUnit: boolean): WarrantyDecision {
  try {
    return decideWarranty(args);
  } catch (error) {
    if (newUnit && error instanceof DepotError && error.field === 'invoiceDate') {
      const field = 'newUnit.invoiceDate';
      throw error.onField(field, error.message.replace(/^invoiceDate: /, `${field}: `));
    }
    throw error;
  }
}

export async function createTicket(
  trx: Knex.Transaction,
  audit: Audit,
  input: CreateTicketInput,
  deps: IntakeDeps,
): Promise<number> {
  const { now, settings, timeZone } = deps;
  const at = now.toISOString();
  const reportedAt = input.reportedAt ? new Date(input.reportedAt) : now;
  if (reportedAt.getTime() > now.getTime() + 5 * 60_000)
    throw refuse('VALIDATION', 'intake.reportedInFuture', {
      field: 'reportedAt',
      message: 'reportedAt: is in the future',
    });
  // The warranty is decided against the report date, so a clerk may not backdate it: a report
  // typed in later than LATE_ENTRY_HOURS needs a supervisor (and the audit row keeps the date).
  if (
    reportedAt.getTime() < now.getTime() - LATE_ENTRY_HOURS * 3_600_000 &&
    !deps.actor.roles.includes('supervisor')
  ) {
    throw refuse('RULE', 'intake.lateReport', {
      params: { hours: LATE_ENTRY_HOURS },
      field: 'reportedAt',
      message: `reportedAt: is more than ${LATE_ENTRY_HOURS} hours ago; a supervisor records late reports`,
    });
  }

  const station = await trx('repair_stations').where({ id: input.stationId }).first('id', 'active');
  if (!station || !station.active) {
    throw refuse('NOT_FOUND', 'intake.stationNotFound', {
      params: { id: input.stationId },
      field: 'stationId',
      message: `stationId: no active repair station #${input.stationId}`,
    });
  }

  const customerId = await resolveCustomer(trx, input, at, audit);
  const unit = await resolveUnit(trx, input, customerId, audit, {
    at,
    today: localDate(now, timeZone),
    roles: deps.actor.roles,
  });
  const model = (await findModel(trx, unit.modelId))!;
  const intakeDate = localDate(reportedAt, timeZone);
  // Policy 2: decided against the period in force today (the customer's agreement, else the
  // catalogue's) and snapshotted on the ticket, so a later change to the type, the model or
  // the agreement never rewrites this decision.
  const warranty = decide(
    {
      intakeDate,
      today: localDate(now, timeZone),
      invoiceDate: unit.invoiceDate,
      policy: await warrantyPolicyFor(trx, { customerId, model, intakeDate }),
      exclusions: input.exclusions,
    },
    input.newUnit !== undefined,
  );
  // Policy 3.1: a case that is not covered is explained to the customer, with the paid alternative.
  if (needsExplanation(warranty.covered, input.notCoveredExplanation)) {
    throw refuse('RULE', 'intake.explainNotCovered', {
      field: 'notCoveredExplanation',
      message:
        'notCoveredExplanation: explain to the customer why the case is not covered (policy 3.1)',
    });
  }
  if (warranty.covered && (input.notCoveredExplanation || input.offer)) {
    const field = input.offer ? 'offer' : 'notCoveredExplanation';
    throw refuse('RULE', 'intake.coveredNoAlternative', {
      field,
      message: `${field}: the case is covered by the warranty; no paid alternative applies`,
    });
  }

  const emergency = input.emergency ?? model.emergency;
  const dues = emergency
    ? emergencyDues(reportedAt, settings.policy, settings.calendar, timeZone)
    : null;

  // Policy 4 (repair success rate): back within the window after a completed repair = re-repair.
  const windowStart = startOfLocalDay(
    addDays(localDate(reportedAt, timeZone), -settings.policy.reRepairWindowDays),
    timeZone,
  );
  const earlier = await trx('tickets')
    .where({ unit_id: unit.id })
    .whereNot({ status: 'cancelled' })
    .where('completed_at', '>=', windowStart.toISOString())
    .orderBy('completed_at', 'desc')
    .first('id');

  const number = await allocateReportNumber(trx, Number(localDate(now, timeZone).slice(0, 4)));
  const [row] = await trx('tickets')
    .insert({
      report_no: number.reportNo,
      report_year: number.year,
      report_seq: number.seq,
      channel: input.channel,
      reported_at: reportedAt.toISOString(),
      customer_id: customerId,
      unit_id: unit.id,
      station_id: input.stationId,
      fault_description: input.faultDescription,
      accessories: JSON.stringify(input.accessories),
      accessories_note: input.accessoriesNote,
      condition: input.condition,
      emergency,
      status: 'received',
      warranty_status: warranty.status,
      warranty_snapshot: toStored(warranty),
      not_covered_explanation: input.notCoveredExplanation,
      offer: input.offer,
      repeat_of_ticket_id: earlier?.id ?? null,
      response_due_at: dues?.responseDueAt ?? null,
      onsite_due_at: dues?.onSiteDueAt ?? null,
      client_request_id: input.clientRequestId,
      request_hash: requestHash(input),
      created_by: deps.actor.id,
      created_at: at,
      updated_at: at,
    })
    .returning('id');
  const id = insertedId(row);
  // A unit back within the re-repair window counts against the repair it repeats (policy 4).
  if (earlier) await refreshRerepair(trx, earlier.id);
  await audit({
    entity: 'ticket',
    entityId: id,
    action: 'create',
    after: {
      reportNo: number.reportNo,
      reportedAt: reportedAt.toISOString(),
      customerId,
      unitId: unit.id,
      stationId: input.stationId,
      warranty: warranty.status,
      emergency,
      repeatOf: earlier?.id ?? null,
    },
  });
  // In the same transaction, so quick search finds exactly what was committed. Only this
  // ticket: a dealer may have thousands, and an intake changes no customer's name or phones.
  await indexTickets(trx, [id]);
  return id;
}
