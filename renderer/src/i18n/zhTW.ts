import type { Messages } from './en';
import { benchZhTW } from './bench';
import { errorsZhTW, validationZhTW } from './common/errors.zhTW';
import { commonZhTW } from './common/labels.zhTW';
import { rolesZhTW } from './common/roles.zhTW';
import { inboxZhTW, liveZhTW } from './inbox.zhTW';
import { intakeZhTW } from './intake';
import { manageZhTW } from './manage';
import { languageZhTW, themeZhTW } from './preferences/toggles.zhTW';
import { changePinZhTW } from './session/changePin.zhTW';
import { setupZhTW } from './session/setup.zhTW';
import { signInZhTW } from './session/signIn.zhTW';
import { settingsZhTW } from './settings';
import { appZhTW } from './shell/app.zhTW';
import { shellZhTW } from './shell/header.zhTW';
import { spotlightZhTW } from './shell/quickSearch.zhTW';
import { navZhTW, workspacesZhTW } from './shell/workspaces.zhTW';
import { stockroomZhTW } from './stockroom';

// 繁體中文 UI strings, using the policy's own terms (收件, 維修, 倉庫, 報修單號, 維修記錄, 領用...),
// assembled from the same per-feature file pairs as en.ts.
export const zhTW: Messages = {
  app: appZhTW,
  common: commonZhTW,
  errors: errorsZhTW,
  validation: validationZhTW,
  language: languageZhTW,
  theme: themeZhTW,
  roles: rolesZhTW,
  setup: setupZhTW,
  signIn: signInZhTW,
  nav: navZhTW,
  shell: shellZhTW,
  spotlight: spotlightZhTW,
  workspaces: workspacesZhTW,
  intake: intakeZhTW,
  stockroom: stockroomZhTW,
  manage: manageZhTW,
  bench: benchZhTW,
  inbox: inboxZhTW,
  live: liveZhTW,
  settings: settingsZhTW,
  changePin: changePinZhTW,
};
