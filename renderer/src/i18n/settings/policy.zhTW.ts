import type { Messages } from '../en';
import type { calendarEn, policyEn } from './policy.en';

// 保修政策數值，以及計算期限所依據的工作日行事曆。
export const policyZhTW: Messages<typeof policyEn> = {
  intro: '維修站所依循的保修政策數值。',
  emergencyResponseHours: '緊急故障回應時限（小時）',
  emergencyResponseHoursHint: '保修承諾：接到客戶來電後於此時數內回應。',
  onSiteWorkingDays: '技術員到場時限（工作日）',
  onSiteWorkingDaysHint: '保修承諾：於此工作日數內派技術員到場。',
  followUpWorkingDays: '客戶回訪時限（工作日）',
  followUpWorkingDaysHint: '客戶回訪：維修完成後於此工作日數內回訪客戶。',
  reRepairWindowDays: '重複維修認定期間（天）',
  reRepairWindowDaysHint: '維修成功率：同一產品於維修完成後此天數內再次報修，計為重複維修。',
  labourRatePerHour: '每小時工時費',
  labourRatePerHourHint: '用於保修期外或非保修範圍的維修收費（保修費用核算）。',
  currency: '幣別',
  currencyHint: '三碼 ISO 幣別代碼，例如 TWD',
};

export const calendarZhTW: Messages<typeof calendarEn> = {
  intro: '工作日與假日用於計算到場與回訪時限。',
  workingDays: '工作日',
  holidays: '假日',
  holidayDate: '日期',
  addHoliday: '新增假日',
  noHolidays: '尚未設定假日。',
  weekdays: {
    '1': '週一',
    '2': '週二',
    '3': '週三',
    '4': '週四',
    '5': '週五',
    '6': '週六',
    '7': '週日',
  },
};
