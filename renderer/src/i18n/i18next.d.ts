import type { en } from './en';

// Typed keys: t('nav.intake') is checked against the English resource at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
