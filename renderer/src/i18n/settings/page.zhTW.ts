import type { Messages } from '../en';
import type { pageEn } from './page.en';

// 設定頁面與其分頁。
export const pageZhTW: Messages<typeof pageEn> = {
  purpose: '維修站資料、保修政策數值、行事曆、人員帳號、稽核記錄與列印。',
  title: '設定',
  tabs: {
    depot: '維修站',
    policy: '保修政策',
    calendar: '行事曆',
    language: '語言',
    security: '安全',
    staff: '人員',
    audit: '稽核記錄',
    documents: '文件',
    backup: '備份',
    catalogue: '產品目錄',
    prices: '價格',
  },
};
