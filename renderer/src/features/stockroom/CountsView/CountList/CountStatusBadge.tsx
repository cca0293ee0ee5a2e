import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CountStatus } from '../../../../../../main/stock/countRepo';

const COLORS: Record<CountStatus, string> = { open: 'blue', posted: 'teal', cancelled: 'gray' };

export function CountStatusBadge({ status, ...props }: { status: CountStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} {...props} data-status={status}>
      {t(`stockroom.counts.status.${status}`)}
    </Badge>
  );
}
