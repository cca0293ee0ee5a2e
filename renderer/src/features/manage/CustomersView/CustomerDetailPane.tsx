import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowMerge, IconPencil } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../bridge';
import { coreKey, useCoreQuery } from '../../../data';
import { localDay } from '../../../format/dateTime';
import { useCan } from '../../../stores/session';
import { CustomerEditForm } from './CustomerEditForm';
import { CustomerHistoryTables } from './CustomerHistoryTables';
import { MergeDialog } from './MergeDialog';

/**
 * One customer: contact data (editable), a merged one's pointer, the history, the merge. An edit
 * or merge (here or elsewhere), and any ticket, unit, follow-up or complaint changing, reads it
 * again.
 */
export function CustomerDetailPane({ id, onOpen }: { id: number; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const mayMerge = useCan('customers/merge');
  const client = useQueryClient();
  const data =
    useCoreQuery(
      'customers/history',
      { id },
      {
        entities: [{ entity: 'customer', id }, 'ticket', 'unit', 'followUp', 'complaint'],
      },
    ).data ?? null;
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);

  if (!data) return <Loader size="sm" data-testid="customer-loading" />;
  const { customer, history } = data;
  const none = t('manage.customers.none');

  return (
    <Paper withBorder radius="md" p="md" data-testid="customer-detail">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={4} data-testid="customer-detail-name">
            #{customer.id} {customer.name}
          </Title>
          {!customer.mergedInto && !editing && (
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPencil size={14} />}
                onClick={() => setEditing(true)}
                data-testid="customer-edit"
              >
                {t('manage.customers.edit')}
              </Button>
              {mayMerge && (
                <Button
                  size="xs"
                  variant="light"
                  color="orange"
                  leftSection={<IconArrowMerge size={14} />}
                  onClick={() => setMerging(true)}
                  data-testid="customer-merge"
                >
                  {t('manage.customers.merge.open')}
                </Button>
              )}
            </Group>
          )}
        </Group>
        {customer.mergedInto && (
          <Alert color="gray" data-testid="customer-merged">
            <Stack gap={4}>
              <Text size="sm">
                {t('manage.customers.merged', {
                  id: customer.mergedInto.id,
                  name: customer.mergedInto.name,
                  at: localDay(customer.mergedInto.mergedAt),
                })}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                w="fit-content"
                onClick={() => onOpen(customer.mergedInto!.id)}
                data-testid="customer-open-kept"
              >
                {t('manage.customers.openKept', { name: customer.mergedInto.name })}
              </Button>
            </Stack>
          </Alert>
        )}
        {editing ? (
          <CustomerEditForm
            customer={customer}
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              // At once; the save's change event reads the history again as well.
              client.setQueryData<Output<'customers/history'>>(
                coreKey('customers/history', { id }),
                (old) => old && { ...old, customer: saved },
              );
              setEditing(false);
            }}
          />
        ) : (
          <Stack gap={2} data-testid="customer-contact">
            <Text size="sm">
              {t('manage.customers.fields.phones')}:{' '}
              {customer.phones.map((p) => p.phone).join(' · ') || none}
            </Text>
            <Text size="sm">
              {t('manage.customers.fields.email')}: {customer.email ?? none}
            </Text>
            <Text size="sm">
              {t('manage.customers.fields.address')}: {customer.address ?? none}
            </Text>
          </Stack>
        )}
        <CustomerHistoryTables history={history} />
      </Stack>
      {mayMerge && (
        <MergeDialog
          keep={customer}
          opened={merging}
          onClose={() => setMerging(false)}
          onMerged={() => {
            setMerging(false);
          }}
        />
      )}
    </Paper>
  );
}
