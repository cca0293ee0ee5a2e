import type { Messages } from '../en';
import type { rolesEn } from './roles.en';

// 人員角色，用於人員清單、人員編輯與人員選單。
export const rolesZhTW: Messages<typeof rolesEn> = {
  intake_clerk: '收件員',
  technician: '維修技術員',
  stockroom_keeper: '倉管員',
  supervisor: '主管',
  finance: '財務',
  admin: '系統管理員',
};
