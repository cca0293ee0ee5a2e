import { glossaryIn } from '../../../../main/rules/glossary';
import type { ReasonTexts } from './types';

const g = glossaryIn('zh-TW');

// 客訴的 `state` 依客訴畫面的名稱顯示（由其資源巢狀取得）。
const state = '「$t(manage.complaints.status.{{state}})」';

export const aftercareZhTW: ReasonTexts<'aftercare'> = {
  followUpNotFound: '找不到客戶回訪 #{{id}}。',
  followUpDone: '客戶回訪 #{{id}} 已完成：已聯絡上客戶並取得回覆。',
  followUpChangedMeanwhile: '客戶回訪 #{{id}} 在儲存期間已被變更，請再試一次。',
  followUpOtherTicket: `客戶回訪 #{{id}} 屬於另一張${g.ticket}。`,

  complaintNotFound: '找不到客訴 #{{id}}。',
  complaintNotYours: '客訴 #{{id}} 不是由您負責。',
  routeBySupervisor: '客訴由主管或系統管理員指派。',
  inOthersHands: '客訴 #{{id}} 由 {{name}} 負責，只有負責人或主管可以處理。',
  notRoutedYetSupervisorOnly: '客訴 #{{id}} 尚未指派負責人，只有主管可以處理。',
  cannotRoute: `客訴 #{{id}} 目前為${state}，現在不能指派。`,
  cannotStart: `客訴 #{{id}} 目前為${state}，現在不能開始處理。`,
  cannotResolve: `客訴 #{{id}} 目前為${state}，現在不能標示為已解決。`,
  closeOnlyResolved: `客訴 #{{id}} 目前為${state}：客訴必須先解決才能結案（政策 3.6）。`,
  startNeedsResponsible: '客訴 #{{id}} 尚未指派負責人，請由主管先指派。',
  complaintChangedElsewhere: '客訴 #{{id}} 已被其他人變更，請重新載入後再試一次。',
  complaintChangedMeanwhile: '客訴 #{{id}} 在儲存期間已被變更，請再試一次。',
  responsibleNotActive: '找不到在職的員工 #{{id}}。',
  deadlinePast: '期限已經過了。',
  rerepairStillAtDepot: `${g.ticket} {{reportNo}} 的${g.unit}仍在${g.repairStation}（{{status}}）：返修只適用於已交還客戶的${g.unit}。`,
};
