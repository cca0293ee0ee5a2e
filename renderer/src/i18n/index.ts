import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../main/contract/language';
import { glossaryIn } from '../../../main/rules/glossary';
import { en } from './en';
import { reasonsEn, reasonsZhTW } from './reasons';
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

// Beside the screens' strings: the core's refusals (t('reasons.stock.onlyOnHand'), rendered by
// reasonText) and the policy's glossary shared with the printed documents (t('glossary.ticket'),
// or nested in a string as $t(glossary.ticket)).
export const resources = {
  en: { translation: { ...en, reasons: reasonsEn, glossary: glossaryIn('en') } },
  'zh-TW': { translation: { ...zhTW, reasons: reasonsZhTW, glossary: glossaryIn('zh-TW') } },
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
