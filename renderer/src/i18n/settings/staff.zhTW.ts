import type { Messages } from '../en';
import type { staffEn } from './staff.en';

// 人員帳號（職責明確：每項操作都記錄在具名人員之下）。
export const staffZhTW: Messages<typeof staffEn> = {
  intro: '維修站的每項操作都記錄在具名人員之下（職責明確）。',
  add: '新增人員',
  username: '帳號',
  displayName: '姓名',
  roles: '角色',
  status: '狀態',
  active: '啟用',
  inactive: '停用',
  activeLabel: '帳號啟用中',
  showInactive: '顯示停用人員',
  edit: '編輯',
  resetPin: '重設 PIN 碼',
  createTitle: '新增人員',
  editTitle: '編輯 {{name}}',
  resetTitle: '為 {{name}} 設定新 PIN 碼',
  pin: '初始 PIN 碼',
  newPin: '新 PIN 碼',
  created: '{{name}} 現在可以登入了。',
  updated: '已儲存 {{name}} 的變更。',
  pinReset: '已為 {{name}} 設定新 PIN 碼，並解除帳號鎖定。',
  empty: '沒有人員帳號。',
  you: '您',
};
