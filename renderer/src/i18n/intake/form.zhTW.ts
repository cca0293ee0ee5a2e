import type { Messages } from '../en';
import type { signatureEn, submitEn, viewsEn } from './form.en';

// 收件頁面的分頁，以及收件表單的客戶簽名與送出按鈕（各區塊見 unit、customer、report、warranty）。
export const viewsZhTW: Messages<typeof viewsEn> = {
  new: '新收件',
  tickets: '報修單',
};

export const signatureZhTW: Messages<typeof signatureEn> = {
  title: '客戶簽名',
  hint: '客戶簽名確認收件單內容及所列配件。',
  clear: '清除',
  required: '櫃台收件須請客戶於收件單簽名',
  optional: '非櫃台收件：收件單不需客戶簽名',
};

export const submitZhTW: Messages<typeof submitEn> = {
  submit: '登記並列印',
  submitting: '登記中…',
};
