import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifySuccess } from '../../../errors/notifyError';
import { digitsOnly, PIN_PATTERN } from '../../../../../main/rules/credentials';

type Values = { currentPin: string; newPin: string; confirm: string };

/** The signed-in staff member changes their own PIN. */
export function ChangePinModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { currentPin: '', newPin: '', confirm: '' },
    validate: {
      currentPin: (v) => (PIN_PATTERN.test(v) ? null : t('validation.pinFormat')),
      newPin: (v) => (PIN_PATTERN.test(v) ? null : t('validation.pinFormat')),
      confirm: (v, values) => (v === values.newPin ? null : t('validation.pinMismatch')),
    },
  });

  function close() {
    form.reset();
    onClose();
  }

  const submit = form.onSubmit(async (values) => {
    try {
      await invoke('staff/changePin', { currentPin: values.currentPin, newPin: values.newPin });
      notifySuccess(t('changePin.done'));
      close();
    } catch (error) {
      showErrorOnForm(form, error);
    }
  });

  const pinProps = (field: keyof Values) => ({
    ...form.getInputProps(field),
    onChange: (e: ChangeEvent<HTMLInputElement>) =>
      form.setFieldValue(field, digitsOnly(e.currentTarget.value)),
    inputMode: 'numeric' as const,
    autoComplete: 'off',
  });

  return (
    <Modal opened={opened} onClose={close} title={t('changePin.title')} size="sm">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <PasswordInput
            label={t('changePin.current')}
            data-autofocus
            {...pinProps('currentPin')}
          />
          <PasswordInput label={t('changePin.new')} {...pinProps('newPin')} />
          <PasswordInput label={t('changePin.confirm')} {...pinProps('confirm')} />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('changePin.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
