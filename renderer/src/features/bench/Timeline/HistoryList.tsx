import { Group, Text, Timeline } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../../main/bench/ticketHistory';
import { localDateTime } from '../../../format/dateTime';
import { en } from '../../../i18n/en';
import { StatusBadge } from '../../intake/TicketBadges/TicketBadges';

/** The free text an entry carries: a note, a reason, the words typed with a move. */
function detailOf(e: HistoryEntry): string | null {
  const text = e.params.text ?? e.params.note ?? e.params.reason ?? null;
  return typeof text === 'string' && text.trim() ? text : null;
}

/** An entry's sentence in the reader's language; a status change as its two statuses. */
function EntryTitle({ entry: e }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  if (e.kind === 'status' && typeof e.params.status === 'string') {
    return (
      <Group gap={6}>
        {typeof e.params.from === 'string' && <StatusBadge status={e.params.from} size="xs" />}
        <IconArrowRight size={12} />
        <StatusBadge status={e.params.status} size="xs" />
      </Group>
    );
  }
  const kind = typeof e.params.kind === 'string' ? e.params.kind : '';
  const document = DOCUMENT_KINDS.includes(kind)
    ? t(`settings.documents.kinds.${kind as DocumentKind}`)
    : kind;
  return (
    <Text size="sm" fw={500}>
      {t(`bench.timeline.kinds.${e.kind}`, {
        minutes: e.params.minutes ?? '',
        reqNo: e.params.reqNo ?? '',
        document,
        action: e.action,
      })}
    </Text>
  );
}

type DocumentKind = keyof (typeof en)['settings']['documents']['kinds'];
const DOCUMENT_KINDS = Object.keys(en.settings.documents.kinds);

/**
 * A ticket's timeline (main/bench/ticketHistory.ts), oldest first, each entry with who and when:
 * at the bench and in the desk's ticket drawer alike. Entries are `<testId>-<id>`, with the kind
 * and, for a status change, the status it went to as data attributes.
 */
export function HistoryList({ history, testId }: { history: HistoryEntry[]; testId: string }) {
  const { t } = useTranslation();
  if (history.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('bench.timeline.none')}
      </Text>
    );
  }
  return (
    <Timeline active={history.length} bulletSize={18} lineWidth={2}>
      {history.map((e) => (
        <Timeline.Item
          key={e.id}
          bullet={<IconArrowRight size={10} />}
          title={<EntryTitle entry={e} />}
          data-testid={`${testId}-${e.id}`}
          data-kind={e.kind}
          data-to={e.kind === 'status' ? (e.params.status ?? undefined) : undefined}
        >
          <Text size="xs" c="dimmed">
            {e.by ?? '—'} · {localDateTime(e.at)}
          </Text>
          {detailOf(e) && <Text size="sm">{detailOf(e)}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
