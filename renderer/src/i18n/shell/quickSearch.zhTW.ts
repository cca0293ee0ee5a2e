import type { Messages } from '../en';
import type { spotlightEn } from './quickSearch.en';

// 快速搜尋：跳到工作區、執行動作或搜尋報修單。
export const spotlightZhTW: Messages<typeof spotlightEn> = {
  placeholder: '跳到工作區或執行動作…',
  nothingFound: '找不到符合的項目',
  ticketNote: '依報修單號、序號、電話或客戶姓名搜尋報修單：輸入 1 個中文字，或 3 個英數字。',
  tickets: '報修單',
  actions: '動作',
  searching: '正在搜尋報修單…',
  goTo: '前往{{name}}',
  printSample: '列印範例文件',
  printSampleDescription: '含中文字與條碼的測試頁',
  lock: '鎖定此工作站',
};
