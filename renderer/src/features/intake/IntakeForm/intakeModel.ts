import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { Input } from '../../../bridge';
import type { Customer } from '../../../../../main/intake/customerRepo';
import type { UnitRecord } from '../../../../../main/intake/unitRepo';
import type { WarrantyDecision } from '../../../../../main/intake/warranty';
import { EXCLUSIONS, type Exclusion, type IntakeChannel, type IntakeOffer } from '../codes';
import { needsExplanation, reachable } from '../../../../../main/rules/intake';

// The intake form's values, what it checks before sending, and how it becomes one
// `tickets/create`. Pure, so the rules read (and are tested) without a screen.

export type IntakeValues = {
  serial: string;
  /** The unit's model and purchase invoice: typed for a new unit, shown for a registered one. */
  newUnit: {
    modelId: string | null;
    invoiceDate: string | null;
    invoiceNo: string;
    seller: string;
  };
  customerMode: 'find' | 'new';
  customerQuery: string;
  newCustomer: {
    kind: 'person' | 'company';
    name: string;
    phones: string[];
    email: string;
    address: string;
  };
  channel: IntakeChannel;
  stationId: string | null;
  faultDescription: string;
  accessories: string[];
  accessoriesNote: string;
  condition: string;
  emergency: boolean;
  /** Policy 2's five exclusions, each with what the clerk found. */
  exclusions: Record<Exclusion, { checked: boolean; note: string }>;
  notCoveredExplanation: string;
  offer: IntakeOffer | null;
};

/** The serial as looked up: nothing yet, on its way, a registered unit, a choice, or new. */
export type UnitState =
  | { kind: 'idle' }
  | { kind: 'loading'; serial: string }
  | { kind: 'known'; serial: string; scanned: boolean; record: UnitRecord; matches: UnitRecord[] }
  | { kind: 'choose'; serial: string; scanned: boolean; matches: UnitRecord[] }
  | { kind: 'new'; serial: string; scanned: boolean; matches: UnitRecord[] };

export function initialValues(stationId: number | null): IntakeValues {
  return {
    serial: '',
    newUnit: { modelId: null, invoiceDate: null, invoiceNo: '', seller: '' },
    customerMode: 'find',
    customerQuery: '',
    newCustomer: { kind: 'person', name: '', phones: [''], email: '', address: '' },
    channel: 'counter',
    stationId: stationId === null ? null : String(stationId),
    faultDescription: '',
    accessories: [],
    accessoriesNote: '',
    condition: '',
    emergency: false,
    exclusions: Object.fromEntries(
      EXCLUSIONS.map((r) => [r, { checked: false, note: '' }]),
    ) as IntakeValues['exclusions'],
    notCoveredExplanation: '',
    offer: null,
  };
}

/** The serial as the core stores it (trimmed, capitals), to compare with a looked-up one. */
export const normaliseSerial = (s: string) => s.trim().toUpperCase();

export function modelIdOf(values: IntakeValues, unit: UnitState): number | null {
  if (unit.kind === 'known') return unit.record.model.id;
  if (unit.kind !== 'new' || values.newUnit.modelId === null) return null;
  return Number(values.newUnit.modelId);
}

/** With a purchase invoice date, "expired" follows from the dates; the clerk cannot tick it. */
export function expiredFromDates(values: IntakeValues): boolean {
  return values.newUnit.invoiceDate !== null;
}

export function checkedExclusions(values: IntakeValues): { reason: Exclusion; note: string }[] {
  return EXCLUSIONS.filter(
    (r) => values.exclusions[r].checked && !(r === 'expired' && expiredFromDates(values)),
  ).map((reason) => ({ reason, note: values.exclusions[reason].note.trim() }));
}

const nonEmptyPhones = (values: IntakeValues) =>
  values.newCustomer.phones.map((p) => p.trim()).filter((p) => p !== '');

export type CheckContext = {
  unit: UnitState;
  customer: Customer | null;
  decision: WarrantyDecision | null;
  signed: boolean;
  t: TFunction;
};

/** What the form can tell before asking the core; the core checks everything again. */
export function checkIntake(values: IntakeValues, ctx: CheckContext): FormErrors {
  const { t, unit } = ctx;
  const errors: FormErrors = {};
  const required = t('validation.required');
  if (!values.serial.trim()) errors.serial = required;
  else if (unit.kind !== 'known' && unit.kind !== 'new')
    errors.serial = t('intake.unit.lookupFirst');
  if (unit.kind === 'new' && values.newUnit.modelId === null) errors['newUnit.modelId'] = required;

  if (values.customerMode === 'find' && !ctx.customer) {
    errors.customerQuery = t('intake.customer.choose');
  }
  if (values.customerMode === 'new') {
    if (!values.newCustomer.name.trim()) errors['newCustomer.name'] = required;
    if (!reachable({ phones: nonEmptyPhones(values), email: values.newCustomer.email })) {
      errors['newCustomer.phones.0'] = t('intake.customer.contactRule');
    }
  }
  if (values.stationId === null) errors.stationId = required;
  if (!values.faultDescription.trim()) errors.faultDescription = required;
  for (const e of EXCLUSIONS) {
    if (values.exclusions[e].checked && !values.exclusions[e].note.trim()) {
      errors[`exclusions.${e}.note`] = required;
    }
  }
  if (ctx.decision && needsExplanation(ctx.decision.covered, values.notCoveredExplanation)) {
    errors.notCoveredExplanation = required;
  }
  if (values.channel === 'counter' && !ctx.signed)
    errors.signature = t('intake.signature.required');
  return errors;
}

/**
 * A registered unit without an invoice date, whose customer shows the invoice now: recorded by
 * the core with the ticket, in one transaction (a refused intake records nothing).
 */
export function invoiceRecord(
  values: IntakeValues,
  unit: UnitState,
): Input<'tickets/create'>['unitInvoice'] | null {
  if (unit.kind !== 'known' || unit.record.unit.invoiceDate !== null) return null;
  if (values.newUnit.invoiceDate === null) return null;
  return {
    version: unit.record.unit.version,
    invoiceDate: values.newUnit.invoiceDate,
    invoiceNo: values.newUnit.invoiceNo.trim() || null,
    seller: values.newUnit.seller.trim() || null,
  };
}

export function toCreateInput(
  values: IntakeValues,
  ctx: {
    clientRequestId: string;
    unit: UnitState;
    customer: Customer | null;
    decision: WarrantyDecision | null;
  },
): Input<'tickets/create'> {
  const { unit } = ctx;
  const notCovered = ctx.decision !== null && !ctx.decision.covered;
  const explanation = values.notCoveredExplanation.trim();
  const unitInvoice = invoiceRecord(values, unit);
  return {
    clientRequestId: ctx.clientRequestId,
    channel: values.channel,
    stationId: Number(values.stationId),
    ...(unit.kind === 'known'
      ? { unitId: unit.record.unit.id, ...(unitInvoice && { unitInvoice }) }
      : {
          newUnit: {
            modelId: Number(values.newUnit.modelId),
            serial: values.serial.trim(),
            invoiceDate: values.newUnit.invoiceDate,
            invoiceNo: values.newUnit.invoiceNo.trim() || null,
            seller: values.newUnit.seller.trim() || null,
          },
        }),
    ...(values.customerMode === 'find' && ctx.customer
      ? { customerId: ctx.customer.id }
      : {
          newCustomer: {
            kind: values.newCustomer.kind,
            name: values.newCustomer.name.trim(),
            phones: nonEmptyPhones(values),
            email: values.newCustomer.email.trim() || null,
            address: values.newCustomer.address.trim() || null,
          },
        }),
    faultDescription: values.faultDescription.trim(),
    accessories: values.accessories,
    accessoriesNote: values.accessoriesNote.trim(),
    condition: values.condition.trim(),
    emergency: values.emergency,
    exclusions: checkedExclusions(values),
    // Policy 3.1: the explanation and the offer belong to a case that is not covered only.
    ...(notCovered && explanation && { notCoveredExplanation: explanation }),
    ...(notCovered && values.offer && { offer: values.offer }),
  };
}

/**
 * Where a core error's field path shows on this form. The core names the input's paths
 * (`newUnit.serial`, `exclusions.0.note`, `newCustomer.phones.1`); the form keeps the serial
 * on top, the exclusions by reason and the phones with blanks. Null: no field, notify.
 */
export function formPathOf(field: string, values: IntakeValues, sent: Input<'tickets/create'>) {
  const parts = field.split('.');
  const [head, second, third] = parts;
  switch (head) {
    case 'serial':
    case 'unitId':
      return 'serial';
    case 'invoiceDate':
    case 'invoiceNo':
    case 'seller':
      return `newUnit.${head}`;
    case 'newUnit':
      return second === 'serial' ? 'serial' : second ? `newUnit.${second}` : 'serial';
    case 'customerId':
      return 'customerQuery';
    case 'newCustomer': {
      if (second !== 'phones') return second ? `newCustomer.${second}` : 'newCustomer.name';
      // The n-th phone sent is the n-th non-blank one typed.
      const typed = values.newCustomer.phones
        .map((p, i) => ({ p: p.trim(), i }))
        .filter((x) => x.p !== '');
      const index = third === undefined ? 0 : (typed[Number(third)]?.i ?? 0);
      return `newCustomer.phones.${index}`;
    }
    case 'exclusions': {
      const reason = second === undefined ? undefined : sent.exclusions?.[Number(second)]?.reason;
      return reason ? `exclusions.${reason}.note` : 'exclusions';
    }
    case 'accessories':
      return 'accessories';
    case 'stationId':
    case 'channel':
    case 'faultDescription':
    case 'accessoriesNote':
    case 'condition':
    case 'notCoveredExplanation':
    case 'offer':
      return head;
    default:
      return null;
  }
}
