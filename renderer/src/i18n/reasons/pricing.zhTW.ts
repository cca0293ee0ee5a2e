import { glossaryIn } from '../../../../main/rules/glossary';
import type { ReasonTexts } from './types';

const g = glossaryIn('zh-TW');

export const pricingZhTW: ReasonTexts<'pricing'> = {
  stationNotFound: `找不到${g.repairStation} #{{id}}。`,

  coveredNotBilled: `${g.ticket} #{{id}} ${g.covered}：由公司負擔，客戶無需付費（保修政策 3.5）。`,
  cancelledNotBilled: `${g.ticket} #{{id}} 已取消，無任何應收費用。`,
  declinedNoFee: `${g.ticket} #{{id}} 無應收費用：客戶未同意報價，且本站不收檢測費。`,
  quoteNotApproved: `${g.ticket} #{{id}} 尚不能收款：客戶尚未同意報價（報價：$t(bench.quote.status.{{quote}})）。`,
  notBillableYet: `${g.ticket} #{{id}} 尚不能收款：維修須待「待取件」、「已交付」或「已結案」時才計費（目前狀態為「{{status}}」）。`,
  onlyInspectionFee: '客戶未同意報價：只收檢測費。',
  noInspectionFee: '只有未同意的報價才收檢測費；此筆款項應為維修費用。',
  overpayment:
    '收款金額超過未收餘額 {{balance}}（應收 {{billed}}，已收 {{paid}}）：不接受超額付款。',
  receiptNoUsed: '收據號碼 {{receiptNo}} 已被使用。',
};
