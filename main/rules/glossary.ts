// The policy's own terms (domain.md; the company's warranty-service regulation), written once for
// the screens (renderer/src/i18n) and the printed documents (main/pdf/templates) alike, so a
// ticket is the same 報修單 at the desk, at the bench and on paper. English terms are lower case,
// as they read inside a sentence; `asLabel` capitalises one for a heading or a field label.

export type Term = { en: string; 'zh-TW': string };

export const GLOSSARY = {
  // Policy 3.1: the report and its number, given to the customer.
  ticket: { en: 'ticket', 'zh-TW': '報修單' },
  reportNo: { en: 'report no.', 'zh-TW': '報修單號' },
  customer: { en: 'customer', 'zh-TW': '客戶' },
  unit: { en: 'unit', 'zh-TW': '產品' },
  model: { en: 'model', 'zh-TW': '型號' },
  serial: { en: 'serial number', 'zh-TW': '序號' },
  repairStation: { en: 'repair station', 'zh-TW': '維修站' },
  // Policy 2: the warranty policy.
  warranty: { en: 'warranty', 'zh-TW': '保修' },
  warrantyPeriod: { en: 'warranty period', 'zh-TW': '保修期限' },
  purchaseInvoiceDate: { en: 'purchase invoice date', 'zh-TW': '購買發票日期' },
  covered: { en: 'covered by the warranty', 'zh-TW': '屬保修範圍' },
  notCovered: { en: 'not covered by the warranty', 'zh-TW': '不屬保修範圍' },
  outOfWarranty: { en: 'out of warranty', 'zh-TW': '已超過保修期限' },
  // Policy 3.3-3.4: the repair, its record in duplicate, the acceptance check, the factory.
  repairRecord: { en: 'repair record', 'zh-TW': '維修記錄' },
  customerCopy: { en: 'customer copy', 'zh-TW': '客戶聯' },
  companyCopy: { en: 'company copy', 'zh-TW': '公司聯' },
  acceptanceCheck: { en: 'acceptance check', 'zh-TW': '維修驗收' },
  returnToFactory: { en: 'return to factory', 'zh-TW': '返廠維修' },
  factoryForm: { en: 'return-to-factory form', 'zh-TW': '返廠維修單' },
  warrantyVoucher: { en: 'warranty voucher', 'zh-TW': '保修憑證' },
  receipt: { en: 'returned-unit receipt', 'zh-TW': '收件單' },
  // Policy 5: spare parts.
  part: { en: 'part', 'zh-TW': '零件' },
  requisition: { en: 'requisition', 'zh-TW': '領用申請' },
  requisitionForm: { en: 'requisition form', 'zh-TW': '領用申請表' },
  approve: { en: 'approve', 'zh-TW': '審批' },
  issue: { en: 'issue', 'zh-TW': '發放' },
  returnToStock: { en: 'return to the stockroom', 'zh-TW': '退回倉庫' },
  quota: { en: 'quota', 'zh-TW': '配額' },
  quotaLimit: { en: 'quota limit', 'zh-TW': '限量領用' },
  onHand: { en: 'on hand', 'zh-TW': '庫存' },
  safetyStock: { en: 'safety stock', 'zh-TW': '安全庫存' },
  stockCount: { en: 'stock count', 'zh-TW': '盤點' },
} as const satisfies Record<string, Term>;

export type TermName = keyof typeof GLOSSARY;

/** A term as a heading or a label: "Report no." */
export function asLabel(term: Term): Term {
  return { en: term.en.charAt(0).toUpperCase() + term.en.slice(1), 'zh-TW': term['zh-TW'] };
}

/** Every term in one language: the renderer's `glossary` resource, a template's word list. */
export function glossaryIn(language: keyof Term): Record<TermName, string> {
  const terms = {} as Record<TermName, string>;
  for (const name of Object.keys(GLOSSARY) as TermName[]) terms[name] = GLOSSARY[name][language];
  return terms;
}
