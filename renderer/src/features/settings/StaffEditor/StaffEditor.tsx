import {
  Button,
  Checkbox,
  Group,
  Modal,
  PasswordInput,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../../main/contract/roles';
import type { StaffSummary } from '../../../../../main/staff/staffRepo';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifySuccess } from '../../../errors/notifyError';
import { digitsOnly, PIN_PATTERN, USERNAME_PATTERN } from '../../../../../main/rules/credentials';
import { ROLES } from './roles';

type Values = {
  username: string;
  displayName: string;
  roles: Role[];
  pin: string;
  active: boolean;
};

/**
 * Creates a staff account (username, name, roles, first PIN) or edits one (name, roles,
 * active). Edits carry the version the admin saw; the core refuses a stale one (CONFLICT).
 */
export function StaffEditor({
  staff,
  opened,
  onClose,
  onSaved,
}: {
  /** null = create a new account. */
  staff: StaffSummary | null;
  opened: boolean;
  onClose: () => void;
  onSaved: (saved: StaffSummary) => void;
}) {
  const { t } = useTranslation();
  const creating = staff === null;
  const form = useForm<Values>({
    initialValues: {
      username: staff?.username ?? '',
      displayName: staff?.displayName ?? '',
      roles: staff?.roles ?? [],
      pin: '',
      active: staff?.active ?? true,
    },
    validate: {
      username: (v) =>
        !creating || USERNAME_PATTERN.test(v.trim().toLowerCase())
          ? null
          : t('validation.username'),
      displayName: (v) => (v.trim() ? null : t('validation.required')),
      roles: (v) => (v.length > 0 ? null : t('validation.rolesRequired')),
      pin: (v) => (!creating || PIN_PATTERN.test(v) ? null : t('validation.pinFormat')),
    },
  });

  const submit = form.onSubmit(async (v) => {
    try {
      const saved = creating
        ? await invoke('staff/create', {
            username: v.username.trim().toLowerCase(),
            displayName: v.displayName.trim(),
            roles: v.roles,
            pin: v.pin,
          })
        : await invoke('staff/update', {
            id: staff.id,
            version: staff.version,
            displayName: v.displayName.trim(),
            roles: v.roles,
            active: v.active,
          });
      notifySuccess(
        t(creating ? 'settings.staff.created' : 'settings.staff.updated', {
          name: saved.displayName,
        }),
      );
      onSaved(saved);
    } catch (error) {
      showErrorOnForm(form, error);
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        creating
          ? t('settings.staff.createTitle')
          : t('settings.staff.editTitle', { name: staff.displayName })
      }
      size="lg"
    >
      <form onSubmit={submit} noValidate data-testid="staff-editor">
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <TextInput
              label={t('settings.staff.username')}
              disabled={!creating}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              data-autofocus={creating || undefined}
              data-testid="staff-username"
              {...form.getInputProps('username')}
            />
            <TextInput
              label={t('settings.staff.displayName')}
              autoComplete="off"
              data-autofocus={!creating || undefined}
              data-testid="staff-name"
              {...form.getInputProps('displayName')}
            />
          </SimpleGrid>
          <Checkbox.Group label={t('settings.staff.roles')} {...form.getInputProps('roles')}>
            <SimpleGrid cols={{ base: 2, sm: 3 }} mt={6} spacing="xs">
              {ROLES.map((role) => (
                <Checkbox
                  key={role}
                  value={role}
                  label={t(`roles.${role}`)}
                  data-testid={`role-${role}`}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {creating ? (
            <PasswordInput
              label={t('settings.staff.pin')}
              description={t('setup.pinHint')}
              inputMode="numeric"
              autoComplete="new-password"
              w={240}
              data-testid="staff-pin"
              {...form.getInputProps('pin')}
              onChange={(e) => form.setFieldValue('pin', digitsOnly(e.currentTarget.value))}
            />
          ) : (
            <Switch
              label={t('settings.staff.activeLabel')}
              mt="xs"
              {...form.getInputProps('active', { type: 'checkbox' })}
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting} data-testid="staff-save">
              {creating ? t('common.create') : t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
