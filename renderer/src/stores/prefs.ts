import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Language } from '../../../main/contract/language';

export type ColorScheme = 'light' | 'dark';

type PrefsState = {
  /** The language this workstation chose; null until someone picks one (then the depot default). */
  language: Language | null;
  colorScheme: ColorScheme;
  /** The repair station this workstation's intake desk registers for (last one used). */
  intakeStationId: number | null;
  setLanguage: (language: Language) => void;
  setColorScheme: (scheme: ColorScheme) => void;
  setIntakeStationId: (id: number | null) => void;
};

/** Per-workstation UI preferences, remembered in localStorage. */
export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
      language: null,
      colorScheme: 'light',
      intakeStationId: null,
      setLanguage: (language) => set({ language }),
      setColorScheme: (colorScheme) => set({ colorScheme }),
      setIntakeStationId: (intakeStationId) => set({ intakeStationId }),
    }),
    {
      name: 'depot.prefs',
      version: 1,
      storage: createJSONStorage(() => window.localStorage),
      partialize: (s) => ({
        language: s.language,
        colorScheme: s.colorScheme,
        intakeStationId: s.intakeStationId,
      }),
    },
  ),
);
