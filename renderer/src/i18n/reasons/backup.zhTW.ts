import type { ReasonTexts } from './types';

export const backupZhTW: ReasonTexts<'backup'> = {
  sqliteOnly: '內建備份只支援 SQLite；PostgreSQL 請使用 pg_dump。',
  backupUnverified: '備份寫入後未通過驗證：共 {{count}} 個問題，第一個是 {{first}}。',
  depotFilesDamaged:
    '現有資料中有遺失或被更改的檔案：共 {{count}} 個問題，第一個是 {{first}}。未建立備份。',
  backupNotFound: '{{folder}} 中沒有備份 {{name}}。',
  backupBeforeUpdateFailed: 'Depot 沒有更新資料庫：更新前的備份失敗。資料庫未做任何變更。',
  unexpectedFilePath: '拒絕非預期的檔案路徑：{{path}}。',
  noDatabase: '找不到資料庫：{{file}}。',
  depotOpen: 'Depot 正開啟這份資料（程序 {{pid}}，自 {{since}} 起），請先關閉。未做任何變更。',
  newerDatabase:
    '此資料庫由較新版本的 Depot 寫入（含有此版本不認識的遷移 {{migrations}}）。請更新 Depot；資料庫未做任何變更。',
  historyDisagrees:
    '此資料庫的遷移記錄與此版本的 Depot 不一致（第 {{position}} 項：資料庫為 {{database}}，程式預期 {{code}}）。資料庫未做任何變更。',

  notABackup: '{{dir}} 不是 Depot 備份（沒有 manifest.json）。',
  noManifest: '{{dir}} 沒有備份清單（manifest）。',
  restoreUnverified: '備份未通過驗證，未還原任何資料（{{problems}}）。',
  salvageNeedsConfirmation:
    '此備份是受損資料的搶救副本，缺少當時無法複製的內容（共 {{count}} 個問題，第一個是 {{first}}），未還原任何資料。還原前須明確確認這些問題。',
  salvageNeedsTypedYes:
    '搶救副本須在列出問題後親自輸入 yes 才會還原；請不加 --yes 執行。未還原任何資料。',
  fileChangedWhileRestoring: '還原期間，備份中的檔案 {{path}} 被變更了。',
  nothingRestored: '未還原任何資料，現有資料維持原狀：{{cause}}',
  rollBackPending:
    '還原失敗，且目前的檔案暫時無法放回；Depot 下次啟動時會自動放回。請勿刪除 {{stage}}。',
  verifyingNow: '正在驗證資料，請於完成後再還原。',
  restoring: '正在還原備份，請於完成後再試。',

  demoNeedsNewDatabase: '此資料庫已有員工資料；示範資料只能放入新的資料庫。',
};
