// The two languages of the UI and of every printout (policy: staff use the Chinese terms).
export const LANGUAGES = ['en', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];
