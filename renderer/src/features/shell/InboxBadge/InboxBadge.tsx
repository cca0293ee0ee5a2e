import { ActionIcon, Indicator, Menu, Text, Tooltip } from '@mantine/core';
import {
  IconBell,
  IconClipboardCheck,
  IconPackageExport,
  IconPhoneCall,
  IconTool,
  type Icon,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { InboxKey } from '../../../../../main/inbox/inbox';
import { useCoreQuery } from '../../../data';

/** Where each kind of waiting work is done. */
const SCREENS: Record<InboxKey, { path: string; icon: Icon }> = {
  approve: { path: '/stockroom/requisitions', icon: IconClipboardCheck },
  issue: { path: '/stockroom/requisitions', icon: IconPackageExport },
  assigned: { path: '/bench', icon: IconTool },
  followUps: { path: '/manage', icon: IconPhoneCall },
};

/**
 * What waits on me (issue 11, item 3): the count the core computes by role (inbox/mine), read
 * again whenever a requisition, a ticket or a follow-up changes anywhere. The menu lists what
 * is waiting, each item opening the screen where it is done.
 */
export function InboxBadge() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const { data } = useCoreQuery(
    'inbox/mine',
    {},
    {
      entities: ['requisition', 'ticket', 'followUp'],
    },
  );
  const total = data?.total ?? 0;
  const waiting = (data?.items ?? []).filter((item) => item.count > 0);

  return (
    <Menu
      position="bottom-end"
      width={280}
      shadow="md"
      withinPortal
      opened={opened}
      onChange={setOpened}
    >
      <Menu.Target>
        <Tooltip label={t('inbox.label')} withArrow disabled={opened}>
          <Indicator
            label={total > 99 ? '99+' : total}
            size={16}
            color="red"
            disabled={total === 0}
            offset={4}
          >
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={t('inbox.label')}
              data-testid="inbox-badge"
              data-count={data ? total : undefined}
            >
              <IconBell size={18} stroke={1.6} />
            </ActionIcon>
          </Indicator>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown data-testid="inbox-menu">
        <Menu.Label>{t('inbox.label')}</Menu.Label>
        {waiting.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" py="xs" data-testid="inbox-empty">
            {t('inbox.empty')}
          </Text>
        ) : (
          waiting.map(({ key, count }) => {
            const { path, icon: ItemIcon } = SCREENS[key];
            return (
              <Menu.Item
                key={key}
                leftSection={<ItemIcon size={16} />}
                onClick={() => void navigate(path)}
                data-testid={`inbox-item-${key}`}
                data-count={count}
              >
                {t(`inbox.items.${key}`, { count })}
              </Menu.Item>
            );
          })
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
