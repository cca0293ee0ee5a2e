import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketListRow } from '../../../../../../main/intake/ticketListQuery';

/** The ticket the parts are for, as the technician knows it: report number, unit, owner. */
export function TicketCard({ ticket }: { ticket: TicketListRow }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder radius="sm" px="sm" py={6} mt={22} data-testid="req-ticket-card">
      <Stack gap={0}>
        <Group gap="xs">
          <Text fw={600} ff="monospace" size="sm">
            {ticket.reportNo}
          </Text>
          {ticket.emergency && (
            <Badge size="xs" color="red" variant="light">
              {t('stockroom.requisitions.new.emergency')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {ticket.modelCode} · {i18n.language === 'zh-TW' ? ticket.modelNameZh : ticket.modelNameEn}{' '}
          · {ticket.serial} · {ticket.customerName}
        </Text>
      </Stack>
    </Paper>
  );
}
