import type { Messages } from '../en';
import type { customerEn } from './customer.en';

// 收件表單的客戶區塊：以電話或姓名查詢，或新增客戶。
export const customerZhTW: Messages<typeof customerEn> = {
  title: '客戶',
  search: '以電話或姓名查詢',
  searchHint: '電話：至少 3 位數字，格式不限。姓名：輸入開頭的字。',
  noMatch: '找不到客戶。',
  new: '新客戶',
  findInstead: '查詢既有客戶',
  change: '更換',
  owner: '登記的客戶',
  kind: '客戶類別',
  kinds: {
    person: '個人',
    company: '公司',
  },
  name: '姓名',
  companyName: '公司名稱',
  phone: '電話',
  addPhone: '新增電話',
  email: '電子郵件',
  address: '地址',
  contactRule: '至少一個電話號碼或電子郵件（供客戶回訪）',
  choose: '請選擇客戶',
};
