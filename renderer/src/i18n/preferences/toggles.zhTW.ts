import type { Messages } from '../en';
import type { languageEn, themeEn } from './toggles.en';

// 頁首的語言切換與主題切換。
export const languageZhTW: Messages<typeof languageEn> = {
  label: '語言',
};

export const themeZhTW: Messages<typeof themeEn> = {
  toLight: '切換為淺色主題',
  toDark: '切換為深色主題',
};
