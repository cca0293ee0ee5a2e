import type { Knex } from 'knex';
import { z } from 'zod';
import { refuse } from '../contract/errors';
import type { Audit } from '../contract/handler';
import type { Role } from '../contract/roles';
import { invoiceDateSchema, patchLine } from './fields';
import { findUnit, type Unit } from './unitRepo';

// A unit's purchase invoice (policy 2: the warranty period starts on the invoice date). Recorded
// by `units/update`, or by `tickets/create` for a known unit whose customer shows the invoice at
// the counter: then in the ticket's own transaction, so a refused intake records nothing.

export const invoicePatchSchema = z
  .object({
    version: z.number().int().positive(),
    invoiceDate: invoiceDateSchema.nullable().optional(),
    invoiceNo: patchLine('Invoice number', 40),
    seller: patchLine('Seller', 120),
  })
  .strict();

export type InvoicePatch = z.output<typeof invoicePatchSchema>;

/**
 * Applies the patch to unit `id` (version-checked) and audits it; `field` prefixes the error
 * fields so a refusal points at what the clerk typed (`invoiceDate` or `unitInvoice.invoiceDate`).
 */
export async function recordInvoice(
  trx: Knex.Transaction,
  audit: Audit,
  id: number,
  patch: InvoicePatch,
  deps: { roles: readonly Role[]; at: string; today: string; field?: string },
): Promise<Unit> {
  const field = (name: string) => (deps.field ? `${deps.field}.${name}` : name);
  const before = await findUnit(trx, id);
  if (!before) {
    throw refuse('NOT_FOUND', 'intake.unitNotFound', {
      params: { id },
      field: field('id'),
      message: `No unit #${id}.`,
    });
  }
  if (before.version !== patch.version) {
    throw refuse('CONFLICT', 'core.changedElsewhere', {
      params: { record: before.serial },
      message: `Unit ${before.serial} was changed by someone else; reload and try again.`,
      details: { expected: patch.version, actual: before.version },
    });
  }
  const invoiceDate = patch.invoiceDate === undefined ? before.invoiceDate : patch.invoiceDate;
  if (invoiceDate !== null && invoiceDate > deps.today) {
    throw refuse('VALIDATION', 'intake.invoiceInFuture', {
      params: { invoiceDate },
      field: field('invoiceDate'),
      message: `invoiceDate: the purchase invoice date ${invoiceDate} is in the future`,
    });
  }
  // Policy 2: the invoice date starts the warranty period, so once recorded only a supervisor
  // may change it (a clerk may fill in a missing one).
  const isSupervisor = deps.roles.some((r) => r === 'supervisor' || r === 'admin');
  if (before.invoiceDate !== null && invoiceDate !== before.invoiceDate && !isSupervisor) {
    throw refuse('RULE', 'intake.invoiceDateSupervisorOnly', {
      field: field('invoiceDate'),
      message: 'invoiceDate: only a supervisor may change a recorded purchase invoice date.',
    });
  }
  await trx('units')
    .where({ id })
    .update({
      invoice_date: invoiceDate,
      ...(patch.invoiceNo !== undefined && { invoice_no: patch.invoiceNo }),
      ...(patch.seller !== undefined && { seller: patch.seller }),
      updated_at: deps.at,
      version: before.version + 1,
    });
  const after = (await findUnit(trx, id))!;
  await audit({ entity: 'unit', entityId: id, action: 'update', before, after });
  return after;
}
