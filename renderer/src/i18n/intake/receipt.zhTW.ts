import type { Messages } from '../en';
import type { successEn } from './receipt.en';

// 登記完成後：報修單號、收件單與產品標籤的列印。
export const successZhTW: Messages<typeof successEn> = {
  title: '已完成收件登記',
  reportNo: '報修單號',
  printAgain: '再次列印',
  receipt: '收件單',
  label: '產品標籤',
  newIntake: '新收件',
  printed: '收件單與產品標籤已開啟，可以列印。',
  notified: '已登記 {{reportNo}}',
  repeatOf: '重複維修：於 {{reportNo}} 維修完成後的認定期間內再次報修',
  replayed: '同一次送出已登記過此報修單，沒有重複建立。',
  signatureNotSaved: '客戶簽名未能儲存。',
  photosNotSaved: '部分照片未能儲存。',
  retry: '重試',
  emergencyDue: '{{response}} 前回應 · {{onSite}} 前到場',
};
