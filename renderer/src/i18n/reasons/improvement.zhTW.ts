import type { ReasonTexts } from './types';

// 改進措施（政策 6）：問題、整改項目、成效評估、分析會議；用語與畫面（i18n/manage）一致；
// 政策詞彙表（main/rules/glossary.ts）沒有這些詞。
export const improvementZhTW: ReasonTexts<'improvement'> = {
  problemNotFound: '找不到問題 #{{id}}。',
  problemNotYours: '問題 {{number}} 不屬於您負責的範圍。',
  managersOnly: '改進措施由主管或系統管理員管理。',
  faultCodeNotFound: '找不到故障代碼 {{codes}}。',
  recordNotFound: '找不到紀錄 #{{ids}}。',
  noActiveStaff: '找不到在職員工 #{{id}}。',
  numberTaken: '問題編號 {{number}} 剛被同時建立的另一個問題使用，請再試一次。',

  noLongerChanged: '問題 {{number}} 已評估或已取消，不能再修改。',
  actionsWhileOpen: '問題 {{number}} 已結束處理：只有待處理或處理中的問題才能新增整改項目。',
  startOnlyOpen: '問題 {{number}} 不是待處理狀態：只有待處理的問題才能開始處理。',
  doneOnlyOpen: '問題 {{number}} 已結束處理：只有待處理或處理中的問題才能標記完成。',
  openActionsLeft:
    '問題 {{number}} 還有 {{open}} 個整改項目未完成：所有整改項目完成後，問題才算完成（政策 6）。',
  reopenOnlyDone: '問題 {{number}} 尚未完成：只有已完成的問題才能重新開啟。',
  cancelOnlyOpen: '問題 {{number}} 已結束處理：只有待處理或處理中的問題才能取消。',
  reviewOnlyDone: '問題 {{number}} 尚未完成：問題完成後才能評估成效（政策 6）。',
  noBackToOpen: '問題不能退回「待處理」。',
  reviewedByReview: '問題須記錄成效評估後才會成為「已評估」。',
  cancelNeedsReason: '請填寫取消原因。',
  nothingToChange: '沒有要變更的內容。',

  actionNotFound: '找不到整改項目 #{{id}}。',
  actionNotYours: '整改項目 #{{id}} 由{{responsible}}負責：只有本人或主管可以標記完成。',
  actionAlreadyDone: '整改項目 #{{id}} 已經完成。',
  actionsClosed: '問題 {{number}} 已結束處理，整改項目不能再標記完成。',
  deadlinePast: '期限已過，請設定今天或之後的日期。',
  actionChangedMeanwhile: '儲存期間整改項目 #{{id}} 已被變更，請再試一次。',

  adjustNeedsAction: '評估結論為「調整」時，須填寫新的整改項目。',
  actionOnlyWithAdjust: '只有評估結論為「調整」時才能新增整改項目。',

  meetingNotFound: '找不到會議 #{{id}}。',
  periodBackwards: '期間的結束日期早於開始日期。',
  attendeeNotFound: '出席人員中有找不到的員工。',
  meetingProblemNotFound: '決議處理的問題中有找不到的問題。',
  notPeriodCostReport: '找不到此編號的已歸檔期間成本報表。',
  meetingChangedElsewhere: '會議 #{{id}} 已被其他人修改，請重新載入。',
  meetingChangedMeanwhile: '儲存期間會議 #{{id}} 已被變更，請再試一次。',
};
