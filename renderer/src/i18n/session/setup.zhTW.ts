import type { Messages } from '../en';
import type { setupEn } from './setup.en';

// 初次設定：建立維修站的第一位系統管理員。
export const setupZhTW: Messages<typeof setupEn> = {
  title: '初次設定維修站',
  intro: '建立第一位系統管理員，之後可在「設定 → 人員」新增其他人員。',
  username: '帳號',
  usernameHint: '在其他工作站登入時使用，例如 mchen',
  displayName: '姓名',
  displayNameHint: '顯示在畫面與列印文件上的名稱',
  pin: 'PIN 碼',
  pinHint: '4 到 8 位數字',
  pin2: '再次輸入 PIN 碼',
  pin2Hint: '再輸入一次相同的數字',
  submit: '建立系統管理員並登入',
};
