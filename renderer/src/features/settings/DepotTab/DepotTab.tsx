import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../../main/settings/settingsSchema';
import { SectionForm } from '../SectionForm/SectionForm';
import { useSettingsForm } from '../SectionForm/useSettingsForm';

type Values = { depot: Settings['depot'] };

/** The document header: name in both languages, address, phone. */
export function DepotTab({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const { t } = useTranslation();
  const { form, submit } = useSettingsForm<Values>(settings, {
    from: (s) => ({ depot: { ...s.depot } }),
    toPatch: (v) => ({ depot: v.depot }),
  });
  return (
    <SectionForm
      intro={t('settings.depot.intro')}
      canEdit={canEdit}
      dirty={form.isDirty()}
      submitting={form.submitting}
      onSubmit={submit}
      testId="settings-depot"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('settings.depot.name')}
          required
          {...form.getInputProps('depot.name')}
        />
        <TextInput label={t('settings.depot.nameZh')} {...form.getInputProps('depot.nameZh')} />
      </SimpleGrid>
      <Textarea
        label={t('settings.depot.address')}
        autosize
        minRows={2}
        {...form.getInputProps('depot.address')}
      />
      <TextInput
        label={t('settings.depot.phone')}
        w={{ base: '100%', sm: '50%' }}
        {...form.getInputProps('depot.phone')}
      />
    </SectionForm>
  );
}
