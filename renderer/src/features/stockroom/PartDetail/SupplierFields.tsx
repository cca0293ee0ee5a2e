import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NEW_SUPPLIER, type PartFormValues } from './partFormModel';

/**
 * The part's suppliers (policy 5.1: choose suppliers): name, their part number, lead time,
 * and at most one preferred, whose lead time drives reordering. Ticking one unticks the rest.
 */
export function SupplierFields({ form }: { form: UseFormReturnType<PartFormValues> }) {
  const { t } = useTranslation();
  const suppliers = form.values.suppliers;

  function prefer(index: number, checked: boolean) {
    form.setFieldValue(
      'suppliers',
      form.getValues().suppliers.map((s, i) => ({ ...s, preferred: checked && i === index })),
    );
  }

  return (
    <Stack gap={6} data-testid="part-suppliers">
      <Text size="sm" fw={500}>
        {t('stockroom.parts.detail.suppliers')}
      </Text>
      {suppliers.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('stockroom.parts.detail.noSuppliers')}
        </Text>
      )}
      {suppliers.map((_, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap" data-testid={`supplier-${i}`}>
          <TextInput
            size="xs"
            style={{ flex: 2 }}
            aria-label={t('stockroom.parts.suppliers.name')}
            placeholder={t('stockroom.parts.suppliers.name')}
            {...form.getInputProps(`suppliers.${i}.supplier`)}
            data-testid={`supplier-${i}-name`}
          />
          <TextInput
            size="xs"
            style={{ flex: 1.4 }}
            aria-label={t('stockroom.parts.suppliers.partNo')}
            placeholder={t('stockroom.parts.suppliers.partNo')}
            {...form.getInputProps(`suppliers.${i}.supplierPartNo`)}
          />
          <NumberInput
            size="xs"
            w={110}
            aria-label={t('stockroom.parts.suppliers.leadTime')}
            placeholder={t('stockroom.parts.suppliers.leadTime')}
            min={0}
            max={365}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps(`suppliers.${i}.leadTimeDays`)}
            data-testid={`supplier-${i}-lead`}
          />
          <Checkbox
            size="xs"
            mt={6}
            label={t('stockroom.parts.suppliers.preferred')}
            checked={suppliers[i].preferred}
            onChange={(e) => prefer(i, e.currentTarget.checked)}
            data-testid={`supplier-${i}-preferred`}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={2}
            aria-label={t('common.remove')}
            onClick={() => form.removeListItem('suppliers', i)}
          >
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={12} />}
          onClick={() =>
            form.insertListItem('suppliers', {
              ...NEW_SUPPLIER,
              preferred: form.getValues().suppliers.length === 0,
            })
          }
          data-testid="supplier-add"
        >
          {t('stockroom.parts.suppliers.add')}
        </Button>
      </Group>
    </Stack>
  );
}
