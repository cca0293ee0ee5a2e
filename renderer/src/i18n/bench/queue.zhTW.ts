import type { Messages } from '../en';
import type { pageEn, queueEn } from './queue.en';
import { glossaryIn } from '../../../../main/rules/glossary';

// The policy's term for the ticket (報修單), as at intake and on the printed documents.
const g = glossaryIn('zh-TW');

export const pageZhTW: Messages<typeof pageEn> = {
  pickTitle: `尚未開啟${g.ticket}`,
  pickBody: `從待修佇列選擇${g.ticket}（方向鍵與 Enter），或掃描機身標籤上的${g.reportNo}。`,
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
  jump: `以${g.reportNo}開啟${g.ticket}`,
  jumpHint: '掃描報修單號，按 Enter',
  notFound: `找不到${g.ticket} {{text}}`,
  unclaimed: '未認領',
  loading: '載入中…',
  count_one: `{{count}} 張${g.ticket}`,
  count_other: `{{count}} 張${g.ticket}`,
  more: '往下還有',
  empty: {
    mineOrUnassigned: `目前沒有待處理的${g.ticket}：沒有指派給您的，也沒有未認領的。`,
    mine: `沒有指派給您的${g.ticket}。`,
    unassigned: `所有${g.ticket}都已認領。`,
    all: `此站點沒有未完成的${g.ticket}。`,
  },
};
