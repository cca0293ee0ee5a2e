import type { Language } from '../../../main/contract/language';
import { usePrefs } from '../stores/prefs';
import { useSession } from '../stores/session';

/** This workstation's choice if it made one, else the depot's default language. */
export function useEffectiveLanguage(): Language {
  const chosen = usePrefs((s) => s.language);
  const depotDefault = useSession((s) => s.status?.defaultLanguage);
  return chosen ?? depotDefault ?? 'zh-TW';
}
