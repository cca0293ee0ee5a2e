import { Button, Group, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketPartLine } from '../../../../../main/bench/cost';
import { asClientError, invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { outOf } from '../../../../../main/rules/requisitionLine';
import { formatQty, partNames } from '../../stockroom/partsFormat';

/**
 * Unused parts back to the stockroom (退回倉庫, policy 5.3), per line of the ticket's
 * requisitions: at most what was issued and not yet returned. The stockroom keeper records it
 * (the core allows the keeper, supervisors and admins); what stays issued is what the repair
 * consumed and what it costs.
 */
export function ReturnPartsModal({
  reportNo,
  parts,
  opened,
  onClose,
  onReturned,
}: {
  reportNo: string;
  parts: TicketPartLine[];
  opened: boolean;
  onClose: () => void;
  onReturned: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const out = parts.filter((l) => outOf(l) > 0);
  const [qty, setQty] = useState<Record<number, number | string>>({});
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  function close() {
    setQty({});
    setErrors({});
    setNote('');
    onClose();
  }

  async function submit() {
    const chosen = out.filter((l) => Number(qty[l.lineId] ?? 0) > 0);
    const found: Record<number, string> = {};
    for (const l of chosen) {
      const n = Number(qty[l.lineId]);
      if (!Number.isInteger(n) || n > outOf(l)) {
        found[l.lineId] = t('bench.parts.returnAtMost', { count: outOf(l) });
      }
    }
    if (chosen.length === 0) {
      setErrors(Object.fromEntries(out.map((l) => [l.lineId, t('bench.parts.returnNothing')])));
      return;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    // One return per requisition: the stockroom books it against that requisition's lines.
    const byRequisition = new Map<number, TicketPartLine[]>();
    for (const l of chosen) {
      byRequisition.set(l.requisitionId, [...(byRequisition.get(l.requisitionId) ?? []), l]);
    }
    try {
      for (const [id, lines] of byRequisition) {
        try {
          await invoke('requisitions/return', {
            id,
            lines: lines.map((l) => ({ lineId: l.lineId, quantity: Number(qty[l.lineId]) })),
            ...(note.trim() && { note: note.trim() }),
          });
        } catch (error) {
          const e = asClientError(error);
          const m = /^lines\.(\d+)\.quantity$/.exec(e.field ?? '');
          const line = m ? lines[Number(m[1])] : undefined;
          if (!line) throw e;
          setErrors({ [line.lineId]: e.message });
          return;
        }
      }
      close();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
      await onReturned();
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('bench.parts.returnTitle', { reportNo })}
      size="lg"
      centered
    >
      <Stack gap="sm" data-testid="bench-return-form">
        <Text size="sm" c="dimmed">
          {t('bench.parts.returnBody')}
        </Text>
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bench.parts.part')}</Table.Th>
              <Table.Th>{t('bench.parts.requisition')}</Table.Th>
              <Table.Th ta="right">{t('bench.parts.out')}</Table.Th>
              <Table.Th w={120}>{t('bench.parts.returnQty')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {out.map((l) => (
              <Table.Tr key={l.lineId} data-testid={`bench-return-line-${l.partNo}`}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {l.partNo}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {partNames(l, i18n.language)[0]}
                  </Text>
                </Table.Td>
                <Table.Td ff="monospace">{l.reqNo}</Table.Td>
                <Table.Td ta="right">
                  {formatQty(outOf(l))} {l.unit}
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    min={0}
                    max={outOf(l)}
                    clampBehavior="none"
                    allowDecimal={false}
                    allowNegative={false}
                    aria-label={t('bench.parts.returnOf', { partNo: l.partNo })}
                    value={qty[l.lineId] ?? ''}
                    error={errors[l.lineId]}
                    onChange={(v) => {
                      setQty((old) => ({ ...old, [l.lineId]: v }));
                      setErrors({});
                    }}
                    data-testid={`bench-return-qty-${l.partNo}`}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <TextInput
          label={t('bench.parts.returnNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-testid="bench-return-note"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="grape"
            leftSection={<IconArrowBackUp size={16} />}
            loading={busy}
            onClick={() => void submit()}
            data-testid="bench-return-submit"
          >
            {t('bench.parts.returnSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
