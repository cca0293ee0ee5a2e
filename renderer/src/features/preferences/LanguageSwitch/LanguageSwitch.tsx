import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../main/contract/language';
import { LANGUAGE_LABELS, LANGUAGES } from '../../../i18n';
import { usePrefs } from '../../../stores/prefs';
import { useEffectiveLanguage } from '../../../app/useEffectiveLanguage';

/** EN / 繁中: switches the UI at once and remembers the choice on this workstation. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useEffectiveLanguage();
  const setLanguage = usePrefs((s) => s.setLanguage);
  return (
    <SegmentedControl
      data-testid="lang-switch"
      aria-label={t('language.label')}
      size="xs"
      value={language}
      onChange={(value) => setLanguage(value as Language)}
      data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_LABELS[lang].short }))}
    />
  );
}
