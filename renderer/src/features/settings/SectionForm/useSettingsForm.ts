import { useForm, type FormValidateInput, type UseFormReturnType } from '@mantine/form';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../bridge';
import type { Settings } from '../../../../../main/settings/settingsSchema';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifySuccess } from '../../../errors/notifyError';
import { useDepotSettings } from '../../../stores/depotSettings';

export type SettingsPatch = Input<'settings/update'>;

/**
 * A settings tab's form. Its values mirror the settings sections ({ depot: { name } }), so a
 * VALIDATION issue from the core ('depot.name') lands on the field with the same path.
 */
export function useSettingsForm<V extends Record<string, unknown>>(
  settings: Settings,
  opts: {
    from: (settings: Settings) => V;
    toPatch: (values: V) => SettingsPatch;
    validate?: FormValidateInput<V>;
    onSaved?: (settings: Settings) => void;
  },
): { form: UseFormReturnType<V>; submit: (event?: FormEvent<HTMLFormElement>) => void } {
  const { t } = useTranslation();
  const replace = useDepotSettings((s) => s.replace);

  const form = useForm<V>({ initialValues: opts.from(settings), validate: opts.validate });

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await invoke('settings/update', opts.toPatch(values));
      replace(saved);
      const next = opts.from(saved);
      form.setInitialValues(next);
      form.setValues(next);
      form.resetDirty(next);
      notifySuccess(t('common.saved'));
      opts.onSaved?.(saved);
    } catch (error) {
      showErrorOnForm(form, error);
    }
  });

  return { form, submit };
}
