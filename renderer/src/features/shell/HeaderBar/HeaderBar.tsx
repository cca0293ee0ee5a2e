import { AppShell, Burger, Group, Text, ThemeIcon } from '@mantine/core';
import { IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../../../main/contract/roles';
import { useDepotSettings } from '../../../stores/depotSettings';
import { LanguageSwitch } from '../../preferences/LanguageSwitch/LanguageSwitch';
import { ThemeToggle } from '../../preferences/ThemeToggle/ThemeToggle';
import { InboxBadge } from '../InboxBadge/InboxBadge';
import { QuickSearch } from '../QuickSearch/QuickSearch';
import { StaffMenu } from '../StaffMenu/StaffMenu';
import { UpdateIndicator } from '../UpdateIndicator/UpdateIndicator';
import type { Workspace } from '../workspaces';

/** The depot's name in the staff's language (the Chinese name when one is set). */
function useDepotName(): string {
  const { t, i18n } = useTranslation();
  const depot = useDepotSettings((s) => s.settings?.depot);
  if (!depot) return t('app.name');
  return i18n.language === 'zh-TW' && depot.nameZh ? depot.nameZh : depot.name;
}

export function HeaderBar({
  actor,
  workspaces,
  navOpened,
  onToggleNav,
}: {
  actor: Actor;
  workspaces: Workspace[];
  navOpened: boolean;
  onToggleNav: () => void;
}) {
  const name = useDepotName();
  return (
    <AppShell.Header px="md">
      <Group h="100%" justify="space-between" wrap="nowrap" gap="md">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" />
          <ThemeIcon variant="light" size="md" radius="md">
            <IconTool size={18} stroke={1.6} />
          </ThemeIcon>
          <Text fw={600} truncate data-testid="depot-name">
            {name}
          </Text>
        </Group>
        <QuickSearch workspaces={workspaces} />
        <Group gap="xs" wrap="nowrap">
          <UpdateIndicator />
          <InboxBadge />
          <LanguageSwitch />
          <ThemeToggle />
          <StaffMenu actor={actor} />
        </Group>
      </Group>
    </AppShell.Header>
  );
}
