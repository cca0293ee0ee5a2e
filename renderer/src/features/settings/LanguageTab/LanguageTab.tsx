import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../main/contract/language';
import type { Settings } from '../../../../../main/settings/settingsSchema';
import { LANGUAGE_LABELS, LANGUAGES } from '../../../i18n';
import { useSession } from '../../../stores/session';
import { SectionForm } from '../SectionForm/SectionForm';
import { useSettingsForm } from '../SectionForm/useSettingsForm';

type Values = { locale: { defaultLanguage: Language } };

/** The depot's default UI and printout language; each workstation may still choose its own. */
export function LanguageTab({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const { t } = useTranslation();
  const refreshSession = useSession((s) => s.refresh);
  const { form, submit } = useSettingsForm<Values>(settings, {
    from: (s) => ({ locale: { defaultLanguage: s.locale.defaultLanguage } }),
    toPatch: (v) => ({ locale: { defaultLanguage: v.locale.defaultLanguage } }),
    onSaved: () => void refreshSession(),
  });
  return (
    <SectionForm
      intro={t('settings.language.intro')}
      canEdit={canEdit}
      dirty={form.isDirty()}
      submitting={form.submitting}
      onSubmit={submit}
      testId="settings-language"
    >
      <Radio.Group
        label={t('settings.language.defaultLanguage')}
        {...form.getInputProps('locale.defaultLanguage')}
      >
        <Group mt={6} gap="lg">
          {LANGUAGES.map((lang) => (
            <Radio key={lang} value={lang} label={LANGUAGE_LABELS[lang].long} />
          ))}
        </Group>
      </Radio.Group>
    </SectionForm>
  );
}
