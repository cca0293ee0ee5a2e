// English strings of the stockroom's reorder view. reorder.zhTW.ts has the same keys.
export const reorderEn = {
  view: 'Reorder',
};
