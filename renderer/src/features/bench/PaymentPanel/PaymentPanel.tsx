import {
  Badge,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketPayments } from '../../../../../main/pricing/paymentHandlers';
import { invoke } from '../../../bridge';
import { coreKey, useCoreQuery } from '../../../data';
import { notifyError, notifySuccess } from '../../../errors/notifyError';
import { fromMinorUnits, minorDigits, toMinorUnits } from '../../../format/money';
import { useCan } from '../../../stores/session';
import { formatCost, useCurrency } from '../../stockroom/partsFormat';

const METHODS = ['cash', 'card', 'transfer', 'other'] as const;
type Method = (typeof METHODS)[number];

/**
 * Payment at hand-over (issue 10, item 1; policy 3.5): what the customer is billed for a repair
 * the warranty does not cover (or a declined quote's inspection fee), what was paid, the balance,
 * and a form for the desk to record a payment with its receipt number. The core computes the
 * bill and refuses an overpayment or a used receipt number; the panel only shows and asks.
 * Nothing shows for a covered ticket, or for staff who do not take payments.
 */
export function PaymentPanel({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const currency = useCurrency();
  const readable = useCan('payments/list');
  const writable = useCan('payments/record');
  const client = useQueryClient();
  // Read again whenever the ticket changes (a quote answered, labour logged, handed back).
  const { data } = useCoreQuery(
    'payments/list',
    { ticketId },
    { entities: [{ entity: 'ticket', id: ticketId }], enabled: readable },
  );
  const setData = (next: TicketPayments) =>
    client.setQueryData(coreKey('payments/list', { ticketId }), next);
  const [amount, setAmount] = useState<number | string>('');
  const [method, setMethod] = useState<Method>('cash');
  const [receiptNo, setReceiptNo] = useState('');
  const [busy, setBusy] = useState(false);

  if (!readable || !data) return null;
  const { money, payments } = data;
  if (money.payable === null && payments.length === 0) return null;
  const kind = money.payable ?? 'repair';

  const record = () => {
    const minor = toMinorUnits(Number(amount), currency);
    setBusy(true);
    invoke('payments/record', { ticketId, kind, method, amount: minor, receiptNo })
      .then((next) => {
        setData(next);
        setAmount('');
        setReceiptNo('');
        notifySuccess(t('bench.payments.recorded', { receiptNo }));
      })
      .catch(notifyError)
      .finally(() => setBusy(false));
  };
  const figure = (key: 'billed' | 'tax' | 'paid' | 'balance', minor: number, testId: string) => (
    <Stack gap={0} align="flex-end">
      <Text size="xs" c="dimmed">
        {t(`bench.payments.${key}`)}
      </Text>
      <Text size="sm" fw={500} ff="monospace" data-testid={testId}>
        {formatCost(minor, currency)}
      </Text>
    </Stack>
  );

  return (
    <Stack gap="xs" data-testid="bench-payments" data-balance={money.balance}>
      <Group gap="lg" wrap="wrap">
        <Text fw={600} size="sm">
          {t('bench.payments.title')}
        </Text>
        <Badge variant="light" color={kind === 'inspection_fee' ? 'grape' : 'orange'}>
          {t(`bench.payments.kind.${kind}`)}
        </Badge>
        <Group gap="lg" ml="auto">
          {figure('billed', money.billed.total, 'payments-billed')}
          {figure('tax', money.billed.tax, 'payments-tax')}
          {figure('paid', money.paid, 'payments-paid')}
          {figure('balance', money.balance, 'payments-balance')}
        </Group>
      </Group>
      {payments.length > 0 && (
        <Table data-testid="payments-list">
          <Table.Tbody>
            {payments.map((p) => (
              <Table.Tr key={p.id} data-testid={`payment-${p.receiptNo}`}>
                <Table.Td>{p.receiptNo}</Table.Td>
                <Table.Td>{t(`bench.payments.method.${p.method}`)}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatCost(p.amount, currency)}
                </Table.Td>
                <Table.Td>{p.recordedBy.displayName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {writable && money.balance > 0 && (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <NumberInput
            size="xs"
            label={t('bench.payments.amount', { currency })}
            value={amount}
            onChange={setAmount}
            min={0}
            decimalScale={minorDigits(currency)}
            data-testid="payment-amount"
          />
          <Select
            size="xs"
            label={t('bench.payments.methodLabel')}
            data={METHODS.map((m) => ({ value: m, label: t(`bench.payments.method.${m}`) }))}
            value={method}
            onChange={(v) => v && setMethod(v as Method)}
            allowDeselect={false}
            data-testid="payment-method"
          />
          <TextInput
            size="xs"
            label={t('bench.payments.receiptNo')}
            value={receiptNo}
            onChange={(e) => setReceiptNo(e.currentTarget.value)}
            data-testid="payment-receipt"
          />
          <Button
            size="xs"
            onClick={record}
            loading={busy}
            disabled={!receiptNo.trim() || !(Number(amount) > 0)}
            data-testid="payment-record"
          >
            {t('bench.payments.record')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            onClick={() => setAmount(fromMinorUnits(money.balance, currency))}
            data-testid="payment-fill-balance"
          >
            {t('bench.payments.payBalance')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
