import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Group,
  Kbd,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconPackageImport } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceiptResult } from '../../../../../main/stock/stockHandlers';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifyError } from '../../../errors/notifyError';
import { useCan } from '../../../stores/session';
import { useScannerInput } from '../../intake/useScannerInput';
import { useCurrency } from '../partsFormat';
import { findPartByNumber, normalisePartNo } from '../partsLookup';
import { PartPicker } from '../PartPicker/PartPicker';
import { ReceiptLines } from './ReceiptLines';
import { ReceivingSuccess } from './ReceivingSuccess';
import {
  NEW_RECEIPT,
  checkReceipt,
  lineFor,
  toReceiveInput,
  withQuantity,
  type ReceiptValues,
} from './receivingModel';

/**
 * Receiving a delivery with its inspection (policy 5.1, issue 4 item 7): supplier and delivery
 * note, then each part scanned or typed (a second scan of the same part counts one more unit),
 * received / rejected / accepted per line with the reason for any rejection. Ctrl+Enter posts
 * it; only accepted units enter stock, at their cost.
 */
export function ReceivingView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const currency = useCurrency();
  const mayReceive = useCan('stock/receive');
  const form = useForm<ReceiptValues>({ initialValues: NEW_RECEIPT });
  const [scan, setScan] = useState('');
  const [scanError, setScanError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState<{ result: ReceiptResult; sent: ReceiptValues } | null>(null);
  // A ref, not state: the second Enter of a double press arrives before React re-renders.
  const busy = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const scanRef = useRef<HTMLInputElement>(null);

  async function addPart(text: string) {
    const partNo = normalisePartNo(text);
    if (!partNo) return;
    try {
      const part = await findPartByNumber(partNo);
      if (!part) return setScanError(t('stockroom.receiving.notFound', { partNo }));
      if (!part.active) return setScanError(t('stockroom.receiving.inactive', { partNo }));
      const lines = form.getValues().lines;
      const at = lines.findIndex((l) => l.partId === part.id);
      if (at >= 0) {
        const line = lines[at];
        form.setFieldValue(
          `lines.${at}`,
          withQuantity(line, 'received', Number(line.received) + 1),
        );
      } else {
        form.insertListItem('lines', lineFor(part, currency));
      }
      form.clearFieldError('lines');
      setScan('');
      setScanError(null);
    } catch (error) {
      notifyError(error);
    }
  }
  const scanner = useScannerInput({ onEnter: () => void addPart(scan), minLength: 2 });

  async function submit() {
    if (busy.current || done) return;
    const values = form.getValues();
    const errors = checkReceipt(values, t);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstError();
      return;
    }
    busy.current = true;
    setSubmitting(true);
    try {
      const result = await invoke('stock/receive', toReceiveInput(values, currency));
      setDone({ result, sent: values });
    } catch (error) {
      if (showErrorOnForm(form, error)) focusFirstError();
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  }

  function focusFirstError() {
    // After React has drawn the errors.
    setTimeout(() => rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  function next() {
    form.reset();
    setDone(null);
    setScan('');
    setScanError(null);
  }

  useHotkeys(
    active
      ? [
          ['mod+Enter', () => void submit()],
          ['Escape', () => done && next()],
        ]
      : [],
    [],
  );

  if (!mayReceive) {
    return (
      <Alert color="gray" data-testid="stockroom-receiving" data-active={active}>
        {t('stockroom.receiving.notAllowed')}
      </Alert>
    );
  }

  const suppliers = [
    ...new Set(form.values.lines.map((l) => l.part.preferredSupplier).filter((s) => s !== null)),
  ];
  return (
    <Box ref={rootRef} data-testid="stockroom-receiving" data-active={active}>
      {done ? (
        <ReceivingSuccess result={done.result} sent={done.sent} onNew={next} />
      ) : (
        <Paper withBorder radius="md" p="md" data-testid="receiving-form">
          <Stack gap="md">
            <Group gap="sm" align="flex-start">
              <Autocomplete
                label={t('stockroom.receiving.supplier')}
                withAsterisk
                w={280}
                data={suppliers}
                {...form.getInputProps('supplier')}
                data-testid="receiving-supplier"
              />
              <TextInput
                label={t('stockroom.receiving.reference')}
                description={t('stockroom.receiving.referenceHint')}
                // The hint under the field, so both fields of the row start at the same height.
                inputWrapperOrder={['label', 'input', 'error', 'description']}
                withAsterisk
                w={280}
                {...form.getInputProps('reference')}
                data-testid="receiving-reference"
              />
            </Group>
            <PartPicker
              inputRef={scanRef}
              label={t('stockroom.receiving.scan')}
              description={t('stockroom.receiving.scanHint')}
              w={360}
              value={scan}
              error={scanError}
              onChange={(e) => {
                setScan(e.currentTarget.value);
                setScanError(null);
              }}
              onPick={(part) => void addPart(part.partNo)}
              onKeyDown={scanner.onKeyDown}
              data-testid="receiving-scan"
            />
            {form.values.lines.length > 0 ? (
              <ReceiptLines form={form} />
            ) : (
              <Text
                size="sm"
                c={form.errors.lines ? 'red' : 'dimmed'}
                data-testid="receiving-empty"
              >
                {form.errors.lines ?? t('stockroom.receiving.empty')}
              </Text>
            )}
            <Group gap="xs">
              <Button
                leftSection={<IconPackageImport size={16} />}
                loading={submitting}
                onClick={() => void submit()}
                data-testid="receiving-submit"
              >
                {t('stockroom.receiving.submit')}
              </Button>
              <Kbd size="xs">Ctrl</Kbd>
              <Text size="xs" c="dimmed">
                +
              </Text>
              <Kbd size="xs">Enter</Kbd>
            </Group>
          </Stack>
        </Paper>
      )}
    </Box>
  );
}
