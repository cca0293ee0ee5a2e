// The words of a warranty decision, in English and in the Traditional Chinese terms of the
// depot's regulation (保修期限, 購買發票日期, 保修範圍). Printed on the receipt as they are here.

export const EXCLUSION_REASONS = [
  'misuse', // policy 2, not covered 1: use, maintenance or storage against the user manual
  'force_majeure', // 2: natural disaster, war, ...
  'tampered', // 3: disassembled, modified or repaired by the customer or a third party
  'expired', // 4: past the warranty period (derived from the dates when there is an invoice)
  'serial_unreadable', // 5: model or serial number altered, forged or unreadable
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export type ReasonCode = ExclusionReason | 'in_warranty' | 'no_invoice' | 'supervisor_override';

export type WarrantyReason = { code: ReasonCode; en: string; zh: string; note?: string };

type Period = {
  warrantyMonths: number;
  invoiceDate: string | null;
  expiresOn: string | null;
  /** Policy 2, "a separate agreement": the period comes from this customer's agreement. */
  agreementNo?: string;
};

const FIXED: Record<Exclude<ExclusionReason, 'expired'>, { en: string; zh: string }> = {
  misuse: {
    en: 'Not covered: used, maintained or stored against the user manual.',
    zh: '不屬保修範圍：未按產品使用說明書的要求使用、維護或保管。',
  },
  force_majeure: {
    en: 'Not covered: damage from force majeure (natural disaster, war, ...).',
    zh: '不屬保修範圍：因不可抗力（如自然災害、戰爭等）造成的損壞。',
  },
  tampered: {
    en: 'Not covered: disassembled, modified or repaired by the customer or a third party.',
    zh: '不屬保修範圍：經用戶或第三方自行拆卸、改裝或維修。',
  },
  serial_unreadable: {
    en: 'Not covered: the model or serial number is altered, forged or unreadable.',
    zh: '不屬保修範圍：產品型號或序號被塗改、偽造或無法辨識。',
  },
};

export function reasonText(
  code: ReasonCode,
  period: Period,
  override?: { reason: string; by: string },
): { en: string; zh: string } {
  const { warrantyMonths: m, invoiceDate: inv, expiresOn: exp, agreementNo: ag } = period;
  // An agreement's period says which agreement set it ("agreement AG-7: 36 months").
  const byEn = ag ? `agreement ${ag}: ` : '';
  const byZh = ag ? `依保修協議 ${ag}：` : '';
  switch (code) {
    case 'in_warranty':
      return {
        en: `Inside the warranty period: ${byEn}${m} months from the purchase invoice date ${inv}, until ${exp}.`,
        zh: `在保修期限內：${byZh}自購買發票日期 ${inv} 起 ${m} 個月，至 ${exp} 止。`,
      };
    case 'expired':
      return inv
        ? {
            en: `Not covered: past the warranty period, which ended on ${exp} (${byEn}${m} months from the purchase invoice date ${inv}).`,
            zh: `不屬保修範圍：已超過保修期限（${byZh}自購買發票日期 ${inv} 起 ${m} 個月，至 ${exp} 止）。`,
          }
        : { en: 'Not covered: past the warranty period.', zh: '不屬保修範圍：已超過保修期限。' };
    case 'no_invoice':
      return {
        en: 'Unverified: no purchase invoice date, so the warranty period cannot be checked.',
        zh: '無法確認：未提供購買發票日期，無法核對保修期限。',
      };
    case 'supervisor_override':
      return {
        en: `Covered by supervisor decision (${override?.by}): ${override?.reason}`,
        zh: `經主管（${override?.by}）核准保修：${override?.reason}`,
      };
    default:
      return FIXED[code];
  }
}
