import type { Messages } from '../en';
import type { commonEn } from './labels.en';

// 各畫面共用的字詞：按鈕，以及只有系統管理員可變更之設定的提示。
export const commonZhTW: Messages<typeof commonEn> = {
  save: '儲存',
  cancel: '取消',
  close: '關閉',
  create: '建立',
  saved: '已儲存',
  actions: '操作',
  details: '詳細',
  remove: '移除',
  loadMore: '載入更多',
  readOnly: '只有系統管理員可以變更這些設定。',
};
