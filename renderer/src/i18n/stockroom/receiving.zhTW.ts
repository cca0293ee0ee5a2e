import type { Messages } from '../en';
import type { receivingEn } from './receiving.en';

export const receivingZhTW: Messages<typeof receivingEn> = {
  view: '收貨檢驗',
};
