import type { Messages } from '../en';
import type { signInEn } from './signIn.en';

// 登入、工作站鎖定與切換人員（職責明確：每項操作都有具名人員）。
export const signInZhTW: Messages<typeof signInEn> = {
  title: '登入',
  whoAreYou: '請選擇登入人員',
  pin: 'PIN 碼',
  pinFor: '{{name}} 的 PIN 碼',
  submit: '登入',
  unlock: '解鎖',
  lockedTitle: '工作站已鎖定',
  lockedBy: '{{name}} 登入期間已鎖定。輸入 PIN 碼繼續，或切換人員。',
  switchStaff: '切換人員',
  switchTitle: '切換人員',
  switchIntro: '請選擇接手此工作站的人員。',
  emptyRoster: '沒有啟用中的人員帳號，請洽系統管理員。',
  chooseFirst: '請先選擇您的姓名。',
  badPin_one: 'PIN 碼錯誤，帳號鎖定前還可嘗試 {{count}} 次。',
  badPin_other: 'PIN 碼錯誤，帳號鎖定前還可嘗試 {{count}} 次。',
  accountLocked: 'PIN 碼錯誤次數過多，此帳號鎖定至 {{time}}。',
};
