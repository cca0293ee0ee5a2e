// The header's language switch and theme toggle (features/preferences).
export const languageEn = {
  label: 'Language',
};

export const themeEn = {
  toLight: 'Switch to light theme',
  toDark: 'Switch to dark theme',
};
