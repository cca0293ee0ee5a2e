// English strings of the stockroom's counts view. counts.zhTW.ts has the same keys.
export const countsEn = {
  view: 'Counts',
};
