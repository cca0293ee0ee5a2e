import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconChecklist } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlindCount } from '../../../../../../main/stock/countHandlers';
import type { EntryResult } from '../../../../../../main/stock/countEntry';
import type { CountLine } from '../../../../../../main/stock/countRepo';
import { invoke } from '../../../../bridge';
import { notifyError } from '../../../../errors/notifyError';
import { localDateTime } from '../../../../format/dateTime';
import { formatQty, partNames } from '../../partsFormat';
import { CountStatusBadge } from '../CountList/CountStatusBadge';
import { CountEntryBar, type Recorded } from './CountEntryBar';
import { ResolveModal } from './ResolveModal';

/**
 * The counting screen of a blind count (盲盤, policy 5.2): part numbers, names and bins, and
 * what the counters recorded, but never the books' quantity, so what is written down is what
 * is on the shelf. A part entered twice is not added up: its line is flagged until someone
 * recounts it and resolves it. Every entry, here or at another workstation, reads the sheet
 * again through the data layer (CountsView).
 */
export function CountSheet({
  data,
  active,
  canReview,
  onReview,
}: {
  data: BlindCount;
  active: boolean;
  canReview: boolean;
  onReview: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { count, lines } = data;
  const [last, setLast] = useState<EntryResult | null>(null);
  const [resolving, setResolving] = useState<CountLine | null>(null);
  const open = count.status === 'open';
  // As counts/record refuses it: the stockroom's, while the count is open.
  const canRecord = data.actions.record.allowed;
  const counted = lines.filter((l) => l.counted !== null).length;

  async function record(entry: Recorded): Promise<boolean> {
    try {
      const result = await invoke('counts/record', { countId: count.id, ...entry });
      setLast(result);
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  }

  async function resolve(line: CountLine, quantity: number) {
    const result = await invoke('counts/resolve', {
      countId: count.id,
      partId: line.partId,
      quantity,
    });
    setLast(result);
  }

  return (
    <Paper withBorder radius="md" p="md" data-testid="count-sheet" data-count-id={count.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={4}>
                {t('stockroom.counts.title', {
                  id: count.id,
                  scope: t(`stockroom.counts.scope.${count.scope.kind}`, {
                    value: count.scope.value,
                  }),
                })}
              </Title>
              <CountStatusBadge status={count.status} />
            </Group>
            <Text size="xs" c="dimmed">
              {t('stockroom.counts.startedBy', {
                name: count.createdBy.name,
                at: localDateTime(count.createdAt),
              })}
            </Text>
            <Text size="sm" data-testid="count-progress">
              {t('stockroom.counts.progress', { counted, total: lines.length })}
            </Text>
          </Stack>
          {canReview && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconChecklist size={14} />}
              onClick={onReview}
              data-testid="count-review-open"
            >
              {t(open ? 'stockroom.counts.sheet.review' : 'stockroom.counts.sheet.showPosted')}
            </Button>
          )}
        </Group>

        {canRecord && (
          <>
            <Text size="xs" c="dimmed">
              {t('stockroom.counts.sheet.blindHint')}
            </Text>
            <CountEntryBar lines={lines} active={active} onRecord={record} />
          </>
        )}
        {last && (
          <Alert
            p="xs"
            variant="light"
            color={last.flagged ? 'orange' : 'teal'}
            icon={last.flagged ? <IconAlertTriangle size={16} /> : undefined}
            data-testid="count-last"
            data-status={last.status}
          >
            {last.flagged
              ? t('stockroom.counts.sheet.lastFlagged', { partNo: last.partNo })
              : t('stockroom.counts.sheet.lastCounted', {
                  partNo: last.partNo,
                  counted: last.counted ?? 0,
                })}
          </Alert>
        )}

        <Table verticalSpacing={6} fz="sm" data-testid="count-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stockroom.counts.lines.bin')}</Table.Th>
              <Table.Th>{t('stockroom.counts.lines.part')}</Table.Th>
              <Table.Th ta="right">{t('stockroom.counts.lines.counted')}</Table.Th>
              <Table.Th>{t('stockroom.counts.lines.by')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l) => {
              const [name, other] = partNames(l, i18n.language);
              return (
                <Table.Tr
                  key={l.partId}
                  bg={l.flagged ? 'var(--mantine-color-orange-light)' : undefined}
                  data-testid={`count-line-${l.partNo}`}
                  data-flagged={l.flagged || undefined}
                  data-counted={l.counted ?? undefined}
                >
                  <Table.Td ff="monospace">{l.bin ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" fw={500}>
                      {l.partNo}
                    </Text>
                    <Text size="xs" c="dimmed" title={other}>
                      {name}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {l.counted === null ? (
                      <Text size="sm" c="dimmed">
                        {t('stockroom.counts.lines.notYet')}
                      </Text>
                    ) : (
                      `${formatQty(l.counted)} ${l.unit}`
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {l.countedBy ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {l.flagged && (
                      <Group gap="xs" wrap="nowrap">
                        <Badge
                          color="orange"
                          variant="filled"
                          size="sm"
                          leftSection={<IconAlertTriangle size={12} />}
                          title={t('stockroom.counts.lines.flaggedHint')}
                        >
                          {t('stockroom.counts.lines.flagged')}
                        </Badge>
                        {canRecord && (
                          <Button
                            size="compact-xs"
                            variant="outline"
                            color="orange"
                            onClick={() => setResolving(l)}
                            data-testid={`count-resolve-${l.partNo}`}
                          >
                            {t('stockroom.counts.lines.resolve')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
      <ResolveModal line={resolving} onClose={() => setResolving(null)} onResolve={resolve} />
    </Paper>
  );
}
