import { Badge, Group, type BadgeProps } from '@mantine/core';
import { IconAlarm, IconAlertTriangle, IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '../../../../../main/bench/lifecycle';
import { isWarrantyStatus, type WarrantyStatus } from '../codes';

/**
 * Every lifecycle status (main/bench/lifecycle.ts) with its colour; the type makes a new status
 * a compile error here until it has one. Finished tickets are quiet; a unit waiting on someone
 * else (customer, parts, factory) is amber.
 */
const STATUS_COLORS = {
  received: 'blue',
  diagnosing: 'blue',
  awaiting_approval: 'orange',
  awaiting_parts: 'orange',
  in_repair: 'blue',
  testing: 'blue',
  ready_for_pickup: 'teal',
  delivered: 'teal',
  closed: 'gray',
  at_factory: 'orange',
  back_from_factory: 'blue',
  return_unrepaired: 'orange',
  cancelled: 'gray',
} as const satisfies Record<TicketStatus, string>;

const isStatus = (s: string): s is TicketStatus => Object.hasOwn(STATUS_COLORS, s);

export const WARRANTY_COLORS: Record<WarrantyStatus, string> = {
  covered: 'teal',
  not_covered: 'orange',
  unverified: 'yellow',
};

/** The warranty decision as a badge in the staff's language (保修範圍內 / 不在保修範圍 / 無法確認). */
export function WarrantyBadge({ status, ...props }: { status: string } & BadgeProps) {
  const { t } = useTranslation();
  if (!isWarrantyStatus(status))
    return (
      <Badge variant="light" color="gray" {...props}>
        {status}
      </Badge>
    );
  return (
    <Badge variant="light" color={WARRANTY_COLORS[status]} {...props}>
      {t(`intake.warranty.status.${status}`)}
    </Badge>
  );
}

/** A ticket's status in the lifecycle (main/bench/lifecycle.ts), in the staff's language. */
export function StatusBadge({ status, ...props }: { status: string } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={isStatus(status) ? STATUS_COLORS[status] : 'gray'} {...props}>
      {isStatus(status) ? t(`intake.status.${status}`) : status}
    </Badge>
  );
}

/**
 * Emergency, overdue and re-repair stand out in every list (issue 3, items 6 and 7): overdue
 * is the loudest, because a policy 2 promise is being missed.
 */
export function TicketFlags({
  emergency,
  overdue,
  repeat,
  size = 'sm',
}: {
  emergency: boolean;
  overdue: boolean;
  repeat: boolean;
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation();
  if (!emergency && !overdue && !repeat) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {overdue && (
        <Badge color="red" variant="filled" size={size} leftSection={<IconAlarm size={12} />}>
          {t('intake.flags.overdue')}
        </Badge>
      )}
      {emergency && !overdue && (
        <Badge
          color="red"
          variant="light"
          size={size}
          leftSection={<IconAlertTriangle size={12} />}
        >
          {t('intake.flags.emergency')}
        </Badge>
      )}
      {repeat && (
        <Badge color="grape" variant="light" size={size} leftSection={<IconRepeat size={12} />}>
          {t('intake.flags.repeat')}
        </Badge>
      )}
    </Group>
  );
}
