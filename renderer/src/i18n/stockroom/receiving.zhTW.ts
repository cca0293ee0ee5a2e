import type { Messages } from '../en';
import type { receivingEn } from './receiving.en';

export const receivingZhTW: Messages<typeof receivingEn> = {
  view: '收貨檢驗',
  notAllowed: '收貨由倉管員及主管辦理。',
  supplier: '供應商',
  reference: '送貨單號',
  referenceHint: '依供應商送貨單上所印',
  scan: '料號',
  scanHint: '掃描或輸入後按 Enter；再次掃描同一零件即多計一件',
  notFound: '沒有料號為 {{partNo}} 的零件',
  inactive: '零件 {{partNo}} 已停用，不可收貨',
  empty: '尚無明細：請掃描此批送貨的第一個零件。',
  onHand: '在庫 {{onHand}} {{unit}}',
  rejectReasonHint: '拒收原因？',
  columns: {
    part: '零件',
    received: '收貨',
    rejected: '不合格',
    accepted: '合格',
    rejectReason: '拒收原因',
    unitCost: '單位成本（{{currency}}）',
  },
  submit: '驗收入庫',
  rules: {
    noLines: '收貨單至少要有一筆明細：請掃描零件',
    received: '至少 1，須為整數',
    count: '須為非負整數',
    sum: '合格加不合格須等於收貨數量（政策 5.1）',
    rejectReason: '請說明拒收原因（政策 5.1）',
  },
  success: {
    title: '收貨單 #{{receiptId}} 已過賬：{{supplier}}，送貨單 {{reference}}',
    newOnHand: '目前在庫',
    next: '下一批收貨',
  },
};
