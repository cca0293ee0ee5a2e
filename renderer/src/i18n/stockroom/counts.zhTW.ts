import type { Messages } from '../en';
import type { countsEn } from './counts.en';

export const countsZhTW: Messages<typeof countsEn> = {
  view: '盤點',
};
