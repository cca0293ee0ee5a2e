import type { WarrantyDecision, WarrantyPolicy, WarrantyStatus } from './warranty';
import { reasonText, type ReasonCode } from './warrantyReasons';

// How a warranty decision is kept on its ticket (issue 4: "snapshotted on the ticket"): every
// value the decision rests on (dates, months, source, reasons, notes, override) but not the
// sentences, which `reasonText` rebuilds word for word. That keeps a million tickets ~250 MB
// smaller; the printed receipt is archived as a PDF anyway.

export type StoredWarranty = {
  v: 1;
  status: WarrantyStatus;
  expiresOn: string | null;
  intakeDate: string;
  invoiceDate: string | null;
  /** Since issue 10: an agreement's period also names the agreement (absent before). */
  policy: WarrantyPolicy;
  reasons: { code: ReasonCode; note?: string }[];
  override: { reason: string; by: string } | null;
};

export function toStored(d: WarrantyDecision): string {
  const stored: StoredWarranty = {
    v: 1,
    status: d.status,
    expiresOn: d.expiresOn,
    intakeDate: d.intakeDate,
    invoiceDate: d.invoiceDate,
    policy: d.policy,
    reasons: d.reasons.map((r) =>
      r.note === undefined ? { code: r.code } : { code: r.code, note: r.note },
    ),
    override: d.override,
  };
  return JSON.stringify(stored);
}

export function fromStored(json: string): WarrantyDecision {
  const s = JSON.parse(json) as StoredWarranty;
  const period = {
    warrantyMonths: s.policy.warrantyMonths,
    invoiceDate: s.invoiceDate,
    expiresOn: s.expiresOn,
    agreementNo: s.policy.agreement?.referenceNo,
  };
  return {
    covered: s.status === 'covered',
    status: s.status,
    expiresOn: s.expiresOn,
    intakeDate: s.intakeDate,
    invoiceDate: s.invoiceDate,
    reasons: s.reasons.map((r) => {
      const text = reasonText(r.code, period, s.override ?? undefined);
      return r.note === undefined
        ? { code: r.code, ...text }
        : { code: r.code, ...text, note: r.note };
    }),
    policy: s.policy,
    override: s.override,
  };
}
