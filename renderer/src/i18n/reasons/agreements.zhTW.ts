import { glossaryIn } from '../../../../main/rules/glossary';
import type { ReasonTexts } from './types';

const g = glossaryIn('zh-TW');

export const agreementsZhTW: ReasonTexts<'agreements'> = {
  agreementNotFound: `找不到${g.warranty}協議 #{{id}}。`,
  referenceNoUsed: '協議編號 {{referenceNo}} 已被使用。',
  overlaps: `協議 {{referenceNo}} 在部分相同日期已涵蓋這些${g.unit}。`,
  withdrawn: '協議 {{referenceNo}} 已撤銷。',
  endsEarlierOnly: '協議 {{referenceNo}} 的終止日已是 {{validTo}}，只能再提前。',
  usedUntil: `{{intakeDate}} 收件的${g.ticket}已依協議 {{referenceNo}} 判定${g.warranty}，協議不能在該日之前終止（政策 2）。`,
};
