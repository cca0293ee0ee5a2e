import { complaintsEn } from './complaints.en';
import { complaintsZhTW } from './complaints.zhTW';
import { costReportEn } from './costReport.en';
import { costReportZhTW } from './costReport.zhTW';
import { followUpsEn } from './followUps.en';
import { followUpsZhTW } from './followUps.zhTW';
import { indicatorsEn } from './indicators.en';
import { indicatorsZhTW } from './indicators.zhTW';
import { periodEn } from './period.en';
import { periodZhTW } from './period.zhTW';

// The Manage workspace's strings (管理), one file pair per view (t('manage.followUps.view')).
export const manageEn = {
  followUps: followUpsEn,
  complaints: complaintsEn,
  indicators: indicatorsEn,
  costReport: costReportEn,
  period: periodEn,
};

export const manageZhTW = {
  followUps: followUpsZhTW,
  complaints: complaintsZhTW,
  indicators: indicatorsZhTW,
  costReport: costReportZhTW,
  period: periodZhTW,
};
