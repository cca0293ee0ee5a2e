import { glossaryIn } from '../../../../main/rules/glossary';
import type { ReasonTexts } from './types';

const g = glossaryIn('zh-TW');

export const documentsZhTW: ReasonTexts<'documents'> = {
  recordNotYet: `${g.ticket} {{reportNo}} 的狀態為「{{status}}」；${g.repairRecord}在維修通過測試後才列印。`,
  notRepaired: `${g.ticket} {{reportNo}} 未經維修（已原件退回），沒有${g.repairRecord}。`,
  voucherNotYet: `${g.ticket} {{reportNo}} 的狀態為「{{status}}」；${g.warrantyVoucher}在交機時列印。`,
  notAccepted: `${g.ticket} {{reportNo}} 並非以客戶驗收的維修交回，沒有可保修的維修（政策 3.4）。`,
  documentNotFound: '找不到文件 #{{id}}。',
  shipmentNotFound: `找不到${g.returnToFactory}出貨 #{{id}}。`,
  ticketCancelled: `${g.ticket} {{reportNo}} 已取消，不列印任何文件。`,
  linkGone: '此文件連結不存在、已使用或已過期，請重新開啟文件。',
  reprintAsDuplicate: `${g.repairRecord}以副本方式補印，請使用其專屬的補印功能。`,
  notRepairRecord: `文件 #{{id}} 不是${g.repairRecord}；其他文件依原樣補印。`,
  snapshotUnreadable: `文件 #{{id}} 的存檔內容不是可讀取的${g.repairRecord}。`,
  reprintBusy: '文件 #{{id}} 正在另一個櫃台補印，請再試一次。',
  archiveDateInvalid: '文件存檔需要 ISO 格式的日期，收到的是「{{createdAt}}」。',
  archivedFileMissing: '文件 #{{id}} 的存檔檔案遺失。',
  archivedFileAltered: '文件 #{{id}} 的存檔檔案已被更改，與記錄的檢查碼不符。',
};
