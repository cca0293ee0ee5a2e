import { addMonths, isIsoDate, type IsoDate } from './civilDate';
import { refuse, type RefuseOptions } from '../contract/errors';
import type { ReasonKey } from '../contract/reasons';
import {
  EXCLUSION_REASONS,
  reasonText,
  type ExclusionReason,
  type ReasonCode,
  type WarrantyReason,
} from './warrantyReasons';

// The warranty decision engine (policy 2, 保修政策). Pure: dates in, decision out, so the intake
// screen can call it live and the ticket can snapshot exactly what the clerk saw.
//
// Period: counted from the purchase invoice date (購買發票日期), N calendar months, clamped to
// the month's end (2024-02-29 + 12 months = 2025-02-28). `expiresOn` is the LAST COVERED DAY,
// inclusive: a unit bought on 2025-03-10 with 12 months is covered at intake on 2026-03-10 and
// expired on 2026-03-11. We resolve the anniversary day in the customer's favour (policy 1:
// customer first).

export type WarrantyStatus = 'covered' | 'not_covered' | 'unverified';
export type PolicySource = 'type' | 'model' | 'agreement';

/**
 * The period in force for a unit: the type's default, the model's override (e.g. a national
 * rule) or a per-customer agreement (policy 2: "a separate agreement"), which names itself.
 */
export type WarrantyPolicy = {
  warrantyMonths: number;
  source: PolicySource;
  agreement?: { id: number; referenceNo: string };
};

export type WarrantyInput = {
  /** The intake date: the local day the customer reported the fault. */
  intakeDate: IsoDate;
  invoiceDate: IsoDate | null;
  /** Today in the depot; an invoice after it is refused. Defaults to the intake date. */
  today?: IsoDate;
  /** The period in force: an agreement's, the model's override or the type's default. */
  policy: WarrantyPolicy;
  exclusions: { reason: ExclusionReason; note: string }[];
  supervisorOverride?: { reason: string; by: string };
};

export type WarrantyDecision = {
  covered: boolean;
  status: WarrantyStatus;
  expiresOn: IsoDate | null;
  intakeDate: IsoDate;
  invoiceDate: IsoDate | null;
  reasons: WarrantyReason[];
  policy: WarrantyPolicy;
  override: { reason: string; by: string } | null;
};

/** Refuses one input of the engine, named as the intake form names it. */
function refuseInput<K extends ReasonKey>(
  field: string,
  reason: K,
  options: RefuseOptions<K>,
  code: 'VALIDATION' | 'RULE' = 'VALIDATION',
): never {
  throw refuse(code, reason, { ...options, field, message: `${field}: ${options.message}` });
}

export function decideWarranty(input: WarrantyInput): WarrantyDecision {
  const { intakeDate, invoiceDate, policy, exclusions } = input;
  const today = input.today ?? intakeDate;
  const notADate = (field: string, date: string) =>
    refuseInput(field, 'validation.notADate', {
      message: `"${date}" is not a calendar date (YYYY-MM-DD)`,
    });
  if (!isIsoDate(intakeDate)) notADate('intakeDate', intakeDate);
  if (!isIsoDate(today)) notADate('today', today);
  if (!Number.isInteger(policy.warrantyMonths) || policy.warrantyMonths < 0) {
    refuseInput('policy.warrantyMonths', 'intake.warrantyMonthsInvalid', {
      message: 'must be a whole number of months, 0 or more',
    });
  }
  if (invoiceDate !== null) {
    if (!isIsoDate(invoiceDate)) notADate('invoiceDate', invoiceDate);
    if (invoiceDate > today) {
      refuseInput('invoiceDate', 'intake.invoiceInFuture', {
        params: { invoiceDate },
        message: `the purchase invoice date ${invoiceDate} is in the future`,
      });
    }
    if (invoiceDate > intakeDate) {
      refuseInput('invoiceDate', 'intake.invoiceAfterIntake', {
        params: { invoiceDate, intakeDate },
        message: `the purchase invoice date ${invoiceDate} is after the intake date ${intakeDate}`,
      });
    }
  }
  const seen = new Set<ExclusionReason>();
  for (const [i, e] of exclusions.entries()) {
    if (seen.has(e.reason)) {
      refuseInput(`exclusions.${i}.reason`, 'intake.exclusionTwice', {
        message: `"${e.reason}" is recorded twice`,
      });
    }
    seen.add(e.reason);
  }

  // Policy 2: the period starts on the purchase invoice date; past it, "expired" is derived.
  const expiresOn = invoiceDate === null ? null : addMonths(invoiceDate, policy.warrantyMonths);
  const expired = expiresOn !== null && intakeDate > expiresOn;
  if (seen.has('expired') && expiresOn !== null && !expired) {
    refuseInput(
      'exclusions',
      'intake.expiredContradictsInvoice',
      {
        params: { expiresOn },
        message: `"expired" contradicts the purchase invoice date: the warranty runs until ${expiresOn}`,
      },
      'RULE',
    );
  }
  const notes = new Map(exclusions.map((e) => [e.reason, e.note] as const));
  const found: ExclusionReason[] = EXCLUSION_REASONS.filter(
    (r) => notes.has(r) || (r === 'expired' && expired),
  );

  let status: WarrantyStatus;
  let codes: ReasonCode[];
  if (found.length > 0) {
    status = 'not_covered';
    codes = invoiceDate === null ? [...found, 'no_invoice'] : found;
  } else if (invoiceDate === null) {
    status = 'unverified'; // no invoice: not covered unless a supervisor overrides (policy 2)
    codes = ['no_invoice'];
  } else {
    status = 'covered';
    codes = ['in_warranty'];
  }
  const override = input.supervisorOverride ?? null;
  if (override) {
    if (!override.reason.trim()) {
      refuseInput('supervisorOverride.reason', 'validation.required', {
        message: 'a reason is required',
      });
    }
    if (status !== 'covered') codes = ['supervisor_override', ...codes];
    status = 'covered';
  }

  const period = {
    warrantyMonths: policy.warrantyMonths,
    invoiceDate,
    expiresOn,
    agreementNo: policy.agreement?.referenceNo,
  };
  const reasons = codes.map((code): WarrantyReason => {
    const note = notes.get(code as ExclusionReason);
    const text = reasonText(code, period, override ?? undefined);
    return note ? { code, ...text, note } : { code, ...text };
  });
  return {
    covered: status === 'covered',
    status,
    expiresOn,
    intakeDate,
    invoiceDate,
    reasons,
    policy: policy.agreement
      ? {
          warrantyMonths: policy.warrantyMonths,
          source: policy.source,
          agreement: policy.agreement,
        }
      : { warrantyMonths: policy.warrantyMonths, source: policy.source },
    override,
  };
}
