import type { Messages } from '../en';
import type { draftEn } from './draft.en';

// 收件草稿（issue 11, item 4）：填寫中的內容依人員保存。
export const draftZhTW: Messages<typeof draftEn> = {
  restored: '已還原草稿（儲存於 {{when}}）。',
  notKept: '草稿不保存照片與客戶簽名，請重新拍照並請客戶簽名。',
  discard: '捨棄草稿',
  confirmTitle: '捨棄這份收件？',
  confirmBody: '此收件已輸入的內容將全部清除，並從您的草稿中刪除，無法復原。',
  keep: '保留',
  confirm: '捨棄',
  state: {
    saving: '正在儲存草稿…',
    saved: '草稿已儲存',
    failed: '草稿尚未儲存，內容仍在此畫面',
  },
};
