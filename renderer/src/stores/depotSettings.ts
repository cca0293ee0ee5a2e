import { create } from 'zustand';
import type { Settings } from '../../../main/settings/settingsSchema';
import { invoke } from '../bridge';

type DepotSettingsState = {
  settings: Settings | null;
  load: () => Promise<Settings>;
  replace: (settings: Settings) => void;
};

/** The depot's settings as last read from (or saved to) the core: header name, policy values. */
export const useDepotSettings = create<DepotSettingsState>()((set) => ({
  settings: null,
  async load() {
    const settings = await invoke('settings/get', {});
    set({ settings });
    return settings;
  },
  replace: (settings) => set({ settings }),
}));
