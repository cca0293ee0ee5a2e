import type { Messages } from '../en';
import type { unitEn } from './unit.en';

// 收件表單的產品區塊：序號查詢、產品型號、購買發票與維修記錄。
export const unitZhTW: Messages<typeof unitEn> = {
  title: '產品',
  serial: '序號',
  serialHint: '掃描條碼，或輸入後按 Enter',
  lookup: '查詢',
  known: '已登記的產品',
  new: '新產品',
  newBody: '此序號尚未登記：請選擇產品型號並輸入購買發票資料。',
  several: '此序號登記在多個型號下，請選擇是哪一台。',
  registerNew: '其他型號：登記為新產品',
  useKnown: '使用已登記的產品',
  model: '產品型號',
  modelPlaceholder: '以型號代碼或名稱搜尋',
  noModel: '找不到符合的型號',
  invoiceDate: '購買發票日期',
  invoiceDateRecorded: '先前收件時已登記',
  invoiceDateMissing: '尚未登記：客戶出示發票時請填寫',
  invoiceNo: '發票號碼',
  seller: '銷售商',
  history: '維修記錄',
  noHistory: '此產品沒有先前的報修。',
  newRefused: '此產品無法再登記新的報修單',
  openExisting: '開啟 {{reportNo}}',
  repeatHint: '維修完成後 {{days}} 天內再次報修，登記時會標記為重複維修。',
  scanned: '已掃描',
  lookupFirst: '請先查詢序號（按 Enter）',
};
