import type { Messages } from '../en';
import type { navEn, workspacesEn } from './workspaces.en';

// 工作區：導覽列上的名稱，以及各工作區的用途（顯示在工作區頁面）。
export const navZhTW: Messages<typeof navEn> = {
  workspaces: '工作區',
  intake: '收件',
  bench: '維修台',
  stockroom: '倉庫',
  manage: '管理',
  settings: '設定',
};

export const workspacesZhTW: Messages<typeof workspacesEn> = {
  intake: {
    purpose:
      '登記客戶報修（客戶、產品型號、序號、故障描述），給客戶報修單號，並初步判斷是否屬保修範圍。',
  },
  bench: {
    purpose:
      '對已受理的報修進行診斷與維修，填寫維修記錄（故障原因、處理措施、更換零件），完成後交付維修驗收。',
  },
  stockroom: {
    purpose:
      '保修零部件按庫位分類存放；收貨檢驗、依審批發放領用、接收退回倉庫的零件，並定期盤點做到賬實相符。',
  },
  manage: {
    purpose: '交機之後的管理：客戶回訪與客訴、客戶資料、改進措施與分析會議、考核指標與保修費用。',
  },
};
