import type { meetingsEn } from './meetings.en';

// 定期召開保修業務分析會議（政策 6）。
export const meetingsZhTW: typeof meetingsEn = {
  view: '分析會議',
  record: '記錄會議',
  empty: '尚無會議紀錄。',
  loading: '載入會議中…',
  pick: '請選擇會議，或記錄新會議。',
  row: '{{attendees}} 人出席 · {{problems}} 個問題',
  fields: {
    heldOn: '會議日期',
    attendees: '出席人員',
    periodFrom: '報表期間自',
    periodTo: '至',
    reportDocumentId: '已歸檔成本報表編號（選填）',
    agenda: '議程（每行一項）',
    minutes: '會議紀錄',
    problems: '決議處理的問題',
  },
  period: '期間 {{from}} – {{to}}',
  report: '成本報表文件 #{{id}}',
  noReport: '未附已歸檔的成本報表。',
  submit: '儲存會議',
  recorded: '已記錄 {{date}} 的會議。',
};
