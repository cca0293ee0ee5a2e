import type { BackupMessages } from './backup.en';

// 設定 → 備份（issue 9）：資料庫與所有存檔文件、照片一起備份。
export const backupZhTW: BackupMessages = {
  intro:
    '每份備份包含資料庫及所有存檔文件、照片與簽名，寫入後即驗證。系統在啟動時若即將更新資料庫或最新備份已超過一天，會先備份；執行期間每天備份一次。',
  folder: '備份資料夾',
  folderHint: '執行維修站系統之電腦上的完整路徑；留白 = 資料夾內的「backups」。',
  keep: '保留份數',
  keepHint: '保留最新的幾份；每次新備份後刪除較舊的備份。',
  status: '備份寫入 {{folder}}。',
  last: '上次備份 {{when}}：{{result}}',
  lastOk: '完成',
  lastFailed: '失敗（{{message}}）',
  nextDue: '下次每日備份 {{when}}。',
  runNow: '立即備份',
  done: '備份 {{name}} 已寫入並驗證。',
  progress: {
    backup: '備份中… {{done}} / {{total}}',
    restore: '還原中… {{done}} / {{total}}',
  },
  empty: '尚無備份。',
  when: '時間',
  reason: '備份時機',
  reasons: {
    start: '啟動時',
    daily: '每日',
    manual: '手動',
    'before-restore': '還原前',
  },
  version: 'Depot 版本',
  contents: '內容',
  contentsValue: '{{documents}} 份文件、{{attachments}} 張照片與簽名',
  size: '大小',
  verify: '驗證',
  verified: '{{name}} 完整：所有檔案皆相符。',
  verifyFailed: '{{name}} 驗證失敗：{{count}} 個問題，第一個為 {{first}}。',
  restore: '還原',
  restoreTitle: '還原 {{name}}',
  restoreBody:
    '資料庫及所有文件與照片將被此備份取代。自 {{when}} 以後的所有作業將從系統中消失（會先為目前狀態建立安全備份）。所有人員須重新登入。',
  confirmLabel: '輸入備份名稱以確認',
  confirmHint: '請輸入 {{name}}',
  restoreConfirm: '以此備份取代目前資料',
  restored: '已還原 {{name}}。目前狀態已保存為 {{safety}}。請重新登入。',
  restoredProblems: '已還原 {{name}}，但有 {{count}} 個檔案未通過檢查；請查看「驗證記錄」。',
};
