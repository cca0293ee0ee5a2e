// English strings of the stockroom's requisitions view. requisitions.zhTW.ts has the same keys.
export const requisitionsEn = {
  view: 'Requisitions',
};
