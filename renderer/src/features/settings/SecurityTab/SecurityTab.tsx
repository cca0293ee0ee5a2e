import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../../main/settings/settingsSchema';
import { useSession } from '../../../stores/session';
import { SectionForm } from '../SectionForm/SectionForm';
import { useSettingsForm } from '../SectionForm/useSettingsForm';

type Values = { security: { autoLockMinutes: number | string } };

/** How long a shared workstation may sit idle before it locks itself. */
export function SecurityTab({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const { t } = useTranslation();
  const refreshSession = useSession((s) => s.refresh);
  const { form, submit } = useSettingsForm<Values>(settings, {
    from: (s) => ({ security: { autoLockMinutes: s.security.autoLockMinutes } }),
    toPatch: (v) => ({ security: { autoLockMinutes: Number(v.security.autoLockMinutes) } }),
    validate: {
      security: {
        autoLockMinutes: (v) => (typeof v === 'number' ? null : t('validation.required')),
      },
    },
    // The idle timer reads the minutes from session/status.
    onSaved: () => void refreshSession(),
  });
  return (
    <SectionForm
      intro={t('settings.security.intro')}
      canEdit={canEdit}
      dirty={form.isDirty()}
      submitting={form.submitting}
      onSubmit={submit}
      testId="settings-security"
    >
      <NumberInput
        label={t('settings.security.autoLockMinutes')}
        description={t('settings.security.autoLockMinutesHint')}
        min={0}
        max={480}
        allowDecimal={false}
        w={280}
        {...form.getInputProps('security.autoLockMinutes')}
      />
    </SectionForm>
  );
}
