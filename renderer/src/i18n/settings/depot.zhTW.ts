import type { Messages } from '../en';
import type { depotEn, languageEn, securityEn } from './depot.en';

// 維修站整體設定：印在文件上的維修站資料、預設語言與自動鎖定。
export const depotZhTW: Messages<typeof depotEn> = {
  intro: '維修站名稱與聯絡資料，會印在每份文件的抬頭。',
  name: '維修站名稱（英文）',
  nameZh: '維修站名稱（中文）',
  address: '地址',
  phone: '電話',
};

export const languageZhTW: Messages<typeof languageEn> = {
  intro: '工作站啟動時使用的語言，直到該工作站的人員另行選擇。',
  defaultLanguage: '預設語言',
};

export const securityZhTW: Messages<typeof securityEn> = {
  intro: '共用工作站在一段時間無人操作後會自動鎖定。',
  autoLockMinutes: '閒置自動鎖定（分鐘）',
  autoLockMinutesHint: '0 表示不自動鎖定',
};
