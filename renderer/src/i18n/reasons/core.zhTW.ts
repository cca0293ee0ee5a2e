import type { ReasonTexts } from './types';

export const coreZhTW: ReasonTexts<'core'> = {
  internal: 'Depot 核心發生錯誤，詳情已記錄在日誌中。',
  changedElsewhere: '{{record}} 已被其他人修改，請重新載入後再試。',
  changedMeanwhile: '{{record}} 在儲存時已被變更，請再試一次。',

  updatesDesktopOnly: '只有桌面版應用程式能安裝更新。',

  badToken: '缺少 Depot 存取權杖，或權杖錯誤。',
  eventsTicketGone: '事件通行碼缺少、已使用或已過期。',
  usePost: '請使用 POST。',
  bodyNotJson: '請求內容不是有效的 JSON。',
  bodyTooLarge: '請求內容過大：此請求最多接受 {{maxBytes}} 位元組。',
  unexpectedHost: '非預期的 Host 標頭。',
  pathNotFound: '找不到此頁面。',
  foreignOrigin: '拒絕來自其他網站的請求。',
  jsonOnly: '請以 Content-Type: application/json 傳送資料。',
  sessionHeaderMissing:
    '每個請求都必須帶有其分頁專屬的 {{header}} 標頭：1 至 100 個英文字母、數字、- 或 _。',
  badPath: '路徑不是有效的 %-編碼 UTF-8。',
  serverTokenShort:
    'DEPOT_TOKEN 至少要有 {{min}} 個字元（目前為 {{length}} 個）；不設定則會使用隨機權杖。',
  serverTokenChars: 'DEPOT_TOKEN 只能包含英文字母、數字及 . _ ~ -（它會出現在網址與標頭中）。',
  pageMayNotCall: '此頁面不得呼叫 Depot 核心。',
};
