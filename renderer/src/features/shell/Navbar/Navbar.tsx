import { AppShell, Kbd, NavLink, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import type { Workspace } from '../workspaces';

/** The workspace links; each shows its Alt+n shortcut. */
export function Navbar({
  workspaces,
  onNavigate,
}: {
  workspaces: Workspace[];
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <AppShell.Navbar p="xs" aria-label={t('nav.workspaces')}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt={4} pb={6}>
        {t('nav.workspaces')}
      </Text>
      {workspaces.map((w, index) => {
        const Icon = w.icon;
        return (
          <NavLink
            key={w.id}
            component={RouterNavLink}
            to={w.path}
            onClick={onNavigate}
            active={pathname === w.path || pathname.startsWith(`${w.path}/`)}
            label={t(`nav.${w.id}`)}
            leftSection={<Icon size={18} stroke={1.6} />}
            rightSection={
              <Kbd size="xs" visibleFrom="sm">
                Alt+{index + 1}
              </Kbd>
            }
            data-testid={`nav-${w.id}`}
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            mb={2}
          />
        );
      })}
    </AppShell.Navbar>
  );
}
