import type { Messages } from '../en';
import type { checklistEn, faultsEn, labourEn, notesEn } from './log.en';
import { glossaryIn } from '../../../../main/rules/glossary';

// The policy's term for the ticket (報修單), as at intake and on the printed documents.
const g = glossaryIn('zh-TW');

export const notesZhTW: Messages<typeof notesEn> = {
  title: '檢測診斷與備註',
  none: '尚無記錄。',
  kind: { diagnosis: '檢測診斷', note: '維修備註' },
  placeholder: '檢測發現或處理內容（Ctrl+Enter 新增）',
  add: '新增記錄',
  empty: '請先輸入內容',
};

export const faultsZhTW: Messages<typeof faultsEn> = {
  title: '故障（故障現象、原因、處理措施）',
  none: '尚未登錄故障代碼。',
  symptom: '故障現象',
  cause: '故障原因',
  measure: '處理措施',
  note: '備註',
  add: '新增故障',
  remove: '移除此筆故障（誤登）',
};

export const labourZhTW: Messages<typeof labourEn> = {
  title: '工時',
  start: '開始計時',
  stop: '停止計時',
  stopWith: '以此分鐘數停止',
  workedMinutes: '實際工作分鐘數',
  total: '已記錄：{{time}}',
  none: '尚未記錄工時。',
  who: '人員',
  when: '時間',
  how: '方式',
  minutes: '工時',
  note: '備註',
  noteHint: '工時用於何種工作',
  running: '計時中…',
  source: { timer: '計時', manual: '手動' },
  manual: '手動輸入分鐘',
  manualHint: '每筆 1 至 {{max}} 分鐘',
  range: '每筆請輸入 1 至 {{max}} 的整數分鐘；較長的工作請分多筆記錄',
  add: '新增',
};

export const checklistZhTW: Messages<typeof checklistEn> = {
  title: '測試檢查表',
  source: {
    type: '此產品類別的檢查表',
    default: '預設檢查表',
  },
  notTesting: `${g.ticket}在測試中時才記錄測試結果（保修政策 3.3）。`,
  passed: '所有項目均已通過：可轉為待取件。',
  blocked: '所有項目通過前，無法轉為待取件：',
  failing: '未通過：{{items}}',
  missing: '未測試：{{items}}',
  pass: '通過',
  fail: '不通過',
  failNote: '不通過的情形',
  failNeedsNote: '測試不通過時，請說明不通過的情形',
  result: {
    pass: '通過',
    fail: '不通過',
    untested: '未測試',
  },
};
