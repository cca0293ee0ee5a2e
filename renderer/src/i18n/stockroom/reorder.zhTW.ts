import type { Messages } from '../en';
import type { reorderEn } from './reorder.en';

export const reorderZhTW: Messages<typeof reorderEn> = {
  view: '補貨與積壓',
};
