import type { Language } from '../../contract/language';

// The warranty voucher's terms (policy 2: the warranty promise and its exclusions), copied into
// each voucher's snapshot so an archived voucher keeps the terms the customer was given.

export function warrantyVoucherTerms(language: Language, days: number): string[] {
  if (language === 'en') {
    return [
      `The repair is warranted for ${days} days from the delivery date: if the repaired fault returns, or a part replaced fails, within that time, it is repaired again free of charge.`,
      "Please bring this voucher, or quote the report number, with the unit. The warranty on the repair does not extend the product's own warranty period.",
      'Not covered: damage from use, maintenance or storage against the user manual; force majeure; disassembly, modification or repair by anyone else; a model or serial number altered or unreadable.',
    ];
  }
  return [
    `本次維修自交機日起保固 ${days} 天；保固期內同一故障再發生或所更換之零件故障，免費重新維修。`,
    '送修時請出示本憑證或告知報修單號。本次維修保固不延長產品原有之保修期限。',
    '下列情形不在保固範圍：未依使用說明書使用、維護或保管；不可抗力；經他人拆卸、改裝或維修；型號或序號遭塗改或無法辨識。',
  ];
}
