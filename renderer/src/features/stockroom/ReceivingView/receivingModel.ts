import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { Part } from '../../../../../main/stock/partRepo';
import type { Input } from '../../../bridge';
import { fromMinorUnits, toMinorUnits } from '../../../format/money';

// The receiving form (policy 5.1: inspect every receipt, accepted and rejected quantities):
// its values, the checks before sending, and how it becomes one `stock/receive`. Pure, so the
// rules read (and are tested) without a screen. The values mirror the channel's input, so the
// core's paths (`lines.0.rejectReason`) land on the right line as they are.

type Num = number | string;

export type ReceiptLineValues = {
  partId: number;
  /** Shown on the line, not sent. */
  part: Pick<
    Part,
    'partNo' | 'nameEn' | 'nameZh' | 'unit' | 'bin' | 'onHand' | 'preferredSupplier'
  >;
  received: Num;
  accepted: Num;
  rejected: Num;
  rejectReason: string;
  /** In currency units here; integer minor units in the core. */
  unitCost: Num;
};

export type ReceiptValues = { supplier: string; reference: string; lines: ReceiptLineValues[] };

export const NEW_RECEIPT: ReceiptValues = { supplier: '', reference: '', lines: [] };

const num = (n: Num) => (n === '' ? NaN : Number(n));
const whole = (n: Num) => Number.isInteger(num(n)) && num(n) >= 0;

/** A new line for a scanned part: one unit received, all accepted, at the part's cost. */
export function lineFor(part: Part, currency: string): ReceiptLineValues {
  return {
    partId: part.id,
    part: {
      partNo: part.partNo,
      nameEn: part.nameEn,
      nameZh: part.nameZh,
      unit: part.unit,
      bin: part.bin,
      onHand: part.onHand,
      preferredSupplier: part.preferredSupplier,
    },
    received: 1,
    accepted: 1,
    rejected: 0,
    rejectReason: '',
    unitCost: fromMinorUnits(part.unitCost, currency),
  };
}

/**
 * The three quantities stay in step (received = accepted + rejected): a new received or
 * rejected count recomputes accepted; a new accepted count recomputes rejected.
 */
export function withQuantity(
  line: ReceiptLineValues,
  field: 'received' | 'accepted' | 'rejected',
  value: Num,
): ReceiptLineValues {
  const next = { ...line, [field]: value };
  const received = num(next.received);
  if (field === 'accepted') {
    const accepted = num(value);
    if (Number.isFinite(received) && Number.isFinite(accepted)) next.rejected = received - accepted;
  } else {
    const rejected = num(next.rejected);
    if (Number.isFinite(received) && Number.isFinite(rejected)) next.accepted = received - rejected;
  }
  return next;
}

/** Everything the core would refuse, said in the staff's language before sending. */
export function checkReceipt(v: ReceiptValues, t: TFunction): FormErrors {
  const errors: FormErrors = {};
  const required = t('validation.required');
  if (!v.supplier.trim()) errors.supplier = required;
  if (!v.reference.trim()) errors.reference = required;
  if (v.lines.length === 0) errors.lines = t('stockroom.receiving.rules.noLines');
  v.lines.forEach((l, i) => {
    const at = (field: string) => `lines.${i}.${field}`;
    if (!whole(l.received) || num(l.received) < 1) {
      errors[at('received')] = t('stockroom.receiving.rules.received');
    }
    if (!whole(l.rejected)) errors[at('rejected')] = t('stockroom.receiving.rules.count');
    if (!whole(l.accepted)) errors[at('accepted')] = t('stockroom.receiving.rules.count');
    else if (
      whole(l.received) &&
      whole(l.rejected) &&
      num(l.accepted) + num(l.rejected) !== num(l.received)
    ) {
      errors[at('accepted')] = t('stockroom.receiving.rules.sum');
    }
    if (num(l.rejected) > 0 && !l.rejectReason.trim()) {
      errors[at('rejectReason')] = t('stockroom.receiving.rules.rejectReason');
    }
    if (l.unitCost === '' || !(num(l.unitCost) >= 0)) errors[at('unitCost')] = required;
  });
  return errors;
}

export function toReceiveInput(v: ReceiptValues, currency: string): Input<'stock/receive'> {
  return {
    supplier: v.supplier,
    reference: v.reference,
    lines: v.lines.map((l) => ({
      partId: l.partId,
      received: num(l.received),
      accepted: num(l.accepted),
      rejected: num(l.rejected),
      ...(l.rejectReason.trim() && { rejectReason: l.rejectReason }),
      unitCost: toMinorUnits(num(l.unitCost), currency),
    })),
  };
}
