import type { ReasonTexts } from './types';

export const staffZhTW: ReasonTexts<'staff'> = {
  notFound: '找不到員工 #{{id}}。',
  usernameTaken: '使用者名稱「{{username}}」已被使用。',
  notYourself: '您不能停用自己的帳號，也不能移除自己的管理員角色。',
};
