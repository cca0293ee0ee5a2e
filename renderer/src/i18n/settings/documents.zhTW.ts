import type { Messages } from '../en';
import type { documentsEn } from './documents.en';

// 列印文件：已列印文件的存檔與範例文件。
export const documentsZhTW: Messages<typeof documentsEn> = {
  intro: '每份列印的文件都會存檔，補印內容與原件完全相同。',
  printSample: '列印範例文件',
  printSampleHint: '以目前語言產生一張測試頁（含中文字與條碼）並開啟。',
  recent: '最近列印',
  kind: '文件',
  language: '語言',
  printedAt: '列印時間',
  size: '大小',
  open: '開啟',
  empty: '尚未列印任何文件。',
  kinds: {
    sample: '範例文件',
    receipt: '收件單（報修回執）',
    unitLabel: '產品標籤',
    requisition: '領用申請表',
    repairRecord: '維修記錄（一式兩份）',
    quote: '報價單',
    factoryForm: '返廠維修單',
    warrantyVoucher: '保修憑證',
  },
};
