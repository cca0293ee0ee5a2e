import { Alert, Button, Group, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRecord } from '../../../../../main/customers/customerRecord';
import type { Customer } from '../../../../../main/intake/customerRepo';
import { invoke } from '../../../bridge';
import { notifyError, notifySuccess } from '../../../errors/notifyError';
import { useCustomerSearch } from './useCustomerSearch';

/**
 * A supervisor merges a duplicate into the customer on screen: find the duplicate, read what
 * will happen, confirm. The core moves the records and keeps the duplicate, marked merged.
 */
export function MergeDialog({
  keep,
  opened,
  onClose,
  onMerged,
}: {
  keep: CustomerRecord;
  opened: boolean;
  onClose: () => void;
  onMerged: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Customer | null>(null);
  const [busy, setBusy] = useState(false);
  const { rows } = useCustomerSearch(text, opened && !chosen);
  const candidates = rows.filter((c) => c.id !== keep.id);

  const merge = (duplicate: Customer) => {
    setBusy(true);
    invoke('customers/merge', {
      keepId: keep.id,
      keepVersion: keep.version,
      mergeId: duplicate.id,
      mergeVersion: duplicate.version,
    })
      .then((result) => {
        notifySuccess(
          t('manage.customers.merge.done', {
            merge: duplicate.name,
            keep: keep.name,
            tickets: result.moved.ticketIds.length,
            units: result.moved.unitIds.length,
          }),
        );
        setChosen(null);
        setText('');
        onMerged();
      })
      .catch(notifyError)
      .finally(() => setBusy(false));
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('manage.customers.merge.title', { name: keep.name })}
      size="lg"
    >
      <Stack gap="sm" data-testid="customer-merge-dialog">
        <Text size="sm">{t('manage.customers.merge.explain', { name: keep.name })}</Text>
        {chosen ? (
          <>
            <Alert color="orange" data-testid="customer-merge-summary">
              {chosen.name} · {chosen.phones.map((p) => p.phone).join(' · ')}
            </Alert>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={() => setChosen(null)}>
                {t('manage.customers.merge.back')}
              </Button>
              <Button
                color="orange"
                size="xs"
                loading={busy}
                onClick={() => merge(chosen)}
                data-testid="customer-merge-confirm"
              >
                {t('manage.customers.merge.confirm', {
                  mergeId: chosen.id,
                  merge: chosen.name,
                  keepId: keep.id,
                  keep: keep.name,
                })}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <TextInput
              label={t('manage.customers.merge.search')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autoComplete="off"
              data-testid="customer-merge-search"
            />
            {candidates.map((c) => (
              <UnstyledButton
                key={c.id}
                onClick={() => setChosen(c)}
                data-testid={`customer-merge-candidate-${c.id}`}
              >
                <Text size="sm">
                  #{c.id} {c.name} · {c.phones.map((p) => p.phone).join(' · ')}
                </Text>
              </UnstyledButton>
            ))}
          </>
        )}
      </Stack>
    </Modal>
  );
}
