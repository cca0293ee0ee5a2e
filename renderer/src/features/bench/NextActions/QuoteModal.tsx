import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchTicketView } from '../../../../../main/bench/benchTicket';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifyError } from '../../../errors/notifyError';
import { useDepotSettings } from '../../../stores/depotSettings';
import { useScannerInput } from '../../intake/useScannerInput';
import { formatCost, partNames, useCurrency } from '../../stockroom/partsFormat';
import { findPartByNumber, normalisePartNo } from '../../stockroom/partsLookup';
import { PartPicker } from '../../stockroom/PartPicker/PartPicker';
import type { ActResult } from '../useBenchTicket';

type QuoteLine = {
  partId: number;
  partNo: string;
  nameEn: string;
  nameZh: string;
  unitCost: number;
  quantity: number | string;
};
type Values = {
  labourMinutes: number | string;
  partQuery: string;
  parts: QuoteLine[];
  note: string;
};

/** Two days: the most one quote estimates (quotes/create). */
const MAX_QUOTE_MINUTES = 2880;

const whole = (v: number | string) => (typeof v === 'number' ? v : Number(v));

/**
 * The quote for a repair the warranty does not cover (報價, policy 3.2): estimated labour at the
 * depot's rate and the parts at cost. The customer approves it before anything is repaired.
 */
export function QuoteModal({
  ticket,
  opened,
  onClose,
  act,
}: {
  ticket: BenchTicketView;
  opened: boolean;
  onClose: () => void;
  act: (send: () => Promise<BenchTicketView>) => Promise<ActResult>;
}) {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const rate = useDepotSettings((s) => s.settings?.policy.labourRatePerHour ?? 0);
  const form = useForm<Values>({
    initialValues: { labourMinutes: '', partQuery: '', parts: [], note: '' },
  });
  const [busy, setBusy] = useState(false);
  const v = form.values;
  const minutes = whole(v.labourMinutes) || 0;
  const labourCost = Math.round((minutes * rate) / 60);
  const partsCost = v.parts.reduce((n, l) => n + l.unitCost * (whole(l.quantity) || 0), 0);

  function close() {
    form.reset();
    onClose();
  }

  async function addPart() {
    const partNo = normalisePartNo(form.getValues().partQuery);
    if (!partNo) return;
    const lines = form.getValues().parts;
    const already = lines.findIndex((l) => l.partNo === partNo);
    if (already >= 0) {
      form.setFieldValue(`parts.${already}.quantity`, (whole(lines[already].quantity) || 0) + 1);
      form.setFieldValue('partQuery', '');
      return;
    }
    try {
      const part = await findPartByNumber(partNo);
      if (!part || !part.active) {
        form.setFieldError('partQuery', t('bench.quote.noPart', { partNo }));
        return;
      }
      form.insertListItem('parts', {
        partId: part.id,
        partNo: part.partNo,
        nameEn: part.nameEn,
        nameZh: part.nameZh,
        unitCost: part.unitCost,
        quantity: 1,
      });
      form.setFieldValue('partQuery', '');
    } catch (error) {
      notifyError(error);
    }
  }

  async function submit() {
    const values = form.getValues();
    const m = whole(values.labourMinutes);
    if (!Number.isInteger(m) || m < 1 || m > MAX_QUOTE_MINUTES) {
      form.setFieldError(
        'labourMinutes',
        t('bench.quote.minutesRange', { max: MAX_QUOTE_MINUTES }),
      );
      return;
    }
    setBusy(true);
    try {
      await act(() =>
        invoke('quotes/create', {
          ticketId: ticket.id,
          version: ticket.version,
          labourMinutes: m,
          parts: values.parts.map((l) => ({ partId: l.partId, quantity: whole(l.quantity) || 0 })),
          ...(values.note.trim() && { note: values.note.trim() }),
        }),
      );
      close();
    } catch (error) {
      showErrorOnForm(form, error, {
        mapField: (f) => {
          const line = /^parts\.(\d+)\.(partId|quantity)$/.exec(f);
          if (line) return `parts.${line[1]}.quantity`;
          return ['labourMinutes', 'note'].includes(f) ? f : null;
        },
      });
    } finally {
      setBusy(false);
    }
  }

  const partScan = useScannerInput({ onEnter: () => void addPart(), minLength: 2 });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('bench.quote.title', { reportNo: ticket.reportNo })}
      size="lg"
      centered
    >
      <Stack gap="sm" data-testid="bench-quote-form">
        <Text size="sm" c="dimmed">
          {t('bench.quote.body')}
        </Text>
        <NumberInput
          label={t('bench.quote.labourMinutes')}
          description={t('bench.quote.labourHint', { rate: formatCost(rate, currency), currency })}
          withAsterisk
          min={1}
          max={MAX_QUOTE_MINUTES}
          clampBehavior="none"
          allowDecimal={false}
          allowNegative={false}
          data-autofocus
          {...form.getInputProps('labourMinutes')}
          data-testid="bench-quote-minutes"
        />
        <PartPicker
          ticketId={ticket.id}
          label={t('bench.quote.part')}
          description={t('bench.quote.partHint')}
          {...form.getInputProps('partQuery')}
          onPick={(part) => {
            form.setFieldValue('partQuery', part.partNo);
            void addPart();
          }}
          onKeyDown={partScan.onKeyDown}
          data-testid="bench-quote-part"
        />
        {v.parts.length > 0 && (
          <Table fz="sm" verticalSpacing={4} data-testid="bench-quote-lines">
            <Table.Tbody>
              {v.parts.map((l, i) => (
                <Table.Tr key={l.partId} data-testid={`bench-quote-line-${l.partNo}`}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {l.partNo}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {partNames(l, i18n.language)[0]}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatCost(l.unitCost, currency)}</Table.Td>
                  <Table.Td w={100}>
                    <NumberInput
                      size="xs"
                      min={1}
                      allowDecimal={false}
                      allowNegative={false}
                      aria-label={t('bench.quote.quantityOf', { partNo: l.partNo })}
                      {...form.getInputProps(`parts.${i}.quantity`)}
                    />
                  </Table.Td>
                  <Table.Td w={40}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('common.remove')}
                      onClick={() => form.removeListItem('parts', i)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Textarea
          label={t('bench.quote.note')}
          autosize
          minRows={1}
          {...form.getInputProps('note')}
          data-testid="bench-quote-note"
        />
        <Group justify="space-between" data-testid="bench-quote-estimate">
          <Text size="sm" c="dimmed">
            {t('bench.quote.estimate', {
              labour: formatCost(labourCost, currency),
              parts: formatCost(partsCost, currency),
            })}
          </Text>
          <Text fw={600}>
            {t('bench.cost.total')}: {formatCost(labourCost + partsCost, currency)} {currency}
          </Text>
        </Group>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()} data-testid="bench-quote-submit">
            {t('bench.quote.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
