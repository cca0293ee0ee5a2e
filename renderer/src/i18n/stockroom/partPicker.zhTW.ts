import type { Messages } from '../en';
import type { partPickerEn } from './partPicker.en';

export const partPickerZhTW: Messages<typeof partPickerEn> = {
  fits: '適用此型號',
  onHand: '庫存 {{onHand}} {{unit}}',
  fitsHint: '適用此產品型號的零件。輸入料號、名稱或型號代碼可找其他零件。',
  models: {
    title: '適用型號',
    none: '尚未登記適用型號：選擇零件時只能依料號與名稱搜尋。',
    placeholder: '依型號代碼或名稱新增',
    saved: '已儲存適用型號',
  },
};
