import { glossaryIn } from '../../../../main/rules/glossary';
import type { ReasonTexts } from './types';

const g = glossaryIn('zh-TW');

export const intakeZhTW: ReasonTexts<'intake'> = {
  ticketNotFound: `找不到${g.ticket} #{{id}}。`,
  unitNotFound: `找不到${g.unit} #{{id}}。`,
  modelNotFound: `找不到產品${g.model} #{{id}}。`,
  typeNotFound: '找不到產品類別 #{{id}}。',
  stationNotFound: `找不到啟用中的${g.repairStation} #{{id}}。`,
  requestIdReused: '此表單已以不同內容送出過，請重新載入後再輸入。',
  reportedInFuture: '報修時間不能是未來的時間。',
  lateReport: '報修時間已超過 {{hours}} 小時：逾時報修須由主管登記。',
  unitHasOpenTicket: `${g.unit} {{serial}} 已有未結案的${g.ticket} {{reportNo}}，請先完成或取消該${g.ticket}。`,
  serialRegistered: `${g.serial} {{serial}} 已登記於${g.model} {{model}}，請選擇既有的${g.unit}。`,
  explainNotCovered: `請向客戶說明為何${g.notCovered}（保修流程 3.1）。`,
  coveredNoAlternative: `此案件${g.covered}，不適用付費方案。`,
  invoiceInFuture: `${g.purchaseInvoiceDate} {{invoiceDate}} 不能是未來的日期。`,
  invoiceAfterIntake: `${g.purchaseInvoiceDate} {{invoiceDate}} 晚於收件日期 {{intakeDate}}。`,
  invoiceDateSupervisorOnly: `已登記的${g.purchaseInvoiceDate}只有主管可以變更。`,
  exclusionTwice: '此原因重複登記。',
  expiredContradictsInvoice: `「${g.outOfWarranty}」與${g.purchaseInvoiceDate}不符：${g.warrantyPeriod}至 {{expiresOn}} 止。`,
  warrantyMonthsInvalid: `${g.warrantyPeriod}必須是 0 以上的整數月數。`,
  ticketCancelled: `${g.ticket} {{reportNo}} 已取消，不能再變更。`,
  ticketCompleted: `${g.ticket} {{reportNo}} 已完成，不能再變更。`,
  cancelOnlyBeforeRepair: `${g.ticket} {{reportNo}} 已開始維修：只有在維修開始前才能取消。`,
  alreadyCovered: `${g.ticket} {{reportNo}} 已${g.covered}。`,
  typeCodeUsed: '產品類別代碼「{{code}}」已被使用。',
  modelCodeUsed: `${g.model}代碼「{{code}}」已被使用。`,
  stationCodeUsed: `${g.repairStation}代碼「{{code}}」已被使用。`,
  overrideNoteRequired: `請說明此${g.warrantyPeriod}依據哪一項規定或協議。`,
  wholePhone: '請以完整電話號碼搜尋。',
  queryTooShort: '請至少輸入 1 個中文字，或 3 個英文字母或數字再搜尋。',
};
