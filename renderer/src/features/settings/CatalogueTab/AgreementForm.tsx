import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementScope } from '../../../../../main/agreements/agreementRepo';
import type { ProductModel, ProductType } from '../../../../../main/intake/catalogueRepo';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifyError } from '../../../errors/notifyError';

type Values = {
  referenceNo: string;
  customerQuery: string;
  customerId: string | null;
  scope: AgreementScope['kind'];
  productTypeId: string | null;
  productModelId: string | null;
  warrantyMonths: number | string;
  validFrom: string;
  validTo: string;
  note: string;
};

const FIELD: Record<string, keyof Values> = {
  referenceNo: 'referenceNo',
  customerId: 'customerId',
  productTypeId: 'productTypeId',
  productModelId: 'productModelId',
  warrantyMonths: 'warrantyMonths',
  validFrom: 'validFrom',
  validTo: 'validTo',
  note: 'note',
};

/**
 * Records a customer's warranty agreement (policy 2: a separate agreement). The customer is found
 * by phone or name as at intake; the core refuses an agreement overlapping another of the same
 * customer and scope.
 */
export function AgreementForm({
  types,
  models,
  onSaved,
  onCancel,
}: {
  types: ProductType[];
  models: ProductModel[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [customers, setCustomers] = useState<{ value: string; label: string }[]>([]);
  const form = useForm<Values>({
    initialValues: {
      referenceNo: '',
      customerQuery: '',
      customerId: null,
      scope: 'all',
      productTypeId: null,
      productModelId: null,
      warrantyMonths: '',
      validFrom: '',
      validTo: '',
      note: '',
    },
  });
  const v = form.getValues();

  async function findCustomers() {
    const q = form.getValues().customerQuery.trim();
    if (!q) return;
    try {
      const found = await invoke(
        'customers/find',
        /^[\d\s()+-]+$/.test(q) ? { phone: q } : { name: q },
      );
      setCustomers(
        found.map((c) => ({
          value: String(c.id),
          label: `${c.name} · ${c.phones.map((p) => p.phone).join(', ')}`,
        })),
      );
      if (found.length === 1) form.setFieldValue('customerId', String(found[0].id));
    } catch (error) {
      notifyError(error);
    }
  }

  async function save(values: Values) {
    setBusy(true);
    try {
      await invoke('agreements/create', {
        referenceNo: values.referenceNo,
        customerId: Number(values.customerId ?? Number.NaN),
        productTypeId: values.scope === 'type' ? Number(values.productTypeId ?? Number.NaN) : null,
        productModelId:
          values.scope === 'model' ? Number(values.productModelId ?? Number.NaN) : null,
        warrantyMonths:
          typeof values.warrantyMonths === 'number' ? values.warrantyMonths : Number.NaN,
        validFrom: values.validFrom,
        validTo: values.validTo === '' ? null : values.validTo,
        note: values.note,
      });
      onSaved();
    } catch (error) {
      showErrorOnForm(form, error, { mapField: (f) => FIELD[f] ?? null });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} data-testid="agreement-form">
      <Stack gap="xs">
        <Group align="flex-end" gap="xs">
          <TextInput
            style={{ flex: 1 }}
            label={t('settings.catalogue.agreements.customerSearch')}
            {...form.getInputProps('customerQuery')}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void findCustomers();
              }
            }}
            data-testid="agreement-customer-query"
          />
          <Button
            variant="light"
            onClick={() => void findCustomers()}
            data-testid="agreement-customer-find"
          >
            {t('settings.catalogue.agreements.customerSearch')}
          </Button>
        </Group>
        <Select
          label={t('settings.catalogue.agreements.customerPick')}
          withAsterisk
          data={customers}
          {...form.getInputProps('customerId')}
          data-testid="agreement-customer"
        />
        <SimpleGrid cols={2} spacing="xs">
          <TextInput
            label={t('settings.catalogue.agreements.referenceNo')}
            withAsterisk
            placeholder="AG-2026-07"
            {...form.getInputProps('referenceNo')}
            data-testid="agreement-reference"
          />
          <NumberInput
            label={t('settings.catalogue.agreements.warrantyMonths')}
            withAsterisk
            min={0}
            max={600}
            allowDecimal={false}
            {...form.getInputProps('warrantyMonths')}
            data-testid="agreement-months"
          />
        </SimpleGrid>
        <SegmentedControl
          data={(['all', 'type', 'model'] as const).map((k) => ({
            value: k,
            label: t(`settings.catalogue.agreements.scopeKind.${k}`),
          }))}
          {...form.getInputProps('scope')}
          data-testid="agreement-scope"
        />
        {v.scope === 'type' && (
          <Select
            label={t('settings.catalogue.models.type')}
            withAsterisk
            data={types.map((ty) => ({
              value: String(ty.id),
              label: `${ty.code} · ${ty.nameEn} / ${ty.nameZh}`,
            }))}
            {...form.getInputProps('productTypeId')}
            data-testid="agreement-type"
          />
        )}
        {v.scope === 'model' && (
          <Select
            label={t('settings.catalogue.sections.models')}
            withAsterisk
            searchable
            data={models.map((m) => ({
              value: String(m.id),
              label: `${m.code} · ${m.nameEn} / ${m.nameZh}`,
            }))}
            {...form.getInputProps('productModelId')}
            data-testid="agreement-model"
          />
        )}
        <SimpleGrid cols={2} spacing="xs">
          <TextInput
            label={t('settings.catalogue.agreements.validFrom')}
            withAsterisk
            placeholder="YYYY-MM-DD"
            {...form.getInputProps('validFrom')}
            data-testid="agreement-from"
          />
          <TextInput
            label={t('settings.catalogue.agreements.validTo')}
            placeholder={t('settings.catalogue.agreements.openEnded')}
            {...form.getInputProps('validTo')}
            data-testid="agreement-to"
          />
        </SimpleGrid>
        <TextInput
          label={t('settings.catalogue.agreements.note')}
          {...form.getInputProps('note')}
          data-testid="agreement-note"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('settings.catalogue.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="agreement-save">
            {t('settings.catalogue.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
