import {
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showErrorOnForm } from '../../../errors/formErrors';
import { minorDigits } from '../../../format/money';
import { useCurrency } from '../partsFormat';
import { SupplierFields } from './SupplierFields';
import { checkPartFields, partRules, type PartFormValues } from './partFormModel';

/**
 * A part's catalogue fields, for a new part or an edit. The rules across fields (maximum no
 * lower than the safety stock, quotas on a critical part) show beside their fields as soon as
 * they are broken; what the core still refuses lands on the field it names.
 */
export function PartForm({
  mode,
  initial,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit';
  initial: PartFormValues;
  /** Sends the values; a thrown core error is shown on the form. */
  onSubmit: (values: PartFormValues) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const currency = useCurrency();
  const digits = minorDigits(currency);
  const form = useForm<PartFormValues>({ initialValues: initial });
  const [busy, setBusy] = useState(false);
  const rules = partRules(form.values, t);
  const errorOf = (path: keyof PartFormValues) => form.errors[path] ?? rules[path];

  async function submit() {
    const values = form.getValues();
    const errors = checkPartFields(values, mode, t);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0 || Object.keys(partRules(values, t)).length > 0) return;
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (error) {
      showErrorOnForm(form, error);
    } finally {
      setBusy(false);
    }
  }

  const count = (path: 'safetyStock' | 'maxStock' | 'quotaPerLine' | 'quotaPerTicket') => ({
    ...form.getInputProps(path),
    error: errorOf(path),
    min: 0,
    allowDecimal: false,
    allowNegative: false,
    thousandSeparator: ',',
    'data-testid': `part-${path}`,
  });

  return (
    <Stack
      gap="sm"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="part-form"
    >
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        {mode === 'create' ? (
          <TextInput
            label={t('stockroom.parts.fields.partNo')}
            description={t('stockroom.parts.form.partNoHint')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('partNo')}
            onChange={(e) => form.setFieldValue('partNo', e.currentTarget.value.toUpperCase())}
            data-testid="part-partNo"
          />
        ) : (
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('stockroom.parts.fields.partNo')}
            </Text>
            <Text ff="monospace" size="sm">
              {initial.partNo}
            </Text>
          </Stack>
        )}
        <TextInput
          label={t('stockroom.parts.fields.category')}
          withAsterisk
          {...form.getInputProps('category')}
          data-testid="part-category"
        />
        <TextInput
          label={t('stockroom.parts.fields.nameEn')}
          withAsterisk
          {...form.getInputProps('nameEn')}
          data-testid="part-nameEn"
        />
        <TextInput
          label={t('stockroom.parts.fields.nameZh')}
          withAsterisk
          {...form.getInputProps('nameZh')}
          data-testid="part-nameZh"
        />
        <TextInput
          label={t('stockroom.parts.fields.unit')}
          withAsterisk
          {...form.getInputProps('unit')}
          data-testid="part-unit"
        />
        <TextInput
          label={t('stockroom.parts.fields.bin')}
          {...form.getInputProps('bin')}
          data-testid="part-bin"
        />
        <NumberInput
          label={t('stockroom.parts.fields.unitCost')}
          description={t('stockroom.parts.form.unitCostHint')}
          withAsterisk
          min={0}
          allowNegative={false}
          decimalScale={digits}
          thousandSeparator=","
          rightSection={
            <Text size="xs" c="dimmed">
              {currency}
            </Text>
          }
          rightSectionWidth={48}
          {...form.getInputProps('unitCost')}
          data-testid="part-unitCost"
        />
        <div />
        <NumberInput
          label={t('stockroom.parts.fields.safetyStock')}
          description={t('stockroom.parts.form.safetyHint')}
          withAsterisk
          {...count('safetyStock')}
        />
        <NumberInput
          label={t('stockroom.parts.fields.maxStock')}
          description={t('stockroom.parts.form.maxHint')}
          withAsterisk
          {...count('maxStock')}
        />
      </SimpleGrid>
      <Switch
        label={t('stockroom.parts.fields.critical')}
        description={t('stockroom.parts.form.criticalHint')}
        {...form.getInputProps('critical', { type: 'checkbox' })}
        data-testid="part-critical"
      />
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        <NumberInput
          label={t('stockroom.parts.fields.quotaPerLine')}
          description={t('stockroom.parts.form.quotaPerLineHint')}
          withAsterisk={form.values.critical}
          {...count('quotaPerLine')}
          min={1}
        />
        <NumberInput
          label={t('stockroom.parts.fields.quotaPerTicket')}
          description={t('stockroom.parts.form.quotaPerTicketHint')}
          withAsterisk={form.values.critical}
          {...count('quotaPerTicket')}
          min={1}
        />
      </SimpleGrid>
      <SupplierFields form={form} />
      {mode === 'edit' && (
        <Switch
          label={t('stockroom.parts.fields.active')}
          description={t('stockroom.parts.form.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
          data-testid="part-active"
        />
      )}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onCancel} data-testid="part-cancel">
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={busy} data-testid="part-save">
          {mode === 'create' ? t('stockroom.parts.form.create') : t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
