import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconKey, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../../../main/contract/roles';
import type { StaffSummary } from '../../../../../main/staff/staffRepo';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { ResetPinModal } from '../ResetPinModal/ResetPinModal';
import { StaffEditor } from '../StaffEditor/StaffEditor';

type Editing = { staff: StaffSummary | null } | null;

/** Staff accounts. Supervisors see the list; admins create, edit and reset PINs. */
export function StaffTab({ actor, canEdit }: { actor: Actor; canEdit: boolean }) {
  const { t } = useTranslation();
  const [staff, setStaff] = useState<StaffSummary[] | null>(null);
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [resetting, setResetting] = useState<StaffSummary | null>(null);

  const load = useCallback(() => {
    invoke('staff/list', { includeInactive: true }).then(setStaff).catch(notifyError);
  }, []);
  useEffect(load, [load]);

  const rows = (staff ?? []).filter((s) => showInactive || s.active);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t('settings.staff.intro')}
        </Text>
        <Group gap="md">
          <Switch
            label={t('settings.staff.showInactive')}
            checked={showInactive}
            onChange={(e) => setShowInactive(e.currentTarget.checked)}
          />
          {canEdit && (
            <Button
              leftSection={<IconUserPlus size={16} />}
              onClick={() => setEditing({ staff: null })}
              data-testid="staff-add"
            >
              {t('settings.staff.add')}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder radius="md">
        {staff === null ? (
          <Group justify="center" p="lg">
            <Loader size="sm" />
          </Group>
        ) : (
          <Table highlightOnHover verticalSpacing={6} data-testid="staff-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.staff.displayName')}</Table.Th>
                <Table.Th>{t('settings.staff.username')}</Table.Th>
                <Table.Th>{t('settings.staff.roles')}</Table.Th>
                <Table.Th>{t('settings.staff.status')}</Table.Th>
                {canEdit && <Table.Th w={90} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed">
                      {t('settings.staff.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {rows.map((s) => (
                <Table.Tr key={s.id} data-testid={`staff-row-${s.username}`}>
                  <Table.Td fw={500}>
                    {s.displayName}
                    {s.id === actor.id && (
                      <Text span size="xs" c="dimmed" ml={6}>
                        ({t('settings.staff.you')})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace" fz="sm">
                    {s.username}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {s.roles.map((role) => (
                        <Badge key={role} variant="light" size="sm" radius="sm" tt="none">
                          {t(`roles.${role}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={s.active ? 'teal' : 'gray'} size="sm" tt="none">
                      {s.active ? t('settings.staff.active') : t('settings.staff.inactive')}
                    </Badge>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap={2} justify="flex-end" wrap="nowrap">
                        <Tooltip label={t('settings.staff.edit')} withArrow>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={`${t('settings.staff.edit')} ${s.displayName}`}
                            onClick={() => setEditing({ staff: s })}
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('settings.staff.resetPin')} withArrow>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={`${t('settings.staff.resetPin')} ${s.displayName}`}
                            onClick={() => setResetting(s)}
                          >
                            <IconKey size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {editing && (
        <StaffEditor
          key={editing.staff?.id ?? 'new'}
          staff={editing.staff}
          opened
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            load();
          }}
        />
      )}
      {resetting && <ResetPinModal staff={resetting} onClose={() => setResetting(null)} />}
    </Stack>
  );
}
