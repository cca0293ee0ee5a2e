import type { ReasonTexts } from './types';

export const sessionZhTW: ReasonTexts<'session'> = {
  wrongPin: 'PIN 碼錯誤，帳號鎖定前還可嘗試 {{triesLeft}} 次。',
  accountLocked: 'PIN 碼錯誤次數過多，此帳號鎖定至 {{lockedUntil}}。',
  noActiveStaff: '找不到此啟用中的員工帳號。',
  noRoles: '此員工帳號沒有任何角色，請洽系統管理員。',
  alreadySetUp: '此維修站已完成設定，請向系統管理員申請帳號。',
};
