import { Button, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifySuccess } from '../../../errors/notifyError';
import { fromMinorUnits, minorDigits, toMinorUnits } from '../../../format/money';
import { useCan } from '../../../stores/session';
import { formatCost, useCurrency } from '../partsFormat';

type Values = { sellPrice: number | string };

/**
 * A part's selling price per unit (policy 3.5, main/pricing/): its own price, or none, and then
 * it sells at its average cost plus its category's markup. Supervisors and admins set or clear it.
 */
export function SellPrice({
  part,
  onSaved,
}: {
  part: { id: number; partNo: string; sellPrice: number | null };
  onSaved: (sellPrice: number | null) => void;
}) {
  const { t } = useTranslation();
  const currency = useCurrency();
  const maySetPrice = useCan('prices/setPartPrice');
  const form = useForm<Values>({
    initialValues: {
      sellPrice: part.sellPrice === null ? '' : fromMinorUnits(part.sellPrice, currency),
    },
  });
  const [busy, setBusy] = useState(false);

  async function save(sellPrice: number | null) {
    setBusy(true);
    try {
      const result = await invoke('prices/setPartPrice', { partId: part.id, sellPrice });
      if (result.sellPrice === null) form.setValues({ sellPrice: '' });
      onSaved(result.sellPrice);
      notifySuccess(t('stockroom.parts.price.saved', { partNo: part.partNo }));
    } catch (error) {
      showErrorOnForm(form, error);
    } finally {
      setBusy(false);
    }
  }

  function submit() {
    const raw = form.getValues().sellPrice;
    if (raw === '' || !Number.isFinite(Number(raw)) || Number(raw) < 0) {
      form.setErrors({ sellPrice: t('stockroom.parts.price.needed') });
      return;
    }
    void save(toMinorUnits(Number(raw), currency));
  }

  return (
    <Paper withBorder radius="md" p="sm" data-testid="part-sell-price-panel">
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Text size="xs" c="dimmed">
            {t('stockroom.parts.price.label')}
          </Text>
          <Text size="sm" fw={600} data-testid="part-sell-price">
            {part.sellPrice === null
              ? t('stockroom.parts.price.costPlusMarkup')
              : t('stockroom.parts.price.perUnit', {
                  price: formatCost(part.sellPrice, currency),
                  currency,
                })}
          </Text>
        </Group>
        {maySetPrice && (
          <Group
            gap="xs"
            align="flex-start"
            component="form"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
            data-testid="part-sell-price-form"
          >
            <NumberInput
              size="xs"
              flex={1}
              aria-label={t('stockroom.parts.price.input', { currency })}
              placeholder={t('stockroom.parts.price.input', { currency })}
              description={t('stockroom.parts.price.hint')}
              min={0}
              decimalScale={minorDigits(currency)}
              thousandSeparator=","
              {...form.getInputProps('sellPrice')}
              data-testid="part-sell-price-input"
            />
            <Button size="xs" type="submit" loading={busy} data-testid="part-sell-price-save">
              {t('stockroom.parts.price.save')}
            </Button>
            {part.sellPrice !== null && (
              <Button
                size="xs"
                variant="default"
                disabled={busy}
                onClick={() => void save(null)}
                data-testid="part-sell-price-clear"
              >
                {t('stockroom.parts.price.clear')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
