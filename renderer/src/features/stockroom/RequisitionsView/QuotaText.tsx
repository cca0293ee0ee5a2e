import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasQuota, type Quota } from '../../../../../main/rules/quota';

/** A critical part's quota (限量領用, policy 5.3): per line, per ticket and what it already drew. */
export function QuotaText({ quota, used }: { quota: Quota; used: number }) {
  const { t } = useTranslation();
  if (!hasQuota(quota)) return null;
  const parts = [
    quota.quotaPerLine !== null &&
      t('stockroom.requisitions.quota.perLine', { count: quota.quotaPerLine }),
    quota.quotaPerTicket !== null &&
      t('stockroom.requisitions.quota.perTicket', { count: quota.quotaPerTicket, used }),
  ].filter(Boolean);
  return (
    <Text size="xs" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}
