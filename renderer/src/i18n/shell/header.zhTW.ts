import type { Messages } from '../en';
import type { shellEn } from './header.en';

// 頁首：搜尋按鈕、人員選單與更新通知。
export const shellZhTW: Messages<typeof shellEn> = {
  quickSearch: '搜尋',
  staffMenu: '人員選單',
  signedInAs: '目前登入：{{name}}',
  lock: '鎖定',
  switchStaff: '切換人員',
  changePin: '變更 PIN 碼',
  signOut: '登出',
  updateReady: '重新啟動以更新',
  updateReadyVersion: '版本 {{version}} 已下載完成，可以安裝。',
  updateDownloading: '正在下載更新… {{percent}}%',
  updateFailed: '更新失敗：{{message}}',
};
