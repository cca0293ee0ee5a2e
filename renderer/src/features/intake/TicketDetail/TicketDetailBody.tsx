import {
  Alert,
  Anchor,
  Badge,
  Divider,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  type MantineSpacing,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../../../main/intake/ticketRepo';
import { localDateTime } from '../../../format/dateTime';
import { isAccessoryCode } from '../codes';
import { StatusBadge, TicketFlags, WarrantyBadge } from '../TicketBadges/TicketBadges';
import { reasonText } from '../warrantyWords';

function Field({ label, children, span }: { label: string; children: ReactNode; span?: boolean }) {
  return (
    <Stack gap={0} style={span ? { gridColumn: '1 / -1' } : undefined}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children || '—'}
      </Text>
    </Stack>
  );
}

function Section({
  title,
  children,
  gap = 'xs',
}: {
  title: string;
  children: ReactNode;
  gap?: MantineSpacing;
}) {
  return (
    <Stack gap={gap}>
      <Divider label={title} labelPosition="left" />
      {children}
    </Stack>
  );
}

/** Everything the ticket says, as the core keeps it; the warranty as snapshotted at intake. */
export function TicketDetailBody({
  ticket,
  onOpenTicket,
}: {
  ticket: TicketDetail;
  onOpenTicket: (id: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-TW';
  const w = ticket.warranty;
  return (
    <Stack gap="md">
      <Group gap="xs">
        <StatusBadge status={ticket.status} />
        <WarrantyBadge status={w.status} />
        <TicketFlags
          emergency={ticket.emergency}
          overdue={ticket.overdue}
          repeat={ticket.repeatOf !== null}
        />
      </Group>
      {ticket.cancelled && (
        <Alert color="gray" variant="light" p="xs">
          <Text size="sm">
            {t(
              ticket.cancelled.reason ? 'intake.detail.cancelledWhy' : 'intake.detail.cancelledBy',
              {
                at: localDateTime(ticket.cancelled.at),
                by: ticket.cancelled.by ?? '—',
                reason: ticket.cancelled.reason ?? '',
              },
            )}
          </Text>
        </Alert>
      )}
      {ticket.repeatOf && (
        <Text size="sm">
          {t('intake.detail.repeatOf')}{' '}
          <Anchor
            component="button"
            type="button"
            ff="monospace"
            onClick={() => onOpenTicket(ticket.repeatOf!.id)}
          >
            {ticket.repeatOf.reportNo}
          </Anchor>
        </Text>
      )}

      <Section title={t('intake.detail.customer')}>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing={6}>
          <Field label={t('intake.customer.name')}>{ticket.customer.name}</Field>
          <Field label={t('intake.customer.phone')}>
            <Text span ff="monospace" size="sm">
              {ticket.customer.phones.map((p) => p.phone).join(' · ')}
            </Text>
          </Field>
          <Field label={t('intake.customer.email')}>{ticket.customer.email}</Field>
          <Field label={t('intake.customer.address')}>{ticket.customer.address}</Field>
        </SimpleGrid>
      </Section>

      <Section title={t('intake.detail.unit')}>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing={6}>
          <Field label={t('intake.unit.model')}>
            {ticket.unit.model.code} · {zh ? ticket.unit.model.nameZh : ticket.unit.model.nameEn}
          </Field>
          <Field label={t('intake.unit.serial')}>
            <Text span ff="monospace" size="sm">
              {ticket.unit.serial}
            </Text>
          </Field>
          <Field label={t('intake.unit.invoiceDate')}>{ticket.unit.invoiceDate}</Field>
          <Field label={`${t('intake.unit.invoiceNo')} / ${t('intake.unit.seller')}`}>
            {[ticket.unit.invoiceNo, ticket.unit.seller].filter(Boolean).join(' / ')}
          </Field>
        </SimpleGrid>
      </Section>

      <Section title={t('intake.detail.report')}>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing={6}>
          <Field label={t('intake.detail.reportedAt')}>{localDateTime(ticket.reportedAt)}</Field>
          <Field label={t('intake.detail.channel')}>
            {t(`intake.report.channels.${ticket.channel}`)}
          </Field>
          <Field label={t('intake.detail.station')}>
            {ticket.station.code} · {zh ? ticket.station.nameZh : ticket.station.nameEn}
          </Field>
          <Field label={t('intake.detail.createdBy')}>{ticket.createdBy.displayName}</Field>
          <Field label={t('intake.report.fault')} span>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {ticket.faultDescription}
            </Text>
          </Field>
          <Field label={t('intake.detail.accessories')} span>
            {ticket.accessories.length === 0 && !ticket.accessoriesNote ? (
              t('intake.detail.none')
            ) : (
              <Group gap={4}>
                {ticket.accessories.map((a) => (
                  <Badge key={a} variant="default" size="sm" radius="sm" tt="none">
                    {isAccessoryCode(a) ? t(`intake.report.accessoryCodes.${a}`) : a}
                  </Badge>
                ))}
                {ticket.accessoriesNote && <Text size="sm">{ticket.accessoriesNote}</Text>}
              </Group>
            )}
          </Field>
          <Field label={t('intake.report.condition')} span>
            {ticket.condition}
          </Field>
        </SimpleGrid>
      </Section>

      {ticket.emergency && (
        <Section title={t('intake.detail.sla')}>
          <SimpleGrid cols={2} spacing="sm">
            <Field label={t('intake.detail.responseDue')}>
              <Text
                span
                size="sm"
                c={ticket.overdue ? 'red' : undefined}
                fw={ticket.overdue ? 600 : undefined}
              >
                {localDateTime(ticket.responseDueAt)}
              </Text>
            </Field>
            <Field label={t('intake.detail.onSiteDue')}>
              <Text
                span
                size="sm"
                c={ticket.overdue ? 'red' : undefined}
                fw={ticket.overdue ? 600 : undefined}
              >
                {localDateTime(ticket.onSiteDueAt)}
              </Text>
            </Field>
          </SimpleGrid>
        </Section>
      )}

      <Section title={t('intake.detail.warranty')}>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing={6}>
          <Field label={t('intake.detail.intakeDate')}>{w.intakeDate}</Field>
          <Field label={t('intake.detail.period')}>
            {w.expiresOn &&
              `${t(
                w.expiresOn < w.intakeDate ? 'intake.warranty.expired' : 'intake.warranty.until',
                {
                  date: w.expiresOn,
                },
              )} · ${t('intake.warranty.period', { months: w.policy.warrantyMonths })}`}
          </Field>
        </SimpleGrid>
        <List size="sm" spacing={2} data-testid="ticket-detail-reasons">
          {w.reasons.map((r) => (
            <List.Item key={r.code}>{reasonText(r, i18n.language)}</List.Item>
          ))}
        </List>
        {ticket.notCoveredExplanation && (
          <Field label={t('intake.warranty.explanation')} span>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {ticket.notCoveredExplanation}
            </Text>
          </Field>
        )}
        {ticket.offer && (
          <Field label={t('intake.warranty.offer')}>
            {t(`intake.warranty.offers.${ticket.offer}`)}
          </Field>
        )}
      </Section>
    </Stack>
  );
}
