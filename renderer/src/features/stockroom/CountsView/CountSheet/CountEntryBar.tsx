import { Button, Group, NumberInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountLine } from '../../../../../../main/stock/countRepo';
import { useScannerInput } from '../../../intake/useScannerInput';
import { PartPicker } from '../../PartPicker/PartPicker';
import { normalisePartNo } from '../../partsLookup';

export type Recorded = { partNo: string; quantity: number; source: 'scan' | 'typed' };

/**
 * Scan (or type) a part number, Enter, type how many are on the shelf, Enter. The part must be
 * one of the count's; the quantity is whole. Then back to the part field for the next one.
 */
export function CountEntryBar({
  lines,
  active,
  onRecord,
}: {
  lines: CountLine[];
  active: boolean;
  onRecord: (entry: Recorded) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [partText, setPartText] = useState('');
  const [partError, setPartError] = useState<string | null>(null);
  const [part, setPart] = useState<{ partNo: string; scanned: boolean } | null>(null);
  const [quantity, setQuantity] = useState<number | string>('');
  const [quantityError, setQuantityError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A second Enter while the first entry is on its way must not record it twice (a duplicate).
  const sending = useRef(false);
  const partRef = useRef<HTMLInputElement>(null);
  const quantityRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (active) partRef.current?.focus();
  }, [active]);

  // A part taken: its quantity next (the field is enabled from this render on).
  useEffect(() => {
    if (part) quantityRef.current?.focus();
  }, [part]);

  function takePart(scanned: boolean, text: string = partText) {
    const partNo = normalisePartNo(text);
    if (!partNo) return;
    const line = lines.find((l) => l.partNo === partNo);
    if (!line) {
      setPartError(t('stockroom.counts.sheet.notInCount', { partNo }));
      setPart(null);
      return;
    }
    setPartError(null);
    setPart({ partNo, scanned });
    setPartText(partNo);
    setQuantity('');
    setQuantityError(null);
  }

  async function record() {
    if (sending.current) return;
    if (!part) {
      partRef.current?.focus();
      return;
    }
    const n = typeof quantity === 'number' ? quantity : Number.NaN;
    if (!Number.isInteger(n) || n < 0) {
      setQuantityError(t('stockroom.counts.sheet.quantityRequired'));
      return;
    }
    sending.current = true;
    setBusy(true);
    const ok = await onRecord({
      partNo: part.partNo,
      quantity: n,
      source: part.scanned ? 'scan' : 'typed',
    }).finally(() => {
      sending.current = false;
      setBusy(false);
    });
    if (!ok) return;
    setPart(null);
    setPartText('');
    setQuantity('');
    partRef.current?.focus();
  }

  const scan = useScannerInput({ onEnter: ({ scanned }) => takePart(scanned), minLength: 2 });

  return (
    <Group align="flex-start" gap="xs" data-testid="count-entry">
      <PartPicker
        inputRef={partRef}
        w={260}
        label={t('stockroom.counts.sheet.part')}
        value={partText}
        error={partError}
        onChange={(e) => {
          setPartText(e.currentTarget.value);
          setPartError(null);
          setPart(null);
        }}
        onPick={(hit) => takePart(false, hit.partNo)}
        onKeyDown={scan.onKeyDown}
        data-testid="count-part"
      />
      <NumberInput
        ref={quantityRef}
        w={140}
        label={t('stockroom.counts.sheet.quantity')}
        min={0}
        allowDecimal={false}
        allowNegative={false}
        disabled={!part}
        value={quantity}
        error={quantityError}
        onChange={(v) => {
          setQuantity(v);
          setQuantityError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void record();
          }
        }}
        data-testid="count-quantity"
      />
      <Button
        mt={25}
        leftSection={<IconCheck size={16} />}
        disabled={!part}
        loading={busy}
        onClick={() => void record()}
        data-testid="count-record"
      >
        {t('stockroom.counts.sheet.record')}
      </Button>
    </Group>
  );
}
