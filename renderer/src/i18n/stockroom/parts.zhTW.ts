import type { Messages } from '../en';
import type { partsEn } from './parts.en';

export const partsZhTW: Messages<typeof partsEn> = {
  view: '零件',
};
