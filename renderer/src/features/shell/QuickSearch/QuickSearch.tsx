import { Button, Group, Kbd, Loader, Text } from '@mantine/core';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconFileText, IconLock, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Language } from '../../../../../main/contract/language';
import { en } from '../../../i18n/en';
import { zhTW } from '../../../i18n/zhTW';
import { notifyError } from '../../../errors/notifyError';
import { useSession } from '../../../stores/session';
import { printSample } from '../../documents/printSample';
import { StatusBadge } from '../../intake/TicketBadges/TicketBadges';
import { useTicketDrawer } from '../../intake/ticketDrawer';
import { useTicketSearch } from './useTicketSearch';
import type { Workspace } from '../workspaces';

type Action = {
  id: string;
  label: string;
  description?: string;
  /** Both languages' words, so "收件" finds Intake in English and "intake" in Chinese. */
  keywords: string[];
  icon: ReactNode;
  run: () => void;
};

function matches(action: Action, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [action.label, action.description ?? '', ...action.keywords].some((s) =>
    s.toLowerCase().includes(q),
  );
}

/**
 * Ctrl+K: find a ticket (report number, serial, phone, customer name, Chinese substrings too)
 * and open it, or jump to a workspace and run an action.
 */
export function QuickSearch({ workspaces }: { workspaces: Workspace[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lock = useSession((s) => s.lock);
  const [query, setQuery] = useState('');
  const openTicket = useTicketDrawer((s) => s.open);
  const tickets = useTicketSearch(query);

  const actions: Action[] = [
    ...workspaces.map((w): Action => {
      const Icon = w.icon;
      return {
        id: `go-${w.id}`,
        label: t('spotlight.goTo', { name: t(`nav.${w.id}`) }),
        keywords: [en.nav[w.id], zhTW.nav[w.id]],
        icon: <Icon size={20} stroke={1.5} />,
        run: () => void navigate(w.path),
      };
    }),
    {
      id: 'print-sample',
      label: t('spotlight.printSample'),
      description: t('spotlight.printSampleDescription'),
      keywords: [en.spotlight.printSample, zhTW.spotlight.printSample, 'pdf'],
      icon: <IconPrinter size={20} stroke={1.5} />,
      run: () => void printSample(i18n.language as Language).catch(notifyError),
    },
    {
      id: 'lock',
      label: t('spotlight.lock'),
      keywords: [en.spotlight.lock, zhTW.spotlight.lock, 'lock'],
      icon: <IconLock size={20} stroke={1.5} />,
      run: () => void lock().catch(notifyError),
    },
  ];
  const shown = actions.filter((a) => matches(a, query));

  return (
    <>
      <Button
        variant="default"
        onClick={spotlight.open}
        leftSection={<IconSearch size={16} stroke={1.6} />}
        rightSection={<Kbd size="xs">Ctrl+K</Kbd>}
        data-testid="quick-search"
        w={{ base: 'auto', sm: 280 }}
        justify="space-between"
        styles={{ label: { flex: 1, fontWeight: 400, color: 'var(--mantine-color-dimmed)' } }}
        aria-keyshortcuts="Control+K"
      >
        {t('shell.quickSearch')}
      </Button>
      <Spotlight.Root
        query={query}
        onQueryChange={setQuery}
        shortcut={['mod + K']}
        tagsToIgnore={[]}
        scrollable
        maxHeight={420}
      >
        <Spotlight.Search
          placeholder={t('spotlight.placeholder')}
          leftSection={<IconSearch size={18} stroke={1.5} />}
          data-testid="quick-search-input"
        />
        <Spotlight.ActionsList>
          {tickets.searching && tickets.rows.length === 0 && (
            <Group gap="xs" px="md" py="xs">
              <Loader size={14} />
              <Text size="sm" c="dimmed">
                {t('spotlight.searching')}
              </Text>
            </Group>
          )}
          {tickets.rows.length > 0 && (
            <Spotlight.ActionsGroup label={t('spotlight.tickets')}>
              {tickets.rows.map((row) => (
                <Spotlight.Action
                  key={`ticket-${row.id}`}
                  label={`${row.reportNo} · ${row.customerName}`}
                  description={`${row.serial} · ${row.modelCode} ${
                    i18n.language === 'zh-TW' ? row.modelNameZh : row.modelNameEn
                  }`}
                  leftSection={<IconFileText size={20} stroke={1.5} />}
                  rightSection={<StatusBadge status={row.status} size="sm" />}
                  onClick={() => openTicket(row.id)}
                  data-testid={`quick-search-result-${row.reportNo}`}
                />
              ))}
            </Spotlight.ActionsGroup>
          )}
          {shown.length > 0 && (
            <Spotlight.ActionsGroup label={t('spotlight.actions')}>
              {shown.map((a) => (
                <Spotlight.Action
                  key={a.id}
                  label={a.label}
                  description={a.description}
                  leftSection={a.icon}
                  onClick={a.run}
                  data-testid={`spotlight-${a.id}`}
                />
              ))}
            </Spotlight.ActionsGroup>
          )}
          {shown.length === 0 && tickets.rows.length === 0 && !tickets.searching && (
            <Spotlight.Empty>{t('spotlight.nothingFound')}</Spotlight.Empty>
          )}
        </Spotlight.ActionsList>
        <Spotlight.Footer>
          <Group gap={6} wrap="nowrap">
            <IconSearch size={14} stroke={1.5} color="var(--mantine-color-dimmed)" />
            <Text size="xs" c="dimmed">
              {t('spotlight.ticketNote')}
            </Text>
          </Group>
        </Spotlight.Footer>
      </Spotlight.Root>
    </>
  );
}
