import { Anchor, Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchTicketView } from '../../../../../main/bench/benchTicket';
import { localDateTime } from '../../../format/dateTime';
import { StatusBadge, TicketFlags, WarrantyBadge } from '../../intake/TicketBadges/TicketBadges';
import { useTicketDrawer } from '../../intake/ticketDrawer';
import { formatCost, useCurrency } from '../../stockroom/partsFormat';

function Field({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children || '—'}
      </Text>
    </Stack>
  );
}

const QUOTE_COLORS = { pending: 'yellow', approved: 'teal', declined: 'red' } as const;

/**
 * The ticket at a glance (issue 5 item 9): report number, where it stands, the warranty
 * decision from intake, the customer and the unit, the fault as the customer reported it,
 * who works it, and the quote and the customer's acceptance once there are any.
 */
export function TicketHeader({
  ticket,
  onOpenTicket,
  print,
}: {
  ticket: BenchTicketView;
  onOpenTicket: (id: number) => void;
  print: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const openIntake = useTicketDrawer((s) => s.open);
  const zh = i18n.language === 'zh-TW';
  const { quote, acceptance } = ticket;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={3} ff="monospace" data-testid="bench-ticket-no">
              {ticket.reportNo}
            </Title>
            <StatusBadge status={ticket.status} data-testid="bench-ticket-status" />
            <WarrantyBadge status={ticket.warranty.status} data-testid="bench-ticket-warranty" />
            <TicketFlags
              emergency={ticket.emergency}
              overdue={ticket.overdue}
              repeat={ticket.repeatOf !== null}
            />
          </Group>
          {ticket.repeatOf && (
            <Text size="sm">
              {t('bench.ticket.rerepairOf')}{' '}
              <Anchor
                component="button"
                type="button"
                ff="monospace"
                onClick={() => onOpenTicket(ticket.repeatOf!.id)}
                data-testid="bench-repeat-of"
              >
                {ticket.repeatOf.reportNo}
              </Anchor>
            </Text>
          )}
        </Stack>
        {print}
      </Group>

      <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="sm" verticalSpacing={6}>
        <Field label={t('bench.ticket.unit')} testId="bench-ticket-unit">
          <Text span size="sm" ff="monospace">
            {ticket.unit.model.code}
          </Text>{' '}
          {zh ? ticket.unit.model.nameZh : ticket.unit.model.nameEn}
          <Text size="xs" ff="monospace" c="dimmed">
            {ticket.unit.serial}
          </Text>
        </Field>
        <Field label={t('bench.ticket.customer')} testId="bench-ticket-customer">
          {ticket.customer.name}
          <Text size="xs" ff="monospace" c="dimmed">
            {ticket.customer.phones.map((p) => p.phone).join(' · ')}
          </Text>
        </Field>
        <Field label={t('bench.ticket.reported')}>
          {localDateTime(ticket.reportedAt)}
          <Text size="xs" c="dimmed">
            {ticket.station.code} · {zh ? ticket.station.nameZh : ticket.station.nameEn}
          </Text>
        </Field>
        <Field label={t('bench.ticket.technician')} testId="bench-ticket-assignee">
          {ticket.assignedTo ? (
            ticket.assignedTo.name
          ) : (
            <Text span size="sm" c="dimmed" fs="italic">
              {t('bench.queue.unclaimed')}
            </Text>
          )}
          {ticket.responseDueAt && (
            <Text size="xs" c={ticket.overdue ? 'red' : 'dimmed'}>
              {t('bench.ticket.due', { at: localDateTime(ticket.responseDueAt) })}
            </Text>
          )}
        </Field>
      </SimpleGrid>

      <Stack gap={2}>
        <Group gap="xs" justify="space-between">
          <Text size="xs" c="dimmed">
            {t('bench.ticket.fault')}
          </Text>
          <Anchor
            component="button"
            type="button"
            size="xs"
            onClick={() => openIntake(ticket.id)}
            data-testid="bench-intake-record"
          >
            {t('bench.ticket.intakeRecord')}
          </Anchor>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="bench-ticket-fault">
          {ticket.faultDescription}
        </Text>
        {ticket.condition && (
          <Text size="xs" c="dimmed">
            {t('bench.ticket.condition', { condition: ticket.condition })}
          </Text>
        )}
      </Stack>

      {quote && (
        <Group gap="xs" data-testid="bench-quote" data-status={quote.status}>
          <Text size="sm" fw={600}>
            {t('bench.quote.summary', {
              total: formatCost(quote.total, currency),
              currency,
            })}
          </Text>
          <Badge variant="light" color={QUOTE_COLORS[quote.status]}>
            {t(`bench.quote.status.${quote.status}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {quote.decidedAt
              ? localDateTime(quote.decidedAt)
              : t('bench.quote.sent', { at: localDateTime(quote.createdAt) })}
          </Text>
          {quote.decisionNote && <Text size="xs">{quote.decisionNote}</Text>}
        </Group>
      )}

      {acceptance && (
        <Group gap="xs" data-testid="bench-acceptance-result" data-outcome={acceptance.outcome}>
          <Badge variant="light" color={acceptance.outcome === 'accepted' ? 'teal' : 'red'}>
            {t(`bench.acceptance.outcome.${acceptance.outcome}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {acceptance.by} · {localDateTime(acceptance.at)}
          </Text>
          {acceptance.reason && <Text size="sm">{acceptance.reason}</Text>}
          {acceptance.rerepair && (
            <Text size="sm">
              {t('bench.acceptance.rerepair')}{' '}
              <Anchor
                component="button"
                type="button"
                ff="monospace"
                onClick={() => onOpenTicket(acceptance.rerepair!.id)}
                data-testid="bench-rerepair-link"
              >
                {acceptance.rerepair.reportNo}
              </Anchor>
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
