import { glossaryIn } from '../../../../main/rules/glossary';
import type { ReasonTexts } from './types';

const g = glossaryIn('zh-TW');

export const appraisalZhTW: ReasonTexts<'appraisal'> = {
  trainingNotYetHeld: '培訓舉辦之後才能登記（今天是 {{today}}）。',
  othersTraining: '只有主管或系統管理員可以查看他人的培訓記錄。',
  stationNotFound: `找不到${g.repairStation} #{{id}}。`,
};
