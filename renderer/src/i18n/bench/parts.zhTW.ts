import type { Messages } from '../en';
import type { costEn, partsEn } from './parts.en';
import { glossaryIn } from '../../../../main/rules/glossary';

// The policy's term for the ticket (報修單), as at intake and on the printed documents.
const g = glossaryIn('zh-TW');

export const partsZhTW: Messages<typeof partsEn> = {
  title: '零件',
  none: `此${g.ticket}尚未申請零件。`,
  request: '申請領料',
  requestTitle: '{{reportNo}} 領用申請表',
  requestBody: '請掃描每項零件並輸入數量。主管審批後，由倉庫發放（保修政策 5.3）。',
  sent: '領用申請 {{reqNo}} 已送審批。',
  requisition: '領用申請',
  part: '零件',
  requested: '申請',
  approved: '核准',
  issued: '已發放',
  returned: '已退回',
  consumed: '已使用',
  cost: '成本（{{currency}}）',
  out: '已發放未退回',
  return: '退回未用零件',
  returnTitle: '{{reportNo}} 未用零件退回倉庫',
  returnBody: '請清點退回上架的數量。仍為已發放的即為維修所用，並計入成本（保修政策 5.3）。',
  returnQty: '本次退回',
  returnOf: '{{partNo}} 本次退回數量',
  returnAtMost_one: '最多 {{count}} 件',
  returnAtMost_other: '最多 {{count}} 件',
  returnNothing: '請輸入退回數量',
  returnNote: '備註',
  returnSubmit: '退回倉庫',
  returnHint: '未使用的零件請盡快退回倉庫，由倉管人員登記退回（保修政策 5.3）。',
};

export const costZhTW: Messages<typeof costEn> = {
  labour: '工時 {{time}}',
  parts: '零件成本',
  total: '合計',
  borneBy: {
    company: '由公司負擔',
    customer: '向客戶收費',
  },
};
