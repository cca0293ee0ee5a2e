import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRecord } from '../../../../../main/customers/customerRecord';
import { invoke } from '../../../bridge';
import { notifyError, notifySuccess } from '../../../errors/notifyError';

/** Edits name, phones, e-mail and address; the core checks the version and audits the change. */
export function CustomerEditForm({
  customer,
  onSaved,
  onCancel,
}: {
  customer: CustomerRecord;
  onSaved: (saved: CustomerRecord) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    name: customer.name,
    phones: customer.phones.map((p) => p.phone).join(', '),
    email: customer.email ?? '',
    address: customer.address ?? '',
  });
  const [saving, setSaving] = useState(false);
  const field = (k: keyof typeof values) => ({
    value: values[k],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [k]: value }));
    },
  });
  const save = () => {
    setSaving(true);
    invoke('customers/update', {
      id: customer.id,
      version: customer.version,
      name: values.name,
      phones: values.phones
        .split(/[,，;]/)
        .map((p) => p.trim())
        .filter(Boolean),
      email: values.email,
      address: values.address,
    })
      .then((saved) => {
        notifySuccess(t('manage.customers.saved'));
        onSaved(saved);
      })
      .catch(notifyError)
      .finally(() => setSaving(false));
  };
  return (
    <Stack gap="xs" data-testid="customer-edit-form">
      <TextInput
        label={t('manage.customers.fields.name')}
        {...field('name')}
        data-testid="customer-edit-name"
      />
      <TextInput
        label={t('manage.customers.fields.phones')}
        description={t('manage.customers.fields.phonesHint')}
        {...field('phones')}
        data-testid="customer-edit-phones"
      />
      <TextInput
        label={t('manage.customers.fields.email')}
        {...field('email')}
        data-testid="customer-edit-email"
      />
      <TextInput
        label={t('manage.customers.fields.address')}
        {...field('address')}
        data-testid="customer-edit-address"
      />
      <Group gap="xs" justify="flex-end">
        <Button variant="default" size="xs" onClick={onCancel}>
          {t('manage.customers.cancel')}
        </Button>
        <Button size="xs" loading={saving} onClick={save} data-testid="customer-save">
          {t('manage.customers.save')}
        </Button>
      </Group>
    </Stack>
  );
}
