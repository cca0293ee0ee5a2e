import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import type { Role } from '../contract/roles';
import { findModel } from './catalogueRepo';
import { findCustomer, insertCustomer, mergedInto } from './customerRepo';
import { refuse } from '../contract/errors';
import type { CreateTicketInput } from './ticketSchemas';
import { findUnit, findUnitBySerial, insertUnit, type Unit } from './unitRepo';
import { recordInvoice } from './unitInvoice';
import { newTicketRefusal, openTicketOf } from './unitOpenTicket';

// The customer and the unit of a new ticket: existing ones by id, or new ones registered in
// the ticket's transaction (issue 3, item 8: a new customer can be added inline).

export async function resolveCustomer(
  trx: Knex.Transaction,
  input: CreateTicketInput,
  at: string,
  audit: Audit,
): Promise<number> {
  if (input.customerId !== undefined) {
    if (!(await findCustomer(trx, input.customerId))) {
      throw refuse('NOT_FOUND', 'customers.notFound', {
        params: { id: input.customerId },
        field: 'customerId',
        message: `customerId: no customer #${input.customerId}`,
      });
    }
    // A merged duplicate takes no new tickets (issue 10, item 6): the customer kept does.
    const kept = await mergedInto(trx, input.customerId);
    if (kept) {
      throw refuse('RULE', 'customers.mergedInto', {
        params: { id: input.customerId, keptId: kept.id, keptName: kept.name },
        field: 'customerId',
        message: `customerId: customer #${input.customerId} was merged into #${kept.id} ${kept.name}: use that customer`,
        details: { mergedIntoId: kept.id },
      });
    }
    return input.customerId;
  }
  const id = await insertCustomer(trx, input.newCustomer!, at);
  await audit({ entity: 'customer', entityId: id, action: 'create', after: input.newCustomer });
  return id;
}

export async function resolveUnit(
  trx: Knex.Transaction,
  input: CreateTicketInput,
  customerId: number,
  audit: Audit,
  deps: { at: string; today: string; roles: readonly Role[] },
): Promise<Unit> {
  const { at } = deps;
  if (input.unitId !== undefined) {
    const found = await findUnit(trx, input.unitId);
    if (!found) {
      throw refuse('NOT_FOUND', 'intake.unitNotFound', {
        params: { id: input.unitId },
        field: 'unitId',
        message: `unitId: no unit #${input.unitId}`,
      });
    }
    const open = await openTicketOf(trx, found.id);
    const refusal = newTicketRefusal(found.serial, open);
    if (refusal) {
      throw refuse(refusal.code, refusal.reason, {
        params: refusal.params as never,
        field: 'unitId',
        message: `unitId: ${refusal.message}`,
        details: { ticketId: open!.id },
      });
    }
    const unit = input.unitInvoice
      ? await recordInvoice(trx, audit, found.id, input.unitInvoice, {
          ...deps,
          field: 'unitInvoice',
        })
      : found;
    if (unit.customerId !== customerId) {
      await trx('units')
        .where({ id: unit.id })
        .update({ customer_id: customerId, updated_at: at, version: unit.version + 1 });
      await audit({
        entity: 'unit',
        entityId: unit.id,
        action: 'changeOwner',
        before: { customerId: unit.customerId },
        after: { customerId },
      });
    }
    return { ...unit, customerId };
  }
  const u = input.newUnit!;
  const model = await findModel(trx, u.modelId);
  if (!model || !model.active) {
    throw refuse('NOT_FOUND', 'intake.modelNotFound', {
      params: { id: u.modelId },
      field: 'newUnit.modelId',
      message: `newUnit.modelId: unknown product model #${u.modelId}`,
    });
  }
  const known = await findUnitBySerial(trx, u.modelId, u.serial);
  if (known) {
    // Issue 3: a serial registered before is recognised, never duplicated.
    throw refuse('CONFLICT', 'intake.serialRegistered', {
      params: { serial: u.serial, model: model.code },
      field: 'newUnit.serial',
      message: `newUnit.serial: serial ${u.serial} is already registered for ${model.code} (unit #${known.id})`,
      details: { unitId: known.id },
    });
  }
  const fields = { ...u, customerId };
  const id = await insertUnit(trx, fields, at);
  await audit({ entity: 'unit', entityId: id, action: 'create', after: fields });
  return { id, ...fields, version: 1 };
}
