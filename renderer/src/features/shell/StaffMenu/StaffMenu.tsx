import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconKey, IconLock, IconLogout, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../../../main/contract/roles';
import { notifyError } from '../../../errors/notifyError';
import { useSession } from '../../../stores/session';
import { ChangePinModal } from '../../session/ChangePin/ChangePinModal';
import { initials } from '../../session/Roster/Roster';

/** Who is signed in, and the ways to hand the workstation over. */
export function StaffMenu({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const lock = useSession((s) => s.lock);
  const signOut = useSession((s) => s.signOut);
  const [pinOpened, pinModal] = useDisclosure(false);

  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md" withinPortal>
        <Menu.Target>
          <UnstyledButton data-testid="staff-menu" aria-label={t('shell.staffMenu')} px={6} py={4}>
            <Group gap={8} wrap="nowrap">
              <Avatar color="initials" name={actor.displayName} radius="xl" size={28}>
                {initials(actor.displayName)}
              </Avatar>
              <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate>
                {actor.displayName}
              </Text>
              <IconChevronDown size={14} stroke={1.6} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {t('shell.signedInAs', { name: actor.displayName })}
            <br />
            {actor.roles.map((r) => t(`roles.${r}`)).join(' · ')}
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconLock size={16} />}
            rightSection={
              <Text size="xs" c="dimmed">
                Ctrl+L
              </Text>
            }
            onClick={() => lock().catch(notifyError)}
            data-testid="menu-lock"
          >
            {t('shell.lock')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconUsers size={16} />}
            onClick={() => lock({ switching: true }).catch(notifyError)}
            data-testid="menu-switch-staff"
          >
            {t('shell.switchStaff')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconKey size={16} />}
            onClick={pinModal.open}
            data-testid="menu-change-pin"
          >
            {t('shell.changePin')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            color="red"
            leftSection={<IconLogout size={16} />}
            onClick={() => signOut().catch(notifyError)}
            data-testid="menu-sign-out"
          >
            {t('shell.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePinModal opened={pinOpened} onClose={pinModal.close} />
    </>
  );
}
