import { Button, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { useSession } from '../../../stores/session';
import { AuthLayout } from '../AuthLayout/AuthLayout';
import { digitsOnly, PIN_PATTERN, USERNAME_PATTERN } from '../../../../../main/rules/credentials';

type Values = { username: string; displayName: string; pin: string; pin2: string };

/** First start: the depot has no staff yet, so the first person becomes its administrator. */
export function FirstRun() {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.signedIn);
  const form = useForm<Values>({
    initialValues: { username: '', displayName: '', pin: '', pin2: '' },
    validate: {
      username: (v) =>
        USERNAME_PATTERN.test(v.trim().toLowerCase()) ? null : t('validation.username'),
      displayName: (v) => (v.trim() ? null : t('validation.required')),
      pin: (v) => (PIN_PATTERN.test(v) ? null : t('validation.pinFormat')),
      pin2: (v, values) => (v === values.pin ? null : t('validation.pinMismatch')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const actor = await invoke('session/setup', {
        username: values.username.trim().toLowerCase(),
        displayName: values.displayName.trim(),
        pin: values.pin,
      });
      await signedIn(actor);
    } catch (error) {
      showErrorOnForm(form, error);
    }
  });

  const pinProps = (field: 'pin' | 'pin2') => {
    const props = form.getInputProps(field);
    return {
      ...props,
      onChange: (e: ChangeEvent<HTMLInputElement>) =>
        form.setFieldValue(field, digitsOnly(e.currentTarget.value)),
      inputMode: 'numeric' as const,
      autoComplete: 'new-password',
    };
  };

  return (
    <AuthLayout title={t('setup.title')} subtitle={t('setup.intro')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('setup.username')}
            description={t('setup.usernameHint')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            data-autofocus
            autoFocus
            data-testid="setup-username"
            {...form.getInputProps('username')}
          />
          <TextInput
            label={t('setup.displayName')}
            description={t('setup.displayNameHint')}
            autoComplete="off"
            data-testid="setup-name"
            {...form.getInputProps('displayName')}
          />
          <SimpleGrid cols={2}>
            <PasswordInput
              label={t('setup.pin')}
              description={t('setup.pinHint')}
              data-testid="setup-pin"
              {...pinProps('pin')}
            />
            <PasswordInput
              label={t('setup.pin2')}
              description={t('setup.pin2Hint')}
              data-testid="setup-pin2"
              {...pinProps('pin2')}
            />
          </SimpleGrid>
          <Button type="submit" loading={form.submitting} data-testid="setup-submit" mt="xs">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
