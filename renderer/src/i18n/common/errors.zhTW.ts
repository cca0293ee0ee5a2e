import type { Messages } from '../en';
import type { errorsEn, validationEn } from './errors.en';

// 核心錯誤代碼的標題（拒絕的原因顯示在標題下方），以及輸入時即檢查的欄位提示。
export const errorsZhTW: Messages<typeof errorsEn> = {
  VALIDATION: '請檢查輸入內容',
  UNAUTHENTICATED: '尚未登入',
  SESSION_LOCKED: '工作站已鎖定',
  FORBIDDEN: '沒有權限',
  NOT_FOUND: '找不到資料',
  CONFLICT: '資料衝突',
  RULE: '依規定無法執行',
  BAD_PIN: 'PIN 碼錯誤',
  ACCOUNT_LOCKED: '帳號已鎖定',
  UNKNOWN_CHANNEL: '未知的請求',
  INTERNAL: '發生錯誤',
  TRANSPORT: '連線問題',
};

export const validationZhTW: Messages<typeof validationEn> = {
  username: '2–40 個小寫英文字母、數字、點、減號或底線，須以字母開頭',
  required: '必填',
  pinFormat: 'PIN 碼須為 4 到 8 位數字',
  pinMismatch: '兩次輸入的 PIN 碼不一致',
  rolesRequired: '請至少選擇一個角色',
  currency: '三個大寫英文字母，例如 TWD',
};
