import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowMerge, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerHistory } from '../../../../../main/customers/customerHistory';
import type { CustomerRecord } from '../../../../../main/customers/customerRecord';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { localDay } from '../../../format/dateTime';
import { useCan } from '../../../stores/session';
import { CustomerEditForm } from './CustomerEditForm';
import { CustomerHistoryTables } from './CustomerHistoryTables';
import { MergeDialog } from './MergeDialog';

type Loaded = { customer: CustomerRecord; history: CustomerHistory };

/** One customer: contact data (editable), a merged one's pointer, the history, the merge. */
export function CustomerDetailPane({
  id,
  onOpen,
  onChanged,
}: {
  id: number;
  onOpen: (id: number) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const mayMerge = useCan('customers/merge');
  const [data, setData] = useState<Loaded | null>(null);
  const [reload, setReload] = useState(0);
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  useEffect(() => {
    let current = true;
    invoke('customers/history', { id })
      .then((loaded) => {
        if (current) setData(loaded);
      })
      .catch(notifyError);
    return () => {
      current = false;
    };
  }, [id, reload]);

  if (!data) return <Loader size="sm" data-testid="customer-loading" />;
  const { customer, history } = data;
  const none = t('manage.customers.none');
  const changed = () => {
    setReload((r) => r + 1);
    onChanged();
  };

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
            onSaved={() => {
              setEditing(false);
              changed();
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
            changed();
          }}
        />
      )}
    </Paper>
  );
}
