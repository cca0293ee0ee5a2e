import { Button, Group, Kbd, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconBarcode, IconSend } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketListRow } from '../../../../../../main/intake/ticketListQuery';
import type { Requisition } from '../../../../../../main/stock/requisitionRepo';
import { useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../../../bridge';
import { coreKey } from '../../../../data';
import { refusalText } from '../../../../i18n/reasons';
import { showErrorOnForm } from '../../../../errors/formErrors';
import { notifyError } from '../../../../errors/notifyError';
import { useScannerInput } from '../../../intake/useScannerInput';
import { findPartByNumber, normalisePartNo } from '../../partsLookup';
import { PartPicker } from '../../PartPicker/PartPicker';
import { RequestLines } from './RequestLines';
import { TicketCard } from './TicketCard';
import {
  EMPTY_REQUEST,
  formPathOf,
  lineOf,
  toCreateInput,
  type RequestValues,
} from './requestModel';
import { useTicketUsage } from './useTicketUsage';

type Focus = 'ticket' | 'part' | { line: number };

/** The ticket with this report number (or serial), as scanned from its label or typed. */
async function findTicket(text: string): Promise<TicketListRow | null> {
  const query = text.trim().toUpperCase();
  const rows = await invoke('tickets/search', { query, limit: 10 });
  return (
    rows.find((r) => r.reportNo.toUpperCase() === query) ??
    rows.find((r) => r.serial.toUpperCase() === query) ??
    (rows.length === 1 ? rows[0] : null)
  );
}

/**
 * The requisition form (領用申請表, policy 5.3) for a technician at the bench: scan the ticket's
 * label, scan each part and type how many, send it for a supervisor's approval. Lines over a
 * critical part's quota are flagged before sending: they need a supervisor's written override.
 */
export function NewRequisition({
  active = true,
  onCreated,
}: {
  active?: boolean;
  onCreated: (req: Requisition) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<RequestValues>({ initialValues: EMPTY_REQUEST });
  const client = useQueryClient();
  const [ticket, setTicket] = useState<TicketListRow | null>(null);
  const [busy, setBusy] = useState<'ticket' | 'part' | 'submit' | null>(null);
  const [focus, setFocus] = useState<Focus | null>('ticket');
  // One id per requisition, kept across retries: a second Enter replays, never duplicates.
  const requestId = useRef(crypto.randomUUID());
  const rootRef = useRef<HTMLDivElement>(null);
  const usage = useTicketUsage(ticket?.id ?? null);

  useEffect(() => {
    if (!focus || !active) return;
    const selector =
      focus === 'ticket'
        ? '[data-testid="req-ticket"]'
        : focus === 'part'
          ? '[data-testid="req-part"]'
          : `[data-testid="req-line-qty-${focus.line}"]`;
    const el = rootRef.current?.querySelector<HTMLInputElement>(selector);
    el?.focus();
    if (typeof focus === 'object') el?.select();
    setFocus(null);
  }, [focus, active]);

  async function lookUpTicket() {
    const text = form.getValues().ticketQuery.trim();
    if (!text) return;
    setBusy('ticket');
    try {
      const found = await findTicket(text);
      // The core says at once whether it would take parts for this ticket (handed back,
      // cancelled, or out of warranty without an approved quote: not now).
      // The answer is the one the usage hook reads, so it is asked once.
      const refusal = found
        ? (
            await client.fetchQuery({
              queryKey: coreKey('requisitions/forTicket', { ticketId: found.id }),
              queryFn: () => invoke('requisitions/forTicket', { ticketId: found.id }),
            })
          ).actions.requestParts.refusal
        : null;
      if (!found) {
        form.setFieldError('ticketQuery', t('stockroom.requisitions.new.noTicket', { text }));
      } else if (refusal) {
        form.setFieldError('ticketQuery', refusalText(refusal));
      } else {
        setTicket(found);
        form.setFieldValue('ticketQuery', found.reportNo);
        form.clearFieldError('ticketQuery');
        setFocus('part');
      }
    } catch (error) {
      showErrorOnForm(form, error, { mapField: (f) => (f === 'query' ? 'ticketQuery' : null) });
    } finally {
      setBusy(null);
    }
  }

  async function addPart() {
    const text = normalisePartNo(form.getValues().partQuery);
    if (!text) return;
    const lines = form.getValues().lines;
    const already = lines.findIndex((l) => l.partNo === text);
    if (already >= 0) {
      // The same part scanned again: one more of it.
      const q = lines[already].quantity;
      form.setFieldValue(`lines.${already}.quantity`, (Number(q) || 0) + 1);
      form.setFieldValue('partQuery', '');
      setFocus({ line: already });
      return;
    }
    setBusy('part');
    try {
      const part = await findPartByNumber(text);
      if (!part) {
        form.setFieldError('partQuery', t('stockroom.requisitions.new.noPart', { partNo: text }));
      } else if (!part.active) {
        form.setFieldError('partQuery', t('stockroom.requisitions.new.inactive', { partNo: text }));
      } else {
        form.insertListItem('lines', lineOf(part));
        form.setFieldValue('partQuery', '');
        form.clearFieldError('partQuery');
        setFocus({ line: lines.length });
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  }

  async function submit() {
    const values = form.getValues();
    if (!ticket) {
      form.setFieldError('ticketQuery', t('stockroom.requisitions.new.ticketFirst'));
      setFocus('ticket');
      return;
    }
    if (values.lines.length === 0) {
      form.setFieldError('partQuery', t('stockroom.requisitions.new.partFirst'));
      setFocus('part');
      return;
    }
    setBusy('submit');
    try {
      const req = await invoke(
        'requisitions/create',
        toCreateInput(ticket.id, values, requestId.current),
      );
      requestId.current = crypto.randomUUID();
      form.setValues(EMPTY_REQUEST);
      form.clearErrors();
      setTicket(null);
      setFocus('ticket');
      onCreated(req);
    } catch (error) {
      showErrorOnForm(form, error, { mapField: formPathOf });
    } finally {
      setBusy(null);
    }
  }

  const ticketScan = useScannerInput({ onEnter: () => void lookUpTicket() });
  const partScan = useScannerInput({ onEnter: () => void addPart(), minLength: 2 });
  useHotkeys(active ? [['mod+Enter', () => void submit()]] : [], []);

  return (
    <Paper withBorder radius="md" p="md" ref={rootRef} data-testid="req-new">
      <Stack gap="sm">
        <Title order={4}>{t('stockroom.requisitions.new.title')}</Title>
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <TextInput
            w={220}
            label={t('stockroom.requisitions.new.ticket')}
            description={t('stockroom.requisitions.new.ticketHint')}
            leftSection={<IconBarcode size={16} />}
            autoComplete="off"
            {...form.getInputProps('ticketQuery')}
            onChange={(e) => {
              form.setFieldValue('ticketQuery', e.currentTarget.value);
              if (ticket) setTicket(null);
            }}
            onKeyDown={ticketScan.onKeyDown}
            disabled={busy === 'submit'}
            data-testid="req-ticket"
          />
          {ticket && <TicketCard ticket={ticket} />}
        </Group>
        <PartPicker
          w={320}
          ticketId={ticket?.id ?? null}
          label={t('stockroom.requisitions.new.part')}
          description={t('stockroom.requisitions.new.partHint')}
          {...form.getInputProps('partQuery')}
          onPick={(part) => {
            form.setFieldValue('partQuery', part.partNo);
            void addPart();
          }}
          onKeyDown={partScan.onKeyDown}
          disabled={busy === 'submit'}
          data-testid="req-part"
        />
        <RequestLines
          form={form}
          usage={usage}
          onQuantityEnter={() => setFocus('part')}
          onRemove={(i) => form.removeListItem('lines', i)}
        />
        <Textarea
          label={t('stockroom.requisitions.new.note')}
          autosize
          minRows={1}
          maxRows={4}
          {...form.getInputProps('note')}
          data-testid="req-note"
        />
        <Group justify="flex-end" gap="xs">
          <Group gap={4}>
            <Kbd size="xs">Ctrl</Kbd>
            <Text size="xs" c="dimmed">
              +
            </Text>
            <Kbd size="xs">Enter</Kbd>
          </Group>
          <Button
            leftSection={<IconSend size={16} />}
            loading={busy === 'submit'}
            onClick={() => void submit()}
            data-testid="req-submit"
          >
            {t('stockroom.requisitions.new.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
