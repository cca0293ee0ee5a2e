import type { Messages } from '../en';
import type { requisitionsEn } from './requisitions.en';

export const requisitionsZhTW: Messages<typeof requisitionsEn> = {
  view: '領用申請',
};
