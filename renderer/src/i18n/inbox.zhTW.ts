import type { Messages } from './en';
import type { inboxEn, liveEn } from './inbox.en';

export const inboxZhTW: Messages<typeof inboxEn> = {
  label: '待辦事項',
  empty: '目前沒有待辦事項。',
  items: {
    approve_one: '{{count}} 張領用申請表待審批',
    approve_other: '{{count}} 張領用申請表待審批',
    issue_one: '{{count}} 張領用申請表待發放',
    issue_other: '{{count}} 張領用申請表待發放',
    assigned_one: '{{count}} 張指派給我的工單',
    assigned_other: '{{count}} 張指派給我的工單',
    followUps_one: '{{count}} 通逾期的客戶回訪',
    followUps_other: '{{count}} 通逾期的客戶回訪',
  },
};

export const liveZhTW: Messages<typeof liveEn> = {
  changedBy: '您編輯時，{{name}} 已修改此資料。',
  reload: '重新載入',
};
