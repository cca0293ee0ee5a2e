import { complaintsEn } from './complaints.en';
import { complaintsZhTW } from './complaints.zhTW';
import { actionsEn } from './actions.en';
import { actionsZhTW } from './actions.zhTW';
import { meetingsEn } from './meetings.en';
import { meetingsZhTW } from './meetings.zhTW';
import { dashboardEn } from './dashboard.en';
import { dashboardZhTW } from './dashboard.zhTW';
import { customersEn } from './customers.en';
import { customersZhTW } from './customers.zhTW';
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
  dashboard: dashboardEn,
  customers: customersEn,
  followUps: followUpsEn,
  complaints: complaintsEn,
  indicators: indicatorsEn,
  costReport: costReportEn,
  period: periodEn,
  actions: actionsEn,
  meetings: meetingsEn,
};

export const manageZhTW = {
  dashboard: dashboardZhTW,
  customers: customersZhTW,
  followUps: followUpsZhTW,
  complaints: complaintsZhTW,
  indicators: indicatorsZhTW,
  costReport: costReportZhTW,
  period: periodZhTW,
  actions: actionsZhTW,
  meetings: meetingsZhTW,
};
