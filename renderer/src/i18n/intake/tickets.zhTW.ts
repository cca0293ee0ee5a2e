import type { Messages } from '../en';
import type { flagsEn, listEn, statusEn } from './tickets.en';

// 報修單清單與篩選條件，以及各處顯示的報修單狀態與標記。
export const listZhTW: Messages<typeof listEn> = {
  status: '狀態',
  anyStatus: '所有狀態',
  station: '維修站點',
  anyStation: '所有站點',
  warranty: '保修',
  anyWarranty: '所有保修判定',
  emergencyOnly: '緊急',
  overdueOnly: '逾期',
  dates: '報修日期',
  datesPlaceholder: '不限日期',
  clear: '清除篩選',
  columns: {
    reportNo: '報修單號',
    reportedAt: '報修時間',
    customer: '客戶',
    model: '型號',
    serial: '序號',
    station: '站點',
    warranty: '保修',
    status: '狀態',
  },
  shown_one: '已顯示 {{count}} 張報修單',
  shown_other: '已顯示 {{count}} 張報修單',
  more: '捲動以載入更多',
  empty: '沒有符合篩選條件的報修單。',
  loading: '載入中…',
};

export const statusZhTW: Messages<typeof statusEn> = {
  received: '已收件',
  diagnosing: '檢測中',
  awaiting_approval: '待客戶確認報價',
  awaiting_parts: '待料',
  in_repair: '維修中',
  testing: '測試中',
  ready_for_pickup: '待取件',
  delivered: '已交付',
  closed: '已結案',
  at_factory: '返廠中',
  back_from_factory: '返廠已回',
  return_unrepaired: '不修退回',
  cancelled: '已取消',
};

export const flagsZhTW: Messages<typeof flagsEn> = {
  emergency: '緊急',
  overdue: '逾期',
  repeat: '重複維修',
};
