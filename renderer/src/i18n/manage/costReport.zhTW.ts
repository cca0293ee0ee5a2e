import type { Messages } from '../en';
import type { costReportEn } from './costReport.en';

export const costReportZhTW: Messages<typeof costReportEn> = {
  view: '費用核算',
  explain:
    '期間內交還客戶的報修單，依維修站點與產品類別彙總：工時依每小時工資率計價，零件以領用成本扣除退料計價。保內維修由公司負擔，其餘由客戶負擔。合計等於各列之和。',
  rate: '現行工資率每小時 {{rate}} {{currency}}；每張報修單依交還時之成本與帳單計',
  columns: {
    station: '維修站點',
    productType: '產品類別',
    tickets: '報修單數',
    labourMinutes: '工時（分鐘）',
    labourCost: '工資（{{currency}}）',
    partsCost: '零件（{{currency}}）',
    companyBorne: '公司負擔（{{currency}}）',
    customerBorne: '客戶負擔（{{currency}}）',
    billed: '應收（{{currency}}）',
    paid: '已收（{{currency}}）',
  },
  total: '合計',
  export: '匯出 CSV',
  exported_one: '已匯出 {{count}} 列：{{file}}',
  exported_other: '已匯出 {{count}} 列：{{file}}',
  print: '列印對帳表',
  notAllowed: '維修站的費用僅供財務人員、主管與系統管理員查看（政策第 3.5 條）。',
  emptyTitle: '此期間沒有交還的報修單',
  emptyBody: '請選擇其他期間，或待維修完成的機器交還客戶後再查看。',
};
