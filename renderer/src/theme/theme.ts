import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm slate-teal: readable on both schemes, not alarming next to red error notifications.
const depot: MantineColorsTuple = [
  '#e9f7f7',
  '#d6ecec',
  '#a9d8d8',
  '#79c3c3',
  '#53b1b1',
  '#3ba6a6',
  '#2c9f9f',
  '#1d8b8b',
  '#0b7c7c',
  '#006b6b',
];

// Noto Sans TC first: the printouts use it, and it renders the policy's Chinese terms evenly.
const fontFamily =
  '"Noto Sans TC", "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'depot',
  primaryShade: { light: 7, dark: 6 },
  colors: { depot },
  fontFamily,
  headings: { fontFamily, fontWeight: '600' },
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    Button: { defaultProps: { size: 'sm' } },
  },
});
