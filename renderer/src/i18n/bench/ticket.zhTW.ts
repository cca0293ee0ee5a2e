import type { Messages } from '../en';
import type {
  acceptanceEn,
  actionsEn,
  assignEn,
  conflictEn,
  factoryEn,
  formatEn,
  printEn,
  quoteEn,
  tabsEn,
  ticketEn,
  timelineEn,
} from './ticket.en';
import { glossaryIn } from '../../../../main/rules/glossary';

// The policy's term for the ticket (報修單), as at intake and on the printed documents.
const g = glossaryIn('zh-TW');

export const ticketZhTW: Messages<typeof ticketEn> = {
  unit: '機器',
  customer: '客戶',
  reported: '報修時間',
  technician: '維修技師',
  due: '應於 {{at}} 前回應',
  fault: '客戶描述的故障',
  condition: '收件時外觀：{{condition}}',
  intakeRecord: '完整收件資料',
  rerepairOf: '返修自',
};

export const tabsZhTW: Messages<typeof tabsEn> = {
  log: '維修記錄',
  labour: '工時',
  parts: '零件',
  checklist: '測試檢查表',
  timeline: '處理歷程',
  history: '機器維修歷史',
};

export const actionsZhTW: Messages<typeof actionsEn> = {
  claim: '認領',
  assign: '指派',
  none: `目前此${g.ticket}沒有您可執行的動作。`,
  note: '備註',
  label: {
    claim: '認領',
    quote: '報價',
    quoteApproved: '客戶同意報價',
    quoteDeclined: '客戶拒絕報價',
    factorySend: '返廠',
    factoryReceive: '返廠回修',
    accept: '客戶驗收',
    reject: '客戶驗收不通過',
    cancel: `取消${g.ticket}`,
    to_received: '退回已收件',
    to_diagnosing: '開始檢測診斷',
    to_awaiting_approval: '待客戶確認',
    to_awaiting_parts: '轉為待料',
    to_in_repair: '開始維修',
    to_testing: '送測試',
    to_ready_for_pickup: '完修待取件',
    to_delivered: '交付客戶',
    to_closed: '結案',
    to_at_factory: '返廠',
    to_back_from_factory: '返廠回修',
    to_return_unrepaired: '不修退回',
    to_cancelled: `取消${g.ticket}`,
  },
  body: {
    quoteApproved: '客戶已同意報價：繼續維修（保修政策 3.2）。',
    quoteDeclined: '客戶拒絕報價：機器不修退回（保修政策 3.2）。請記下客戶的說明。',
    factoryReceive: '機器已從原廠返回。如原廠附有報告，請記下。',
    cancel: `${g.ticket}將取消，${g.reportNo}保留不再使用。請說明原因。`,
    returnUnrepaired: '機器將不修退回客戶。請說明原因（無法修復、客戶撤回等）。',
  },
  blocked: {
    checklist: '測試檢查表所有項目均通過後才能轉為待取件（保修政策 3.3）。',
    quote: '不在保修範圍：客戶同意報價前，除檢測診斷外不得進行維修（保修政策 3.2）。',
    notCovered: '保修範圍內：維修費用由公司負擔，無需報價。',
    accepted: '客戶驗收同意後才能結案（保修政策 3.4）。',
    quoteDeclined: '客戶拒絕報價後才能不修退回。',
  },
};

export const assignZhTW: Messages<typeof assignEn> = {
  title: '指派 {{reportNo}}',
  current: '目前由 {{name}} 負責。',
  unclaimed: `此${g.ticket}尚未有人認領。`,
  to: '指派給',
  pick: `請選擇技師，或將${g.ticket}釋回待修佇列`,
  release: '不指派：釋回待修佇列',
  submit: '指派',
};

export const quoteZhTW: Messages<typeof quoteEn> = {
  title: '{{reportNo}} 報價',
  body: '不在保修範圍：請估算工時與零件。客戶同意報價後才進行維修（保修政策 3.2）。',
  labourMinutes: '工時（分鐘）',
  labourHint: '每小時 {{rate}} {{currency}}',
  minutesRange: '請輸入 1 至 {{max}} 的整數分鐘',
  part: '零件編號',
  partHint: '掃描或輸入零件編號後按 Enter；再掃一次即加一件',
  noPart: '找不到可用的零件 {{partNo}}',
  quantityOf: '{{partNo}} 數量',
  note: '給客戶的說明',
  estimate: '工時 {{labour}} ＋ 零件 {{parts}}',
  submit: '送出報價',
  summary: '報價 {{total}} {{currency}}',
  sent: '報價於 {{at}}',
  status: {
    pending: '待客戶確認',
    approved: '客戶已同意',
    declined: '客戶已拒絕',
  },
};

export const acceptanceZhTW: Messages<typeof acceptanceEn> = {
  title: '{{reportNo}} 客戶驗收',
  accept: '驗收並簽名',
  reject: '驗收不通過',
  acceptBody: '請客戶檢查修好的機器。客戶接受後在下方簽名並取回機器（保修政策 3.4）。',
  signHint: '客戶簽名確認驗收',
  signFirst: '請客戶先簽名',
  acceptSubmit: '驗收通過：交付機器',
  rejectBody: `客戶不接受維修結果時，本${g.ticket}結案，並開立一張與其關聯的返修${g.ticket}（保修政策 3.4）。`,
  reason: '客戶發現的問題',
  rejectSubmit: '驗收不通過：開立返修單',
  rerepairOpened: '已開立返修單 {{reportNo}}。',
  rerepair: '返修單：',
  outcome: {
    accepted: '客戶驗收通過',
    rejected: '客戶驗收不通過',
  },
};

export const factoryZhTW: Messages<typeof factoryEn> = {
  sendTitle: '{{reportNo}} 返廠',
  sendBody: `機器送回原廠維修，${g.ticket}等待機器返回。故障描述會印在返廠維修單上。`,
  carrier: '貨運公司',
  trackingNo: '貨運單號',
  fault: '給原廠的故障描述',
  send: '返廠',
  shipments: '返廠記錄',
  sent: '送出',
  received: '返回',
  report: '原廠報告',
};

export const conflictZhTW: Messages<typeof conflictEn> = {
  title: `其他人已修改此${g.ticket}`,
  reloaded: `您的修改未儲存。已重新讀取${g.ticket}目前的內容：請確認後，如仍需要再操作一次。`,
};

export const printZhTW: Messages<typeof printEn> = {
  menu: '列印',
  repairRecord: '維修記錄（客戶聯＋公司聯）',
  reprint: '補印維修記錄（副本）',
  reprintOther: '補印英文副本（Duplicate in English）',
  quote: '報價單',
  factoryForm: '返廠維修單',
  warrantyVoucher: '保修憑證',
  noOriginal: '請先列印維修記錄；補印會複製原件。',
};

export const timelineZhTW: Messages<typeof timelineEn> = {
  title: '處理歷程',
  none: `尚無異動：${g.ticket}維持收件時的狀態。`,
  kinds: {
    intake: '收件登記',
    status: '狀態變更',
    claim: '領取',
    assign: '指派',
    note: '新增備註',
    fault: '登錄故障代碼',
    faultRemoved: '移除故障代碼',
    labour: '登錄工時：{{minutes}} 分鐘',
    check: '登錄測試檢查表',
    quote: '開立報價',
    quoteApproved: '客戶同意報價',
    quoteDeclined: '客戶拒絕報價',
    requisition: '申請領用零件（{{reqNo}}）',
    requisitionApproved: '領用申請 {{reqNo}} 已審批',
    requisitionRejected: '領用申請 {{reqNo}} 已駁回',
    partsIssued: '零件已發放（{{reqNo}}）',
    partsReturned: '零件已退回倉庫（{{reqNo}}）',
    document: '列印：{{document}}',
    payment: '登錄收款',
    accepted: '客戶驗收並簽名',
    rejected: '客戶未驗收',
    factory: '返廠維修',
    photo: '附加照片',
    signature: '客戶簽名',
    warrantyOverride: '變更保修判定',
    cancelled: '已取消',
    responded: '已聯絡客戶',
    other: '{{action}}',
  },
};

export const formatZhTW: Messages<typeof formatEn> = {
  minutes: '{{m}} 分鐘',
  hoursMinutes: '{{h}} 小時 {{m}} 分',
};
