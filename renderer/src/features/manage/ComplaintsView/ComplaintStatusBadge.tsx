import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplaintStatus } from '../../../../../main/aftercare/complaintRepo';

const COLOR: Record<ComplaintStatus, string> = {
  open: 'orange',
  in_progress: 'blue',
  resolved: 'teal',
  closed: 'gray',
};

export function ComplaintStatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" size="sm" data-status={status}>
      {t(`manage.complaints.status.${status}`)}
    </Badge>
  );
}
