import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffSummary } from '../../../../../main/staff/staffRepo';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifySuccess } from '../../../errors/notifyError';
import { digitsOnly, PIN_PATTERN } from '../../../../../main/rules/credentials';

/** An admin sets a new PIN for someone who forgot theirs (also clears a lockout). */
export function ResetPinModal({ staff, onClose }: { staff: StaffSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { pin: '', pin2: '' },
    validate: {
      pin: (v: string) => (PIN_PATTERN.test(v) ? null : t('validation.pinFormat')),
      pin2: (v: string, values: { pin: string }) =>
        v === values.pin ? null : t('validation.pinMismatch'),
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await invoke('staff/resetPin', { id: staff.id, pin: v.pin });
      notifySuccess(t('settings.staff.pinReset', { name: staff.displayName }));
      onClose();
    } catch (error) {
      showErrorOnForm(form, error);
    }
  });
  const pinProps = (field: 'pin' | 'pin2') => ({
    ...form.getInputProps(field),
    onChange: (e: ChangeEvent<HTMLInputElement>) =>
      form.setFieldValue(field, digitsOnly(e.currentTarget.value)),
    inputMode: 'numeric' as const,
    autoComplete: 'new-password',
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('settings.staff.resetTitle', { name: staff.displayName })}
      size="sm"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <PasswordInput
            label={t('settings.staff.newPin')}
            description={t('setup.pinHint')}
            data-autofocus
            {...pinProps('pin')}
          />
          <PasswordInput label={t('setup.pin2')} {...pinProps('pin2')} />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('settings.staff.resetPin')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
