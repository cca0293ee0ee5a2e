import type { ReasonTexts } from './types';

export const customersZhTW: ReasonTexts<'customers'> = {
  notFound: '找不到客戶 #{{id}}。',
  phoneSearchDigits: '以電話搜尋至少需要 3 位數字，且不可含字母。',
  mergedInto: '客戶 #{{id}} 已合併至 #{{keptId}} {{keptName}}，請改用該客戶。',
  alreadyMerged: '客戶 #{{id}} {{name}} 已合併至 #{{keptId}} {{keptName}}。',
  mergeIntoItself: '客戶不能與自己合併。',
  agreementsOverlap:
    '重複客戶的保修協議 {{agreement}} 與保留客戶的協議 {{keptAgreement}} 期間重疊，請先終止其中一份。',
};
