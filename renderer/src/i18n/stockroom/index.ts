import { countsEn } from './counts.en';
import { countsZhTW } from './counts.zhTW';
import { partsEn } from './parts.en';
import { partsZhTW } from './parts.zhTW';
import { partPickerEn } from './partPicker.en';
import { partPickerZhTW } from './partPicker.zhTW';
import { receivingEn } from './receiving.en';
import { receivingZhTW } from './receiving.zhTW';
import { reorderEn } from './reorder.en';
import { reorderZhTW } from './reorder.zhTW';
import { requisitionsEn } from './requisitions.en';
import { requisitionsZhTW } from './requisitions.zhTW';

// The stockroom's strings, one file pair per view (t('stockroom.parts.view')).
export const stockroomEn = {
  parts: partsEn,
  receiving: receivingEn,
  requisitions: requisitionsEn,
  counts: countsEn,
  reorder: reorderEn,
  partPicker: partPickerEn,
};

export const stockroomZhTW = {
  parts: partsZhTW,
  receiving: receivingZhTW,
  requisitions: requisitionsZhTW,
  counts: countsZhTW,
  reorder: reorderZhTW,
  partPicker: partPickerZhTW,
};
