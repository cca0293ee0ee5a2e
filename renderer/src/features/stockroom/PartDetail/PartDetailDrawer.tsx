import { Button, Center, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAdjustments, IconPencil } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartDetail } from '../../../../../main/stock/partHandlers';
import { invoke, isClientError } from '../../../bridge';
import { notifyError, notifySuccess } from '../../../errors/notifyError';
import { useCan } from '../../../stores/session';
import { partNames, useCurrency } from '../partsFormat';
import { AdjustModal } from './AdjustModal';
import { PartModels } from '../PartPicker/PartModels';
import { PartForm } from './PartForm';
import { toUpdateInput, valuesOf, type PartFormValues } from './partFormModel';
import { PartLedger } from './PartLedger';
import { PartSummary, Section } from './PartSummary';
import { SellPrice } from './SellPrice';
import { usePartDrawer } from './partDrawer';

/**
 * One part in full over the list: stock level, fields and its ledger. Stockroom keepers and
 * supervisors edit the catalogue fields (optimistically, with the version they saw);
 * supervisors correct the books with a reason (policy 5.2).
 */
export function PartDetailDrawer() {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const partId = usePartDrawer((s) => s.partId);
  const close = usePartDrawer((s) => s.close);
  const changed = usePartDrawer((s) => s.changed);
  const mayEdit = useCan('parts/update');
  const mayAdjust = useCan('stock/adjust');
  const [part, setPart] = useState<PartDetail | null>(null);
  const [editing, setEditing] = useState(false);
  const [adjusting, setAdjusting] = useState(false);
  const [moves, setMoves] = useState(0);

  const load = useCallback(
    (id: number, onFail?: () => void) =>
      invoke('parts/get', { id })
        .then((found) => {
          if (usePartDrawer.getState().partId === id) setPart(found);
        })
        .catch((error: unknown) => {
          notifyError(error);
          onFail?.();
        }),
    [],
  );

  useEffect(() => {
    setPart(null);
    setEditing(false);
    if (partId !== null) void load(partId, close);
  }, [partId, load, close]);

  async function save(values: PartFormValues) {
    if (!part) return;
    const input = toUpdateInput(part, values, currency);
    if (!input) {
      setEditing(false);
      return;
    }
    try {
      const next = await invoke('parts/update', input);
      setPart(next);
      setEditing(false);
      changed();
      notifySuccess(t('stockroom.parts.detail.saved', { partNo: next.partNo }));
    } catch (error) {
      // Someone else changed the part: show it as it is now, then say so.
      if (isClientError(error, 'CONFLICT') && !error.field) void load(part.id);
      throw error;
    }
  }

  const [first, second] = part ? partNames(part, i18n.language) : ['', ''];
  return (
    <Drawer
      opened={partId !== null}
      onClose={close}
      position="right"
      size={720}
      title={
        <Text fw={600} data-testid="part-detail-title">
          {part ? `${part.partNo} · ${first}` : ''}
        </Text>
      }
    >
      <div data-testid="part-detail" data-part-no={part?.partNo}>
        {!part ? (
          <Center h={200}>
            <Group gap="xs">
              <Loader size="sm" />
              <Text size="sm" c="dimmed">
                {t('stockroom.parts.detail.loading')}
              </Text>
            </Group>
          </Center>
        ) : editing ? (
          <PartForm
            key={part.version}
            mode="edit"
            initial={valuesOf(part, currency)}
            onSubmit={save}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <Stack gap="md" pb="md">
            <Group gap="xs" justify="space-between">
              <Text size="sm" c="dimmed">
                {second}
              </Text>
              <Group gap="xs">
                {mayEdit && (
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconPencil size={14} />}
                    onClick={() => setEditing(true)}
                    data-testid="part-edit"
                  >
                    {t('stockroom.parts.detail.edit')}
                  </Button>
                )}
                {mayAdjust && (
                  <Button
                    size="xs"
                    variant="light"
                    color="orange"
                    leftSection={<IconAdjustments size={14} />}
                    onClick={() => setAdjusting(true)}
                    data-testid="part-adjust"
                  >
                    {t('stockroom.parts.detail.adjust')}
                  </Button>
                )}
              </Group>
            </Group>
            <PartSummary part={part} />
            <SellPrice
              key={part.id}
              part={part}
              onSaved={(sellPrice) => {
                setPart({ ...part, sellPrice });
                changed();
              }}
            />
            <PartModels partId={part.id} />
            <Section title={t('stockroom.parts.detail.ledger')}>
              <PartLedger partId={part.id} reloadKey={moves} />
            </Section>
            <AdjustModal
              part={part}
              opened={adjusting}
              onClose={() => setAdjusting(false)}
              onDone={(result) => {
                setAdjusting(false);
                setPart({
                  ...part,
                  onHand: result.onHand,
                  avgCost: result.avgCost,
                  belowSafety: result.onHand < part.safetyStock,
                });
                setMoves((n) => n + 1);
                changed();
                notifySuccess(
                  t('stockroom.parts.adjust.done', { partNo: part.partNo, onHand: result.onHand }),
                );
              }}
            />
          </Stack>
        )}
      </div>
    </Drawer>
  );
}
