// English UI strings, assembled from one file pair per feature (<feature>/<part>.en.ts and
// .zhTW.ts). zhTW.ts must have the same keys (checked by its type); the key paths here are the
// ones the screens use (t('intake.unit.serial')), so a file may move without a screen changing.
import { benchEn } from './bench';
import { errorsEn, validationEn } from './common/errors.en';
import { commonEn } from './common/labels.en';
import { rolesEn } from './common/roles.en';
import { inboxEn, liveEn } from './inbox.en';
import { intakeEn } from './intake';
import { manageEn } from './manage';
import { languageEn, themeEn } from './preferences/toggles.en';
import { changePinEn } from './session/changePin.en';
import { setupEn } from './session/setup.en';
import { signInEn } from './session/signIn.en';
import { settingsEn } from './settings';
import { appEn } from './shell/app.en';
import { shellEn } from './shell/header.en';
import { spotlightEn } from './shell/quickSearch.en';
import { navEn, workspacesEn } from './shell/workspaces.en';
import { stockroomEn } from './stockroom';

export const en = {
  app: appEn,
  common: commonEn,
  errors: errorsEn,
  validation: validationEn,
  language: languageEn,
  theme: themeEn,
  roles: rolesEn,
  setup: setupEn,
  signIn: signInEn,
  nav: navEn,
  shell: shellEn,
  spotlight: spotlightEn,
  workspaces: workspacesEn,
  intake: intakeEn,
  stockroom: stockroomEn,
  manage: manageEn,
  bench: benchEn,
  inbox: inboxEn,
  live: liveEn,
  settings: settingsEn,
  changePin: changePinEn,
};

/** The same tree with every leaf a string: the shape another language must fill in. */
export type Messages<T = typeof en> = {
  [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};
