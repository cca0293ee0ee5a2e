import type { Language } from '../../contract/language';

// The terms printed on the returned-unit receipt, frozen into its snapshot so the archive holds
// exactly what the customer signed. The policy does not fix how long an uncollected unit is
// kept; 30 days is the depot's working rule until Settings carries it.

export const UNCOLLECTED_KEEP_DAYS = 30;

const TERMS: Record<Language, string[]> = {
  en: [
    'Keep this receipt: the unit is handed back against it, or against the report number and your phone number.',
    'The warranty decision is a first judgement at intake. If the inspection finds a cause it does not cover, we tell you and quote first; nothing is charged without your agreement.',
    'Data on the unit (files, settings, recordings) is your responsibility: back it up. A repair may erase it; the depot is not liable for its loss.',
    `Collect the unit within ${UNCOLLECTED_KEEP_DAYS} days of our notice that it is ready (or returned unrepaired); after a further written notice the depot may deal with it as the law allows.`,
    'Items not listed on this receipt were not received.',
  ],
  'zh-TW': [
    '取件時請出示本收件單，或報修單號及收件時留存之聯絡電話。',
    '上列保修判定為收件時之初步判斷；如經檢測發現不屬保修範圍之原因，本站將先告知並報價，未經客戶同意不收取任何費用。',
    '產品內之資料（檔案、設定、錄影等）由客戶自行備份；維修可能清除資料，本站不負資料遺失之責。',
    `完修或不維修退回經通知後，請於 ${UNCOLLECTED_KEEP_DAYS} 日內取件；逾期經再次書面通知仍未取件者，本站得依法處理。`,
    '未列於本單之物品，視為未收到。',
  ],
};

export function receiptTerms(language: Language): string[] {
  return [...TERMS[language]];
}
