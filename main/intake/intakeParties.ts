import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import type { Role } from '../contract/roles';
import { findModel } from './catalogueRepo';
import { findCustomer, insertCustomer, mergedInto } from './customerRepo';
import { fieldError as fail } from './fieldError';
import type { CreateTicketInput } from './ticketSchemas';
import { findUnit, findUnitBySerial, insertUnit, type Unit } from './unitRepo';
import { recordInvoice } from './unitInvoice';

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
      throw fail('NOT_FOUND', 'customerId', `no customer #${input.customerId}`);
    }
    // A merged duplicate takes no new tickets (issue 10, item 6): the customer kept does.
    const kept = await mergedInto(trx, input.customerId);
    if (kept) {
      throw fail(
        'RULE',
        'customerId',
        `customer #${input.customerId} was merged into #${kept.id} ${kept.name}: use that customer`,
        { mergedIntoId: kept.id },
      );
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
    if (!found) throw fail('NOT_FOUND', 'unitId', `no unit #${input.unitId}`);
    const open = await trx('tickets')
      .where({ unit_id: found.id })
      .whereNull('completed_at')
      .whereNot({ status: 'cancelled' })
      .first('id', 'report_no');
    if (open) {
      throw fail(
        'CONFLICT',
        'unitId',
        `unit ${found.serial} already has an open ticket ${open.report_no}`,
        { ticketId: open.id },
      );
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
  if (!model || !model.active)
    throw fail('NOT_FOUND', 'newUnit.modelId', `unknown product model #${u.modelId}`);
  const known = await findUnitBySerial(trx, u.modelId, u.serial);
  if (known) {
    // Issue 3: a serial registered before is recognised, never duplicated.
    throw fail(
      'CONFLICT',
      'newUnit.serial',
      `serial ${u.serial} is already registered for ${model.code} (unit #${known.id})`,
      { unitId: known.id },
    );
  }
  const fields = { ...u, customerId };
  const id = await insertUnit(trx, fields, at);
  await audit({ entity: 'unit', entityId: id, action: 'create', after: fields });
  return { id, ...fields, version: 1 };
}
