// English strings of the stockroom's receiving view. receiving.zhTW.ts has the same keys.
export const receivingEn = {
  view: 'Receiving',
};
