import type { Knex } from 'knex';
import { z } from 'zod';
import { refuse } from '../contract/errors';
import type { Audit } from '../contract/handler';
import { overlappingAgreement } from '../agreements/agreementRepo';
import { findCustomer, mergedInto } from '../intake/customerRepo';
import { idSchema } from '../intake/fields';
import { indexTickets } from '../search/ticketSearch';

// Merging a duplicate customer into the one kept (issue 10, item 6). Every record that names the
// duplicate moves to the customer kept: units (the last known owner), tickets (and with them
// their follow-ups and complaints, which hang off the ticket), per-customer warranty agreements
// (policy 2), and earlier duplicates merged into this one. The duplicate's row is never deleted:
// it stays with its own phones, marked merged into the other, so the audit trail and archived
// documents that name it still resolve. The audit row lists every id that moved.

export const customerMergeSchema = z
  .object({
    keepId: idSchema,
    keepVersion: z.number().int().positive(),
    mergeId: idSchema,
    mergeVersion: z.number().int().positive(),
  })
  .strict();

export type CustomerMerge = z.output<typeof customerMergeSchema>;

export type MergeResult = {
  keepId: number;
  mergeId: number;
  moved: {
    unitIds: number[];
    ticketIds: number[];
    warrantyAgreementIds: number[];
    mergedCustomerIds: number[];
  };
};

/** The tables whose `customer_id` moves with a merge, besides tickets (reindexed below). */
const OWNED = [
  { table: 'units', key: 'unitIds' },
  { table: 'warranty_agreements', key: 'warrantyAgreementIds' },
] as const;

async function live(trx: Knex.Transaction, id: number, version: number, field: string) {
  const customer = await findCustomer(trx, id);
  if (!customer) {
    throw refuse('NOT_FOUND', 'customers.notFound', {
      params: { id },
      field,
      message: `${field}: No customer #${id}`,
    });
  }
  const kept = await mergedInto(trx, id);
  if (kept) {
    throw refuse('RULE', 'customers.alreadyMerged', {
      params: { id, name: customer.name, keptId: kept.id, keptName: kept.name },
      field,
      message: `${field}: Customer #${id} ${customer.name} was already merged into #${kept.id} ${kept.name}`,
      details: { mergedIntoId: kept.id },
    });
  }
  if (customer.version !== version) {
    throw refuse('CONFLICT', 'core.changedElsewhere', {
      params: { record: customer.name },
      field,
      message: `Customer ${customer.name} was changed by someone else; reload and try again.`,
      details: { expected: version, actual: customer.version },
    });
  }
  return customer;
}

async function moveRows(
  trx: Knex.Transaction,
  table: string,
  column: string,
  from: number,
  to: number,
): Promise<number[]> {
  const rows: { id: number }[] = await trx(table).where(column, from).orderBy('id').select('id');
  if (rows.length > 0)
    await trx(table)
      .where(column, from)
      .update({ [column]: to });
  return rows.map((r) => r.id);
}

/**
 * Policy 2: one agreement per customer and scope on any day, as `agreements/create` checks, so
 * a duplicate's agreement may not move onto days the kept customer's own already covers.
 */
async function refuseOverlappingAgreements(trx: Knex.Transaction, keepId: number, mergeId: number) {
  if (!(await trx.schema.hasTable('warranty_agreements'))) return;
  const moving: {
    reference_no: string;
    product_type_id: number | null;
    product_model_id: number | null;
    valid_from: string;
    valid_to: string | null;
  }[] = await trx('warranty_agreements')
    .where({ customer_id: mergeId, active: true })
    .orderBy('id')
    .select('reference_no', 'product_type_id', 'product_model_id', 'valid_from', 'valid_to');
  for (const a of moving) {
    const clash = await overlappingAgreement(trx, {
      customerId: keepId,
      productTypeId: a.product_type_id,
      productModelId: a.product_model_id,
      validFrom: a.valid_from,
      validTo: a.valid_to,
    });
    if (clash) {
      throw refuse('RULE', 'customers.agreementsOverlap', {
        params: { agreement: a.reference_no, keptAgreement: clash.referenceNo },
        field: 'mergeId',
        message: `mergeId: agreement ${a.reference_no} of the duplicate overlaps agreement ${clash.referenceNo} of the customer kept for the same units; end one of them first`,
        details: { agreements: [a.reference_no, clash.referenceNo] },
      });
    }
  }
}

export async function mergeCustomers(
  trx: Knex.Transaction,
  audit: Audit,
  input: CustomerMerge,
  deps: { actorId: number; at: string },
): Promise<MergeResult> {
  if (input.keepId === input.mergeId) {
    throw refuse('RULE', 'customers.mergeIntoItself', {
      field: 'mergeId',
      message: 'mergeId: A customer cannot be merged into itself',
    });
  }
  const keep = await live(trx, input.keepId, input.keepVersion, 'keepId');
  const merge = await live(trx, input.mergeId, input.mergeVersion, 'mergeId');
  await refuseOverlappingAgreements(trx, keep.id, merge.id);

  const moved: MergeResult['moved'] = {
    unitIds: [],
    ticketIds: await moveRows(trx, 'tickets', 'customer_id', merge.id, keep.id),
    warrantyAgreementIds: [],
    // Earlier duplicates of the merged one now point at the customer kept (never a chain).
    mergedCustomerIds: await moveRows(trx, 'customers', 'merged_into_id', merge.id, keep.id),
  };
  for (const { table, key } of OWNED) {
    if (await trx.schema.hasTable(table)) {
      moved[key] = await moveRows(trx, table, 'customer_id', merge.id, keep.id);
    }
  }
  await trx('customers')
    .where({ id: merge.id })
    .update({
      merged_into_id: keep.id,
      merged_at: deps.at,
      merged_by: deps.actorId,
      updated_at: deps.at,
      version: merge.version + 1,
    });
  await trx('customers')
    .where({ id: keep.id })
    .update({ updated_at: deps.at, version: keep.version + 1 });
  // The quick search finds a ticket by its customer's name and phones: now the kept one's.
  await indexTickets(trx, moved.ticketIds);
  await audit({
    entity: 'customer',
    entityId: merge.id,
    action: 'merge',
    before: { customer: merge },
    after: { mergedIntoId: keep.id, moved },
  });
  await audit({
    entity: 'customer',
    entityId: keep.id,
    action: 'mergeIn',
    after: { mergedId: merge.id, moved },
  });
  return { keepId: keep.id, mergeId: merge.id, moved };
}
