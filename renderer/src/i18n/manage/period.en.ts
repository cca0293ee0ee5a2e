// English strings of the period picker shared by the Manage views. period.zhTW.ts has the same keys.
export const periodEn = {
  label: 'Period',
  presets: {
    thisMonth: 'This month',
    lastMonth: 'Last month',
    thisYear: 'This year',
    custom: 'Custom',
  },
  range: 'From – to (local days, inclusive)',
  placeholder: 'Pick the first and last day',
};
