import './styles';
import 'dayjs/locale/zh-tw';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useLayoutEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { applyLanguage, i18next } from '../i18n';
import { usePrefs } from '../stores/prefs';
import { prefsColorSchemeManager } from '../theme/colorSchemeManager';
import { theme } from '../theme/theme';
import { useEffectiveLanguage } from './useEffectiveLanguage';

const colorSchemeManager = prefsColorSchemeManager();

/** Theme, colour scheme, language and notifications: everything a screen needs around it. */
export function Providers({ children, env }: { children: ReactNode; env?: 'default' | 'test' }) {
  const language = useEffectiveLanguage();
  useLayoutEffect(() => {
    if (i18next.language !== language) applyLanguage(language);
  }, [language]);

  return (
    <I18nextProvider i18n={i18next}>
      <MantineProvider
        theme={theme}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme={usePrefs.getState().colorScheme}
        env={env}
      >
        <DatesProvider
          settings={{ locale: language === 'zh-TW' ? 'zh-tw' : 'en', firstDayOfWeek: 1 }}
        >
          <Notifications position="bottom-right" limit={4} />
          {children}
        </DatesProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
