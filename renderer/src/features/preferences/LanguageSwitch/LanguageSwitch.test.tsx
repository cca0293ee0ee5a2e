import { Text } from '@mantine/core';
import { fireEvent, screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { usePrefs } from '../../../stores/prefs';
import { renderScreen } from '../../../test/render';
import { LanguageSwitch } from './LanguageSwitch';

function NavSample() {
  const { t } = useTranslation();
  return <Text>{t('nav.stockroom')}</Text>;
}

describe('LanguageSwitch', () => {
  it('switches the visible text to 繁中 at once and remembers the choice', async () => {
    usePrefs.setState({ language: 'en' });
    renderScreen(
      <>
        <LanguageSwitch />
        <NavSample />
      </>,
    );
    expect(screen.getByText('Stockroom')).toBeTruthy();

    fireEvent.click(screen.getByText('繁中'));

    expect(await screen.findByText('倉庫')).toBeTruthy();
    expect(screen.queryByText('Stockroom')).toBeNull();
    expect(document.documentElement.lang).toBe('zh-TW');
    const stored = JSON.parse(window.localStorage.getItem('depot.prefs') ?? '{}') as {
      state?: { language?: string };
    };
    expect(stored.state?.language).toBe('zh-TW');

    fireEvent.click(screen.getByText('EN'));
    expect(await screen.findByText('Stockroom')).toBeTruthy();
  });
});
