import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchTicketView } from '../../../../../main/bench/benchTicket';
import type { RepairLog } from '../../../../../main/bench/repairLog';
import { outOf } from '../../../../../main/rules/requisitionLine';
import { notifySuccess } from '../../../errors/notifyError';
import { formatCost, formatQty, partNames, useCurrency } from '../../stockroom/partsFormat';
import { RequisitionStatusBadge } from '../../stockroom/RequisitionsView/RequisitionStatus/RequisitionStatus';
import { RequestPartsModal } from './RequestPartsModal';
import { ReturnPartsModal } from './ReturnPartsModal';

/**
 * The ticket's parts (issue 5 item 3; policy 5.3): every requisition line with its approval and
 * issue status as the stockroom moves it along, what was issued, returned and so consumed, and
 * its cost from the ledger. Parts are requested from here; unused ones go back to the stockroom.
 * The status is live: an approval or issue in the stockroom reads the log again (useBenchTicket).
 */
export function PartsPanel({
  ticket,
  log,
  onRefresh,
}: {
  ticket: BenchTicketView;
  log: RepairLog;
  onRefresh: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const [dialog, setDialog] = useState<'request' | 'return' | null>(null);
  const parts = log.parts;
  const { requestParts, returnParts } = log.actions;
  // Parts are out, but taking them back is the stockroom's: say where to bring them.
  const returnElsewhere =
    returnParts.refusal?.code === 'FORBIDDEN' && parts.some((l) => outOf(l) > 0);

  return (
    <Stack gap="xs" data-testid="bench-parts">
      <Group justify="space-between">
        <Title order={5}>{t('bench.parts.title')}</Title>
        <Group gap="xs">
          {returnParts.allowed && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArrowBackUp size={14} />}
              onClick={() => setDialog('return')}
              data-testid="bench-parts-return"
            >
              {t('bench.parts.return')}
            </Button>
          )}
          {requestParts.allowed && (
            <Button
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setDialog('request')}
              data-testid="bench-parts-request"
            >
              {t('bench.parts.request')}
            </Button>
          )}
        </Group>
      </Group>
      {parts.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="bench-parts-empty">
          {t('bench.parts.none')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} striped data-testid="bench-parts-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bench.parts.requisition')}</Table.Th>
              <Table.Th>{t('bench.parts.part')}</Table.Th>
              <Table.Th ta="right">{t('bench.parts.requested')}</Table.Th>
              <Table.Th ta="right">{t('bench.parts.approved')}</Table.Th>
              <Table.Th ta="right">{t('bench.parts.issued')}</Table.Th>
              <Table.Th ta="right">{t('bench.parts.returned')}</Table.Th>
              <Table.Th ta="right">{t('bench.parts.consumed')}</Table.Th>
              <Table.Th ta="right">{t('bench.parts.cost', { currency })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parts.map((l) => (
              <Table.Tr
                key={l.lineId}
                data-testid={`bench-part-${l.partNo}`}
                data-status={l.requisitionStatus}
              >
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {l.reqNo}
                  </Text>
                  <RequisitionStatusBadge status={l.requisitionStatus} size="xs" />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {l.partNo}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {partNames(l, i18n.language)[0]}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatQty(l.requested)}</Table.Td>
                <Table.Td ta="right">{l.approved === null ? '—' : formatQty(l.approved)}</Table.Td>
                <Table.Td ta="right">{formatQty(l.issued)}</Table.Td>
                <Table.Td ta="right">{formatQty(l.returned)}</Table.Td>
                <Table.Td ta="right" fw={600} data-testid="bench-part-consumed">
                  {formatQty(l.consumed)} {l.unit}
                </Table.Td>
                <Table.Td ta="right">{formatCost(l.cost, currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {returnElsewhere && (
        <Text size="xs" c="dimmed" data-testid="bench-parts-return-hint">
          {t('bench.parts.returnHint')}
        </Text>
      )}
      <RequestPartsModal
        key={ticket.id}
        ticket={ticket}
        opened={dialog === 'request'}
        onClose={() => setDialog(null)}
        onCreated={(req) => {
          notifySuccess(t('bench.parts.sent', { reqNo: req.reqNo }));
          void onRefresh();
        }}
      />
      <ReturnPartsModal
        key={`return-${ticket.id}`}
        reportNo={ticket.reportNo}
        parts={parts}
        opened={dialog === 'return'}
        onClose={() => setDialog(null)}
        onReturned={onRefresh}
      />
    </Stack>
  );
}
