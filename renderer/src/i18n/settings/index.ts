import type { Messages } from '../en';
import { auditEn, verifyEn } from './audit.en';
import { auditZhTW, verifyZhTW } from './audit.zhTW';
import { backupEn } from './backup.en';
import { backupZhTW } from './backup.zhTW';
import { catalogueEn } from './catalogue.en';
import { catalogueZhTW } from './catalogue.zhTW';
import { depotEn, languageEn, securityEn } from './depot.en';
import { depotZhTW, languageZhTW, securityZhTW } from './depot.zhTW';
import { documentsEn } from './documents.en';
import { documentsZhTW } from './documents.zhTW';
import { pageEn } from './page.en';
import { pageZhTW } from './page.zhTW';
import { calendarEn, policyEn } from './policy.en';
import { calendarZhTW, policyZhTW } from './policy.zhTW';
import { pricesEn } from './prices.en';
import { pricesZhTW } from './prices.zhTW';
import { staffEn } from './staff.en';
import { staffZhTW } from './staff.zhTW';

// The settings' strings, one file pair per tab or pair of tabs (t('settings.policy.currency')).
export const settingsEn = {
  ...pageEn,
  backup: backupEn,
  catalogue: catalogueEn,
  prices: pricesEn,
  depot: depotEn,
  policy: policyEn,
  calendar: calendarEn,
  language: languageEn,
  security: securityEn,
  staff: staffEn,
  audit: auditEn,
  verify: verifyEn,
  documents: documentsEn,
};

export const settingsZhTW: Messages<typeof settingsEn> = {
  ...pageZhTW,
  backup: backupZhTW,
  catalogue: catalogueZhTW,
  prices: pricesZhTW,
  depot: depotZhTW,
  policy: policyZhTW,
  calendar: calendarZhTW,
  language: languageZhTW,
  security: securityZhTW,
  staff: staffZhTW,
  audit: auditZhTW,
  verify: verifyZhTW,
  documents: documentsZhTW,
};
