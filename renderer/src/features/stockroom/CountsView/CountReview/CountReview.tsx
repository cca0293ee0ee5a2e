import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconBan, IconBook } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountReview as Review } from '../../../../../../main/stock/countPosting';
import { invoke } from '../../../../bridge';
import { coreKey, useCoreQuery } from '../../../../data';
import { ReasonModal } from '../../../../dialogs/ReasonModal';
import { notifySuccess } from '../../../../errors/notifyError';
import { localDateTime } from '../../../../format/dateTime';
import { formatCost, useCurrency } from '../../partsFormat';
import { CountStatusBadge } from '../CountList/CountStatusBadge';
import { CountEntries } from './CountEntries';
import { PostCountModal } from './PostCountModal';
import { ReviewLines, signed } from './ReviewLines';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

/**
 * The supervisor's review of a count (policy 5.2 賬實相符): per part what the books say, what
 * was counted, the variance and its value at average cost, every entry (duplicates too); then
 * posting makes on-hand equal the count. A posted count is shown as it was posted, read-only.
 * An entry made while it is open, or stock moving on its parts, reads the review again.
 */
export function CountReview({ countId, onBack }: { countId: number; onBack: () => void }) {
  const { t } = useTranslation();
  const currency = useCurrency();
  const client = useQueryClient();
  const query = useCoreQuery(
    'counts/review',
    { countId },
    { entities: [{ entity: 'stock_count', id: countId }, 'stock_move', 'part'] },
  );
  const review: Review | null = query.data ?? null;
  const [asking, setAsking] = useState<'post' | 'cancel' | null>(null);

  if (!review) {
    return (
      <Center h={200}>
        <Loader size="sm" />
      </Center>
    );
  }
  const { count, totals } = review;
  // Both as the core refuses them (counts/post, counts/cancel): a count no longer open takes
  // neither, and posting waits for every line counted and every duplicate resolved.
  const open = review.actions.cancel.allowed;
  const ready = review.actions.post.allowed;
  const money = (minor: number) => `${signed(minor, (v) => formatCost(v, currency))} ${currency}`;

  async function post() {
    const posted = await invoke('counts/post', { countId, version: count.version });
    client.setQueryData(coreKey('counts/review', { countId }), posted);
    notifySuccess(t('stockroom.counts.review.posted', { id: countId }));
  }

  async function cancel(reason: string) {
    await invoke('counts/cancel', { countId, version: count.version, reason });
    onBack();
  }

  return (
    <Paper withBorder radius="md" p="md" data-testid="count-review" data-status={count.status}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={4}>
                {t('stockroom.counts.review.title', {
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
            {count.postedBy && (
              <Text size="xs" c="dimmed" data-testid="count-posted-by">
                {t('stockroom.counts.review.postedBy', {
                  name: count.postedBy.name,
                  at: localDateTime(count.postedAt),
                })}
              </Text>
            )}
            {count.cancelledBy && (
              <Text size="xs" c="dimmed">
                {t('stockroom.counts.review.cancelledBy', {
                  name: count.cancelledBy.name,
                  at: localDateTime(count.cancelledAt),
                  reason: count.cancelReason ?? '',
                })}
              </Text>
            )}
          </Stack>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconArrowLeft size={14} />}
            onClick={onBack}
            data-testid="count-review-back"
          >
            {open ? t('stockroom.counts.review.back') : t('common.close')}
          </Button>
        </Group>

        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Figure
            label={t('stockroom.counts.review.withVariance')}
            value={t('stockroom.counts.review.ofLines', {
              count: totals.withVariance,
              total: totals.lines,
            })}
            testId="count-total-variance"
          />
          <Figure
            label={t('stockroom.counts.review.surplus')}
            value={`+${totals.surplusUnits} · ${money(totals.surplusValue)}`}
            testId="count-total-surplus"
          />
          <Figure
            label={t('stockroom.counts.review.shortage')}
            value={`−${totals.shortageUnits} · ${money(-totals.shortageValue)}`}
            testId="count-total-shortage"
          />
          <Figure
            label={t('stockroom.counts.review.net')}
            value={money(totals.netValue)}
            testId="count-total-net"
          />
        </SimpleGrid>

        {open && !ready && (
          <Alert p="xs" color="orange" variant="light" data-testid="count-not-ready">
            {t('stockroom.counts.review.notReady', {
              uncounted: totals.uncounted,
              flagged: totals.flagged,
            })}
          </Alert>
        )}
        {!open && count.status === 'posted' && (
          <Alert p="xs" color="teal" variant="light" data-testid="count-read-only">
            {t('stockroom.counts.review.readOnly')}
          </Alert>
        )}

        <ReviewLines lines={review.lines} currency={currency} />

        {open && (
          <Group justify="flex-end" gap="xs">
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconBan size={14} />}
              onClick={() => setAsking('cancel')}
              data-testid="count-cancel"
            >
              {t('stockroom.counts.review.cancel')}
            </Button>
            <Button
              size="xs"
              color="teal"
              leftSection={<IconBook size={14} />}
              disabled={!ready}
              onClick={() => setAsking('post')}
              data-testid="count-post"
            >
              {t('stockroom.counts.review.post')}
            </Button>
          </Group>
        )}

        <Title order={5} mt="xs">
          {t('stockroom.counts.entries.title')}
        </Title>
        <CountEntries entries={review.entries} />
      </Stack>
      <PostCountModal
        opened={asking === 'post'}
        totals={totals}
        money={money}
        onClose={() => setAsking(null)}
        onPost={post}
        onStale={() => void query.refetch()}
      />
      <ReasonModal
        opened={asking === 'cancel'}
        title={t('stockroom.counts.cancel.title')}
        label={t('stockroom.counts.cancel.reason')}
        confirm={t('stockroom.counts.cancel.confirm')}
        dismiss={t('common.close')}
        color="red"
        testIds={{ input: 'count-cancel-reason', confirm: 'count-cancel-confirm' }}
        onClose={() => setAsking(null)}
        onConfirm={cancel}
      />
    </Paper>
  );
}
