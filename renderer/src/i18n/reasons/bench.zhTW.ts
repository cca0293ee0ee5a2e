import { glossaryIn } from '../../../../main/rules/glossary';
import type { ReasonTexts } from './types';

const g = glossaryIn('zh-TW');

export const benchZhTW: ReasonTexts<'bench'> = {
  notOnBench: `${g.ticket} {{reportNo}} 的狀態為「{{status}}」，已不在維修檯上。`,
  notNow: `${g.ticket} {{reportNo}} 的狀態為「{{status}}」，現在不能這樣做。`,
  notClaimed: `${g.ticket} {{reportNo}} 尚未有人認領，請先認領。`,
  assignedToOther: `${g.ticket} {{reportNo}} 已指派給另一位技術員；如需改派請找主管。`,
  claimedBy: `${g.ticket} {{reportNo}} 已由 {{name}} 認領；主管可以改派。`,
  alreadyYours: `${g.ticket} {{reportNo}} 已經是您的了。`,
  claimedMeanwhile: `${g.ticket} {{reportNo}} 在此期間已被他人認領。`,
  staffNotFound: '找不到在職員工 #{{id}}。',
  notTechnician: '{{name}} 不是技術員。',

  cannotGo: `${g.ticket} {{reportNo}} 的狀態為「{{status}}」，不能改為「{{to}}」。`,
  recordedElsewhere: '從「{{from}}」改為「{{to}}」須在專屬畫面記錄。',
  needsApprovedQuote: `${g.ticket} {{reportNo}} ${g.notCovered}，且客戶尚未同意報價：客戶同意前只做檢測，不進行維修（政策 3.2）。`,
  coveredNoQuote: `${g.ticket} {{reportNo}} ${g.covered}，維修費用由公司負擔，無須報價。`,
  notAccepted: `客戶尚未驗收${g.ticket} {{reportNo}} 的維修（政策 3.4）。`,
  checklistNotPassed: `${g.ticket} {{reportNo}} 的測試清單尚未全部通過（政策 3.3）。`,
  quoteNotDeclined: `客戶並未拒絕${g.ticket} {{reportNo}} 的報價。`,
  noShipment: `${g.ticket} {{reportNo}} 沒有${g.returnToFactory}的出貨記錄。`,
  acceptWhenReady: `${g.ticket} {{reportNo}} 的狀態為「{{status}}」；待可取件時客戶才進行${g.acceptanceCheck}。`,

  codeNotFound: '找不到{{kind}}代碼 {{code}}。',
  codeExists: '{{kind}}代碼 {{code}} 已存在，請開啟它進行修改。',
  codeRetired: '{{kind}}代碼 {{code}}（{{name}}）已停用，請選擇其他代碼。',
  faultTwice: `${g.ticket} {{reportNo}} 已有故障 {{symptom}} / {{cause}} / {{measure}}。`,
  faultNotFound: `${g.ticket} {{reportNo}} 上沒有故障 #{{id}}。`,
  faultRemoved: `故障 #{{id}} 已從${g.ticket} {{reportNo}} 移除。`,

  timerRunning: `您在此${g.ticket}的計時器已在執行中。`,
  noTimer: `您在${g.ticket} {{reportNo}} 上沒有執行中的計時器。`,
  timerStopped: `您在${g.ticket} {{reportNo}} 上的計時器已停止。`,
  minutesOverElapsed: '計時器共執行 {{elapsed}} 分鐘；最多只能記錄這麼多，其他工作請另行記錄。',
  timerLeftRunning:
    '計時器共執行 {{elapsed}} 分鐘，超過 12 小時，可能忘了停止。請以實際工作分鐘數停止。',

  checklistNeedsItem: '預設測試清單至少需要一個項目。',
  testWhileTesting: `${g.ticket} {{reportNo}} 的狀態為「{{status}}」；測試結果只能在測試中記錄（政策 3.3）。`,
  itemNotOnChecklist: `項目 #{{id}} 不在此${g.ticket}產品類別所用的測試清單上。`,
  checkRecordedMeanwhile: '{{code}} 在此期間已被記錄，請重新載入後再檢查。',

  quoteNotFound: '找不到報價 #{{id}}。',
  quoteAnswered: '報價 #{{id}} 已被{{status}}。',
  quoteReplaced: '報價 #{{id}} 已被較新的報價取代，請回覆該報價。',
};
