import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountTotals } from '../../../../../../main/stock/countPosting';
import { asClientError } from '../../../../bridge';
import { notifyError } from '../../../../errors/notifyError';

/**
 * Posting is final: each variance becomes a ledger move and on-hand becomes the count. The
 * supervisor confirms the figures they reviewed; if entries came in meanwhile, the core
 * refuses (CONFLICT) and the review is loaded again.
 */
export function PostCountModal({
  opened,
  totals,
  money,
  onClose,
  onPost,
  onStale,
}: {
  opened: boolean;
  totals: CountTotals;
  money: (minor: number) => string;
  onClose: () => void;
  onPost: () => Promise<void>;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  async function post() {
    setBusy(true);
    try {
      await onPost();
      onClose();
    } catch (error) {
      notifyError(error);
      if (asClientError(error).code === 'CONFLICT') {
        onStale();
        onClose();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('stockroom.counts.post.title')} centered>
      <Stack gap="sm">
        <Text size="sm" data-testid="count-post-summary">
          {t('stockroom.counts.post.body', {
            count: totals.withVariance,
            net: money(totals.netValue),
          })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('stockroom.counts.post.final')}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="teal"
            loading={busy}
            onClick={() => void post()}
            data-testid="count-post-confirm"
          >
            {t('stockroom.counts.post.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
