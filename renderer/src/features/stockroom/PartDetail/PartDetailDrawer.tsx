import { Button, Center, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAdjustments, IconPencil } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartDetail } from '../../../../../main/stock/partHandlers';
import { invoke, isClientError } from '../../../bridge';
import { coreKey, useCoreQuery } from '../../../data';
import { notifySuccess } from '../../../errors/notifyError';
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
 * supervisors correct the books with a reason (policy 5.2). The part and its ledger follow what
 * any workstation changes (the data layer); the form being filled keeps the part it was opened
 * on, so a change made meanwhile comes back as the core's conflict, not as lost typing.
 */
export function PartDetailDrawer() {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const partId = usePartDrawer((s) => s.partId);
  const close = usePartDrawer((s) => s.close);
  // The reorder screen still refreshes on this bump; the list and the ledger follow the core.
  const mayEdit = useCan('parts/update');
  const mayAdjust = useCan('stock/adjust');
  const client = useQueryClient();
  const key = coreKey('parts/get', { id: partId ?? 0 });
  const query = useCoreQuery(
    'parts/get',
    { id: partId ?? 0 },
    {
      entities: [{ entity: 'part', id: partId ?? 0 }, 'stock_move', 'part_import'],
      enabled: partId !== null,
    },
  );
  const part = partId !== null && query.data?.id === partId ? query.data : null;
  // The part as it was when editing began: what the form shows and the version it saves with.
  const [editing, setEditing] = useState<PartDetail | null>(null);
  const [adjusting, setAdjusting] = useState(false);
  const failed = query.isError && !query.data;

  useEffect(() => setEditing(null), [partId]);
  // A part that cannot be read (the core said why) is not shown empty.
  useEffect(() => {
    if (failed) close();
  }, [failed, close]);

  const show = (next: PartDetail) => client.setQueryData(key, next);

  async function save(values: PartFormValues) {
    if (!editing) return;
    const input = toUpdateInput(editing, values, currency);
    if (!input) {
      setEditing(null);
      return;
    }
    try {
      const next = await invoke('parts/update', input);
      show(next);
      setEditing(null);
      notifySuccess(t('stockroom.parts.detail.saved', { partNo: next.partNo }));
    } catch (error) {
      // Someone else changed the part: show it as it is now, then say so.
      if (isClientError(error, 'CONFLICT') && !error.field) {
        void query.refetch().then((fresh) => fresh.data && setEditing(fresh.data));
      }
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
            key={editing.version}
            mode="edit"
            initial={valuesOf(editing, currency)}
            onSubmit={save}
            onCancel={() => setEditing(null)}
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
                    onClick={() => setEditing(part)}
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
                show({ ...part, sellPrice });
              }}
            />
            <PartModels partId={part.id} />
            <Section title={t('stockroom.parts.detail.ledger')}>
              <PartLedger partId={part.id} />
            </Section>
            <AdjustModal
              part={part}
              opened={adjusting}
              onClose={() => setAdjusting(false)}
              onDone={(result) => {
                setAdjusting(false);
                // At once; the move's change event reads the part and its ledger again.
                show({
                  ...part,
                  onHand: result.onHand,
                  avgCost: result.avgCost,
                  belowSafety: result.onHand < part.safetyStock,
                });
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
