// English strings of the stockroom's parts view. parts.zhTW.ts has the same keys.
export const partsEn = {
  view: 'Parts',
};
