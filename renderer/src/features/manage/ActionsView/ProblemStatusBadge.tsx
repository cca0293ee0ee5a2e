import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProblemStatus } from '../../../../../main/improvement/problemRepo';

const COLOR: Record<ProblemStatus, string> = {
  open: 'blue',
  in_progress: 'yellow',
  done: 'teal',
  reviewed: 'green',
  cancelled: 'gray',
};

export function ProblemStatusBadge({ status }: { status: ProblemStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" size="sm" data-testid="problem-status">
      {t(`manage.actions.status.${status}`)}
    </Badge>
  );
}
