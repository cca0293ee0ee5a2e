import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequisitionStatus as Status } from '../../../../../../main/stock/requisitionRepo';

const COLORS: Record<Status, string> = {
  pending: 'yellow',
  approved: 'blue',
  partially_issued: 'indigo',
  issued: 'teal',
  rejected: 'gray',
};

/** Where a requisition stands: waiting for a supervisor, for the stockroom, or done. */
export function RequisitionStatusBadge({ status, ...props }: { status: Status } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} {...props} data-status={status}>
      {t(`stockroom.requisitions.status.${status}`)}
    </Badge>
  );
}
