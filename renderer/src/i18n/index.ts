import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../main/contract/language';
import { en } from './en';
import { zhTW } from './zhTW';

export const LANGUAGES: readonly Language[] = ['en', 'zh-TW'];

/**
 * Language names are written in their own language in both UIs (a reader who cannot read the
 * current language must still find theirs), so they are not translated.
 */
export const LANGUAGE_LABELS: Record<Language, { short: string; long: string }> = {
  en: { short: 'EN', long: 'English' },
  'zh-TW': { short: '繁中', long: '繁體中文' },
};

export const resources = {
  en: { translation: en },
  'zh-TW': { translation: zhTW },
} as const;

/** Initialises i18next once; later calls only switch the language. */
export function setupI18n(language: Language): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      showSupportNotice: false,
    });
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return i18next;
}

export function applyLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
