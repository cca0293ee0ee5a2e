import type { Messages } from '../en';
import type { periodEn } from './period.en';

export const periodZhTW: Messages<typeof periodEn> = {
  label: '期間',
  presets: {
    thisMonth: '本月',
    lastMonth: '上月',
    thisYear: '今年',
    custom: '自訂',
  },
  range: '起訖日期（當地日期，含首尾）',
  placeholder: '請選擇起始日與結束日',
};
