import { Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerHistory } from '../../../../../main/customers/customerHistory';
import type { customersEn } from '../../../i18n/manage/customers.en';
import { localDay } from '../../../format/dateTime';

function Section({
  title,
  empty,
  head,
  children,
}: {
  title: string;
  empty: boolean;
  head: string[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={5}>{title}</Title>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('manage.customers.nothing')}
        </Text>
      ) : (
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              {head.map((h) => (
                <Table.Th key={h}>{h}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** The customer's units, tickets, follow-up calls and complaints (read from the core's history). */
export function CustomerHistoryTables({ history }: { history: CustomerHistory }) {
  const { t, i18n } = useTranslation();
  const col = (k: keyof typeof customersEn.columns) => t(`manage.customers.columns.${k}`);
  const none = t('manage.customers.none');
  const zh = i18n.language === 'zh-TW';
  return (
    <Stack gap="md" data-testid="customer-history">
      <Section
        title={t('manage.customers.units')}
        empty={history.units.length === 0}
        head={[col('model'), col('serial'), col('invoiceDate')]}
      >
        {history.units.map((u) => (
          <Table.Tr key={u.id} data-testid={`customer-unit-${u.id}`}>
            <Table.Td>{`${u.modelCode} · ${zh ? u.modelNameZh : u.modelNameEn}`}</Table.Td>
            <Table.Td ff="monospace">{u.serial}</Table.Td>
            <Table.Td>{u.invoiceDate ?? none}</Table.Td>
          </Table.Tr>
        ))}
      </Section>
      <Section
        title={t('manage.customers.tickets')}
        empty={history.tickets.length === 0}
        head={[
          col('reportNo'),
          col('model'),
          col('status'),
          col('reported'),
          col('completed'),
          col('warranty'),
          col('warrantyUntil'),
        ]}
      >
        {history.tickets.map((k) => (
          <Table.Tr key={k.id} data-testid={`customer-ticket-${k.id}`}>
            <Table.Td ff="monospace">{k.reportNo}</Table.Td>
            <Table.Td>{`${k.modelCode} ${k.serial}`}</Table.Td>
            <Table.Td>{t(`intake.status.${k.status}`)}</Table.Td>
            <Table.Td>{localDay(k.reportedAt)}</Table.Td>
            <Table.Td>{k.completedAt ? localDay(k.completedAt) : none}</Table.Td>
            <Table.Td>{t(`intake.warranty.status.${k.warrantyStatus}`)}</Table.Td>
            <Table.Td>{k.warrantyExpiresOn ?? none}</Table.Td>
          </Table.Tr>
        ))}
      </Section>
      {history.moreTickets && (
        <Text size="xs" c="dimmed">
          {t('manage.customers.moreTickets', { count: history.tickets.length })}
        </Text>
      )}
      <Section
        title={t('manage.customers.followUps')}
        empty={history.followUps.length === 0}
        head={[col('reportNo'), col('due'), col('status'), col('score'), col('comments')]}
      >
        {history.followUps.map((f) => (
          <Table.Tr key={f.id} data-testid={`customer-followup-${f.id}`}>
            <Table.Td ff="monospace">{f.reportNo}</Table.Td>
            <Table.Td>{f.dueDate}</Table.Td>
            <Table.Td>{t(`manage.customers.followUpStatus.${f.status}`)}</Table.Td>
            <Table.Td data-testid="customer-followup-score">{f.satisfaction ?? none}</Table.Td>
            <Table.Td>{f.comments ?? none}</Table.Td>
          </Table.Tr>
        ))}
      </Section>
      <Section
        title={t('manage.customers.complaints')}
        empty={history.complaints.length === 0}
        head={[col('reportNo'), col('complaint'), col('status'), col('due')]}
      >
        {history.complaints.map((c) => (
          <Table.Tr key={c.id} data-testid={`customer-complaint-${c.id}`}>
            <Table.Td ff="monospace">{c.reportNo}</Table.Td>
            <Table.Td>{c.description}</Table.Td>
            <Table.Td>{t(`manage.complaints.status.${c.status}`)}</Table.Td>
            <Table.Td>{c.dueDate ?? none}</Table.Td>
          </Table.Tr>
        ))}
      </Section>
    </Stack>
  );
}
