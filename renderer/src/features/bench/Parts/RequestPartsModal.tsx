import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSend } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchTicketView } from '../../../../../main/bench/benchTicket';
import type { Requisition } from '../../../../../main/stock/requisitionRepo';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifyError } from '../../../errors/notifyError';
import { useScannerInput } from '../../intake/useScannerInput';
import { findPartByNumber, normalisePartNo } from '../../stockroom/partsLookup';
import { PartPicker } from '../../stockroom/PartPicker/PartPicker';
import { RequestLines } from '../../stockroom/RequisitionsView/NewRequisition/RequestLines';
import {
  EMPTY_REQUEST,
  formPathOf,
  lineOf,
  toCreateInput,
  type RequestValues,
} from '../../stockroom/RequisitionsView/NewRequisition/requestModel';
import { useTicketUsage } from '../../stockroom/RequisitionsView/NewRequisition/useTicketUsage';

/**
 * Parts for this ticket (領用申請表, policy 5.3), asked from the ticket itself: scan each part
 * and type how many; a line above a critical part's quota is marked before sending, because
 * only a supervisor's written override lets it through. It then waits for approval.
 */
export function RequestPartsModal({
  ticket,
  opened,
  onClose,
  onCreated,
}: {
  ticket: BenchTicketView;
  opened: boolean;
  onClose: () => void;
  onCreated: (req: Requisition) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<RequestValues>({
    initialValues: { ...EMPTY_REQUEST, ticketQuery: ticket.reportNo },
  });
  const [busy, setBusy] = useState(false);
  // One id per requisition, kept across retries: a second click replays, never duplicates.
  const requestId = useRef(crypto.randomUUID());
  const partRef = useRef<HTMLInputElement>(null);
  const usage = useTicketUsage(opened ? ticket.id : null);

  function close() {
    form.setValues({ ...EMPTY_REQUEST, ticketQuery: ticket.reportNo });
    form.clearErrors();
    onClose();
  }

  async function addPart() {
    const text = normalisePartNo(form.getValues().partQuery);
    if (!text) return;
    const lines = form.getValues().lines;
    const already = lines.findIndex((l) => l.partNo === text);
    if (already >= 0) {
      // The same part scanned again: one more of it.
      form.setFieldValue(`lines.${already}.quantity`, (Number(lines[already].quantity) || 0) + 1);
      form.setFieldValue('partQuery', '');
      return;
    }
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
      }
    } catch (error) {
      notifyError(error);
    }
  }

  async function submit() {
    const values = form.getValues();
    if (values.lines.length === 0) {
      form.setFieldError('partQuery', t('stockroom.requisitions.new.partFirst'));
      partRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const req = await invoke(
        'requisitions/create',
        toCreateInput(ticket.id, values, requestId.current),
      );
      requestId.current = crypto.randomUUID();
      close();
      onCreated(req);
    } catch (error) {
      showErrorOnForm(form, error, { mapField: formPathOf });
    } finally {
      setBusy(false);
    }
  }

  const partScan = useScannerInput({ onEnter: () => void addPart(), minLength: 2 });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('bench.parts.requestTitle', { reportNo: ticket.reportNo })}
      size="xl"
      centered
    >
      <Stack gap="sm" data-testid="bench-request-form">
        <Text size="sm" c="dimmed">
          {t('bench.parts.requestBody')}
        </Text>
        <PartPicker
          inputRef={partRef}
          w={320}
          ticketId={ticket.id}
          label={t('stockroom.requisitions.new.part')}
          description={t('stockroom.requisitions.new.partHint')}
          data-autofocus
          {...form.getInputProps('partQuery')}
          onPick={(part) => {
            form.setFieldValue('partQuery', part.partNo);
            void addPart();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
              return;
            }
            partScan.onKeyDown(e);
          }}
          data-testid="bench-request-part"
        />
        <RequestLines
          form={form}
          usage={usage}
          onQuantityEnter={() => partRef.current?.focus()}
          onRemove={(i) => form.removeListItem('lines', i)}
        />
        <Textarea
          label={t('stockroom.requisitions.new.note')}
          autosize
          minRows={1}
          maxRows={4}
          {...form.getInputProps('note')}
          data-testid="bench-request-note"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            leftSection={<IconSend size={16} />}
            loading={busy}
            onClick={() => void submit()}
            data-testid="bench-request-submit"
          >
            {t('stockroom.requisitions.new.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
