import { Button, Group, Kbd, Loader, Text } from '@mantine/core';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconFileText, IconLock, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Language } from '../../../../../main/contract/language';
import { en } from '../../../i18n/en';
import { zhTW } from '../../../i18n/zhTW';
import { notifyError } from '../../../errors/notifyError';
import { useSession } from '../../../stores/session';
import { printSample } from '../../documents/printSample';
import { StatusBadge } from '../../intake/TicketBadges/TicketBadges';
import { useOpenTicket } from './ticketDestination';
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

const LIST = 'quick-search-list';

/**
 * Spotlight marks its selected action on the element (`data-selected`) by index, set when the
 * query changes; tickets arrive later, above the actions already listed, so the mark is moved to
 * the top hit (index 0 stays right), or taken off while Enter waits for the search.
 */
function markSelected(which: 'first' | 'none'): void {
  const actions = document.querySelectorAll(`[data-testid="${LIST}"] [data-action]`);
  actions.forEach((el, i) => {
    if (which === 'first' && i === 0) el.setAttribute('data-selected', 'true');
    else el.removeAttribute('data-selected');
  });
}

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
  const openTicket = useOpenTicket();
  const tickets = useTicketSearch(query);
  // Enter pressed while the tickets were still being searched: open the top hit once they come.
  const enterPending = useRef(false);

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
  const topRun: (() => void) | null = tickets.rows[0]
    ? () => openTicket(tickets.rows[0].id)
    : (shown[0]?.run ?? null);

  // The top hit is the one Enter opens: when the tickets arrive (after the actions already
  // listed), the selection moves up to the first ticket.
  const firstTicket = tickets.rows[0]?.id ?? null;
  useEffect(() => {
    if (firstTicket === null) return;
    if (enterPending.current) {
      enterPending.current = false;
      spotlight.close();
      openTicket(firstTicket);
      return;
    }
    markSelected('first');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new top ticket arrives
  }, [firstTicket]);
  useEffect(() => {
    if (!tickets.searching && enterPending.current) {
      enterPending.current = false;
      if (topRun) {
        spotlight.close();
        topRun();
      }
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the search settles
  }, [tickets.searching]);

  /** Enter before the search has answered waits for it rather than running a stale hit. */
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || !tickets.searching) return;
    enterPending.current = true;
    // Nothing selected: Spotlight's own Enter then runs nothing.
    markSelected('none');
  };

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
          onKeyDown={onSearchKey}
        />
        <Spotlight.ActionsList data-testid={LIST}>
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
