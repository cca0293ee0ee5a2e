import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Language } from '../../../main/contract/language';

export type ColorScheme = 'light' | 'dark';

type PrefsState = {
  /** The language this workstation chose; null until someone picks one (then the depot default). */
  language: Language | null;
  colorScheme: ColorScheme;
  setLanguage: (language: Language) => void;
  setColorScheme: (scheme: ColorScheme) => void;
};

/** Per-workstation UI preferences, remembered in localStorage. */
export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
      language: null,
      colorScheme: 'light',
      setLanguage: (language) => set({ language }),
      setColorScheme: (colorScheme) => set({ colorScheme }),
    }),
    {
      name: 'depot.prefs',
      version: 1,
      storage: createJSONStorage(() => window.localStorage),
      partialize: (s) => ({ language: s.language, colorScheme: s.colorScheme }),
    },
  ),
);
