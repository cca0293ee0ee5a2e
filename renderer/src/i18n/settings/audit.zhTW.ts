import type { Messages } from '../en';
import type { auditEn, verifyEn } from './audit.en';

// 稽核記錄，以及驗證記錄未被更改或遺失。
export const auditZhTW: Messages<typeof auditEn> = {
  intro: '誰在何時做了什麼，最新的在最上面。',
  when: '時間',
  who: '人員',
  channel: '請求',
  entity: '記錄',
  action: '動作',
  nobody: '—',
  empty: '尚無記錄。',
  end: '已到稽核記錄的開頭。',
  detailsTitle: '稽核記錄 #{{id}}',
  before: '變更前',
  after: '變更後',
};

export const verifyZhTW: Messages<typeof verifyEn> = {
  title: '驗證記錄',
  intro:
    '證明沒有任何記錄被更改或遺失：資料庫檔案、稽核記錄（每筆以雜湊值與前一筆相連）、庫存與帳冊相符、報修單號連續無缺，以及每份存檔文件、照片與簽名。',
  run: '驗證記錄',
  running: '驗證中…已完成 {{done}} / {{total}} 項檢查',
  none: '本次開啟後尚未驗證。',
  couldNotRun: '無法執行驗證：{{message}}',
  ok: '所有記錄驗證無誤',
  failed: '驗證發現問題',
  lastRun: '已於 {{when}}（{{trigger}}）驗證，耗時 {{seconds}} 秒。',
  triggers: { start: '開啟時', restore: '還原後', manual: '手動' },
  passed: '正常',
  problem: '問題',
  checked: '已檢查 {{count}} 筆',
  skipped: '不適用於此資料庫',
  more: '…另有 {{count}} 項',
  records: { document: '文件', attachment: '附件' },
  checks: {
    integrity: '資料庫檔案完整',
    foreignKeys: '記錄之間的關聯',
    auditChain: '稽核記錄未中斷（雜湊鏈）',
    ledger: '賬實相符（庫存 = 帳冊）',
    reportNumbers: '報修單號連續無缺',
    documents: '存檔文件齊全且未更改',
    attachments: '照片與簽名齊全且未更改',
  },
  problems: {
    integrity: '資料庫檔案損壞：{{detail}}',
    foreignKey: '{{table}} 第 {{rowid}} 列指向不存在的 {{parent}} 記錄',
    auditAltered: '稽核記錄 #{{id}} 在寫入後遭到更改',
    auditLinkBroken: '稽核記錄 #{{id}} 未接續 #{{previous}}：該筆遭到更改，或有記錄被移除',
    auditRowsMissing: '稽核記錄 #{{from}} 至 #{{to}} 已被刪除',
    auditUnhashed: '稽核記錄 #{{id}} 未經雜湊鏈寫入',
    ledgerMismatch: '零件 {{partNo}}：庫存 {{onHand}}，帳冊合計 {{ledger}}',
    reportNumberGap: '報修單號 {{from}} 至 {{to}} 缺號',
    reportCounter: '{{year}} 年報修單號計數為 {{counter}}，但最後一張為第 {{last}} 號',
    fileMissing: '{{record}} #{{id}}：檔案 {{file}} 遺失',
    fileAltered: '{{record}} #{{id}}：檔案 {{file}} 與其檢查碼不符',
  },
};
