import type { Messages } from '../en';
import type { changePinEn } from './changePin.en';

// 從人員選單變更自己的 PIN 碼。
export const changePinZhTW: Messages<typeof changePinEn> = {
  title: '變更您的 PIN 碼',
  current: '目前的 PIN 碼',
  new: '新 PIN 碼',
  confirm: '再次輸入新 PIN 碼',
  submit: '變更 PIN 碼',
  done: '您的 PIN 碼已變更。',
};
