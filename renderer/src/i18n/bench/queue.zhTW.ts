import type { Messages } from '../en';
import type { pageEn, queueEn } from './queue.en';

export const pageZhTW: Messages<typeof pageEn> = {
  pickTitle: '尚未開啟工單',
  pickBody: '從待修佇列選擇工單（方向鍵與 Enter），或掃描機身標籤上的報修單號。',
};

export const queueZhTW: Messages<typeof queueEn> = {
  label: '待修佇列',
  scope: {
    mineOrUnassigned: '我的＋未認領',
    mine: '我的',
    unassigned: '未認領',
    all: '全部',
  },
  station: '維修站點',
  allStations: '全部站點',
  jump: '以報修單號開啟工單',
  jumpHint: '掃描報修單號，按 Enter',
  notFound: '找不到工單 {{text}}',
  unclaimed: '未認領',
  loading: '載入中…',
  count_one: '{{count}} 張工單',
  count_other: '{{count}} 張工單',
  more: '往下還有',
  empty: {
    mineOrUnassigned: '目前沒有待處理的工單：沒有指派給您的，也沒有未認領的。',
    mine: '沒有指派給您的工單。',
    unassigned: '所有工單都已認領。',
    all: '此站點沒有未完成的工單。',
  },
};
