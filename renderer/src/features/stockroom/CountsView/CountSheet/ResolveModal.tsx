import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountLine } from '../../../../../../main/stock/countRepo';
import { showErrorOnForm } from '../../../../errors/formErrors';

/**
 * A part entered twice: count the shelf again and say how many there are. That number replaces
 * the first entry and clears the flag (counts/resolve); both entries stay in the log.
 */
export function ResolveModal({
  line,
  onClose,
  onResolve,
}: {
  line: CountLine | null;
  onClose: () => void;
  onResolve: (line: CountLine, quantity: number) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [quantity, setQuantity] = useState<number | string>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function close() {
    setQuantity('');
    setError(null);
    onClose();
  }

  async function send() {
    if (!line) return;
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 0) {
      setError(t('stockroom.counts.sheet.quantityRequired'));
      return;
    }
    setBusy(true);
    try {
      await onResolve(line, quantity);
      close();
    } catch (e) {
      showErrorOnForm(
        {
          getValues: () => ({ quantity }),
          setErrors: (errors) => setError(String(Object.values(errors)[0] ?? '')),
        },
        e,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={line !== null}
      onClose={close}
      title={t('stockroom.counts.resolve.title', { partNo: line?.partNo ?? '' })}
      centered
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('stockroom.counts.resolve.body')}
        </Text>
        <NumberInput
          label={t('stockroom.counts.resolve.quantity')}
          withAsterisk
          data-autofocus
          min={0}
          allowDecimal={false}
          allowNegative={false}
          value={quantity}
          error={error}
          onChange={(v) => {
            setQuantity(v);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void send();
          }}
          data-testid="count-resolve-quantity"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="orange"
            loading={busy}
            onClick={() => void send()}
            data-testid="count-resolve-confirm"
          >
            {t('stockroom.counts.resolve.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
