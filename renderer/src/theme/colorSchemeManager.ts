import type { MantineColorScheme, MantineColorSchemeManager } from '@mantine/core';
import { usePrefs } from '../stores/prefs';

/** Mantine reads and writes the colour scheme through the persisted prefs store: one source. */
export function prefsColorSchemeManager(): MantineColorSchemeManager {
  let unsubscribe: (() => void) | null = null;
  return {
    get: (defaultValue) => usePrefs.getState().colorScheme ?? defaultValue,
    set(value: MantineColorScheme) {
      if (value === 'light' || value === 'dark') usePrefs.getState().setColorScheme(value);
    },
    subscribe(onUpdate) {
      unsubscribe = usePrefs.subscribe((state, previous) => {
        if (state.colorScheme !== previous.colorScheme) onUpdate(state.colorScheme);
      });
    },
    unsubscribe() {
      unsubscribe?.();
      unsubscribe = null;
    },
    clear() {
      usePrefs.getState().setColorScheme('light');
    },
  };
}
