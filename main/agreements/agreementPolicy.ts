import type { Knex } from 'knex';
import type { ProductModel } from '../intake/catalogueRepo';
import type { WarrantyPolicy } from '../intake/warranty';
import { agreementsInForce } from './agreementRepo';

// Policy 2: "some products follow national rules or a separate agreement". The period a unit's
// warranty is counted with: a customer's agreement in force on the intake date that covers the
// unit, in place of the catalogue's period (the model's override or the type's default). When
// several apply, the narrowest wins: one for this model, then one for its type, then one for
// all the customer's units. Agreements of one customer and one scope should never overlap
// (create and merge refuse it); should old data hold two, the latest first day wins, then the
// highest id. `agreementsInForce` returns them in that order.

export async function warrantyPolicyFor(
  db: Knex | Knex.Transaction,
  args: { customerId: number | null; model: ProductModel; intakeDate: string },
): Promise<WarrantyPolicy> {
  if (args.customerId === null) return args.model.warranty;
  const found = await agreementsInForce(db, {
    customerId: args.customerId,
    modelId: args.model.id,
    typeId: args.model.typeId,
    date: args.intakeDate,
  });
  const best = found.at(0);
  if (!best) return args.model.warranty;
  return {
    warrantyMonths: best.warrantyMonths,
    source: 'agreement',
    agreement: { id: best.id, referenceNo: best.referenceNo },
  };
}
