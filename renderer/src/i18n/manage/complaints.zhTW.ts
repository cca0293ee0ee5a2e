import type { Messages } from '../en';
import type { complaintsEn } from './complaints.en';

// 客訴（政策 3.6）：指派負責人並訂定期限，直到處理完成。
export const complaintsZhTW: Messages<typeof complaintsEn> = {
  view: '客訴',
  lists: { mine: '我的', open: '全部未結' },
  empty: { mine: '目前沒有由您負責的客訴。', open: '沒有未結的客訴。' },
  loading: '正在載入客訴…',
  pick: '從清單選擇一筆客訴。',
  overdue: '逾期',
  status: {
    open: '待處理',
    in_progress: '處理中',
    resolved: '已解決',
    closed: '已結案',
  },
  unassigned: '尚未指派',
  responsible: '負責人',
  dueDate: '期限',
  description: '客訴內容',
  resolution: '處理結果',
  rerepair: '返修單',
  recorded: '{{at}} 登記',
  timeline: '處理經過',
  events: {
    recorded: '登記',
    routed: '指派給 {{name}}，期限 {{date}}',
    routedEarlier: '已指派，期限 {{date}}',
    started: '開始處理',
    resolved: '已解決',
    closed: '結案',
  },
  actions: {
    route: '指派',
    start: '開始處理',
    resolve: '解決',
    close: '結案',
  },
  notAllowed: '{{action}}：{{reason}}',
  route: {
    responsible: '負責人',
    pick: '請選擇人員',
    dueDate: '期限',
    note: '備註',
    submit: '指派',
  },
  resolve: {
    resolution: '處理方式',
    rerepair: '為此產品開立返修單',
    submit: '解決',
  },
  done: {
    route: '客訴 #{{id}} 已指派給 {{name}}。',
    start: '客訴 #{{id}} 處理中。',
    resolve: '客訴 #{{id}} 已解決。',
    close: '客訴 #{{id}} 已結案。',
  },
};
