import type { Messages } from '../en';
import { customerEn } from './customer.en';
import { customerZhTW } from './customer.zhTW';
import { detailEn } from './detail.en';
import { detailZhTW } from './detail.zhTW';
import { draftEn } from './draft.en';
import { draftZhTW } from './draft.zhTW';
import { signatureEn, submitEn, viewsEn } from './form.en';
import { signatureZhTW, submitZhTW, viewsZhTW } from './form.zhTW';
import { successEn } from './receipt.en';
import { successZhTW } from './receipt.zhTW';
import { reportEn } from './report.en';
import { reportZhTW } from './report.zhTW';
import { flagsEn, listEn, statusEn } from './tickets.en';
import { flagsZhTW, listZhTW, statusZhTW } from './tickets.zhTW';
import { unitEn } from './unit.en';
import { unitZhTW } from './unit.zhTW';
import { warrantyEn } from './warranty.en';
import { warrantyZhTW } from './warranty.zhTW';

// The intake's strings, one file pair per part of the screen (t('intake.unit.serial')): the
// form's sections, the receipt after registering, the tickets list and a ticket's detail.
export const intakeEn = {
  draft: draftEn,
  views: viewsEn,
  unit: unitEn,
  customer: customerEn,
  report: reportEn,
  warranty: warrantyEn,
  signature: signatureEn,
  ...submitEn,
  success: successEn,
  list: listEn,
  status: statusEn,
  flags: flagsEn,
  detail: detailEn,
};

export const intakeZhTW: Messages<typeof intakeEn> = {
  draft: draftZhTW,
  views: viewsZhTW,
  unit: unitZhTW,
  customer: customerZhTW,
  report: reportZhTW,
  warranty: warrantyZhTW,
  signature: signatureZhTW,
  ...submitZhTW,
  success: successZhTW,
  list: listZhTW,
  status: statusZhTW,
  flags: flagsZhTW,
  detail: detailZhTW,
};
