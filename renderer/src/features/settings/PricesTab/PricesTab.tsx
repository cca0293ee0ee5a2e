import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceRules } from '../../../../../main/pricing/rules';
import { invoke } from '../../../bridge';
import { notifyError, notifySuccess } from '../../../errors/notifyError';
import { fromMinorUnits, minorDigits, toMinorUnits } from '../../../format/money';
import { useCurrency } from '../../stockroom/partsFormat';

type Named = { id: number; code: string; nameEn: string; nameZh: string };
type MarkupRow = { category: string; percent: number | string };
type RateRow = { productTypeId: string | null; stationId: string | null; rate: number | string };

/**
 * The price rules (issue 10, item 1; policy 3.5): the tax rate, the inspection fee of a declined
 * quote, the markup per part category (parts without a selling price) and the labour rates per
 * product type and/or repair station. Supervisors and admins change them; the core checks the
 * values and refuses what it cannot take, naming the field.
 */
export function PricesTab({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const digits = minorDigits(currency);
  const [rules, setRules] = useState<PriceRules | null>(null);
  const [types, setTypes] = useState<Named[]>([]);
  const [stations, setStations] = useState<Named[]>([]);
  const [tax, setTax] = useState<number | string>('');
  const [fee, setFee] = useState<number | string>('');
  const [markups, setMarkups] = useState<MarkupRow[]>([]);
  const [rates, setRates] = useState<RateRow[]>([]);
  const [busy, setBusy] = useState(false);

  const show = (r: PriceRules) => {
    setRules(r);
    setTax(r.taxRatePercent);
    setFee(fromMinorUnits(r.inspectionFee, currency));
    setMarkups(r.markups.map((m) => ({ ...m })));
    setRates(
      r.labourRates.map((l) => ({
        productTypeId: l.productTypeId === null ? null : String(l.productTypeId),
        stationId: l.stationId === null ? null : String(l.stationId),
        rate: fromMinorUnits(l.ratePerHour, currency),
      })),
    );
  };
  useEffect(() => {
    invoke('prices/rules', {}).then(show).catch(notifyError);
    invoke('catalogue/listTypes', { includeInactive: false }).then(setTypes).catch(notifyError);
    invoke('stations/list', { includeInactive: false }).then(setStations).catch(notifyError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!rules) return null;
  const zh = i18n.language === 'zh-TW';
  const options = (list: Named[]) =>
    list.map((n) => ({ value: String(n.id), label: `${n.code} · ${zh ? n.nameZh : n.nameEn}` }));

  const save = () => {
    setBusy(true);
    invoke('prices/update', {
      taxRatePercent: Number(tax),
      inspectionFee: toMinorUnits(Number(fee), currency),
      markups: markups.map((m) => ({ category: m.category.trim(), percent: Number(m.percent) })),
      labourRates: rates.map((r) => ({
        productTypeId: r.productTypeId === null ? null : Number(r.productTypeId),
        stationId: r.stationId === null ? null : Number(r.stationId),
        ratePerHour: toMinorUnits(Number(r.rate), currency),
      })),
    })
      .then((next) => {
        show(next);
        notifySuccess(t('settings.prices.saved'));
      })
      .catch(notifyError)
      .finally(() => setBusy(false));
  };

  return (
    <Stack gap="md" maw={760} data-testid="settings-prices">
      <Text size="sm" c="dimmed">
        {t('settings.prices.intro', {
          rate: fromMinorUnits(rules.defaultLabourRate, currency).toFixed(digits),
          currency,
        })}
      </Text>
      <Group gap="md" align="flex-end">
        <NumberInput
          label={t('settings.prices.tax')}
          value={tax}
          onChange={setTax}
          min={0}
          max={100}
          decimalScale={2}
          disabled={!canEdit}
          data-testid="prices-tax"
        />
        <NumberInput
          label={t('settings.prices.inspectionFee', { currency })}
          value={fee}
          onChange={setFee}
          min={0}
          decimalScale={digits}
          disabled={!canEdit}
          data-testid="prices-fee"
        />
      </Group>

      <Title order={5}>{t('settings.prices.markups')}</Title>
      {markups.map((m, i) => (
        <Group key={i} gap="xs" align="flex-end" data-testid={`prices-markup-${i}`}>
          <TextInput
            label={t('settings.prices.category')}
            value={m.category}
            onChange={(e) => {
              const category = e.currentTarget.value;
              setMarkups((l) => l.map((x, j) => (j === i ? { ...x, category } : x)));
            }}
            disabled={!canEdit}
          />
          <NumberInput
            label={t('settings.prices.percent')}
            value={m.percent}
            onChange={(percent) =>
              setMarkups((l) => l.map((x, j) => (j === i ? { ...x, percent } : x)))
            }
            min={0}
            max={1000}
            allowDecimal={false}
            disabled={!canEdit}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('settings.prices.remove')}
            onClick={() => setMarkups((l) => l.filter((_, j) => j !== i))}
            disabled={!canEdit}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {canEdit && (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => setMarkups((l) => [...l, { category: '', percent: 0 }])}
          data-testid="prices-add-markup"
        >
          {t('settings.prices.addMarkup')}
        </Button>
      )}

      <Title order={5}>{t('settings.prices.labourRates')}</Title>
      <Text size="xs" c="dimmed">
        {t('settings.prices.labourRule')}
      </Text>
      {rates.map((r, i) => (
        <Group key={i} gap="xs" align="flex-end" data-testid={`prices-rate-${i}`}>
          <Select
            label={t('settings.prices.productType')}
            data={options(types)}
            value={r.productTypeId}
            onChange={(productTypeId) =>
              setRates((l) => l.map((x, j) => (j === i ? { ...x, productTypeId } : x)))
            }
            placeholder={t('settings.prices.any')}
            clearable
            disabled={!canEdit}
          />
          <Select
            label={t('settings.prices.station')}
            data={options(stations)}
            value={r.stationId}
            onChange={(stationId) =>
              setRates((l) => l.map((x, j) => (j === i ? { ...x, stationId } : x)))
            }
            placeholder={t('settings.prices.any')}
            clearable
            disabled={!canEdit}
          />
          <NumberInput
            label={t('settings.prices.rate', { currency })}
            value={r.rate}
            onChange={(rate) => setRates((l) => l.map((x, j) => (j === i ? { ...x, rate } : x)))}
            min={0}
            decimalScale={digits}
            disabled={!canEdit}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('settings.prices.remove')}
            onClick={() => setRates((l) => l.filter((_, j) => j !== i))}
            disabled={!canEdit}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {canEdit && (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              setRates((l) => [...l, { productTypeId: null, stationId: null, rate: 0 }])
            }
            data-testid="prices-add-rate"
          >
            {t('settings.prices.addRate')}
          </Button>
          <Button ml="auto" onClick={save} loading={busy} data-testid="prices-save">
            {t('settings.prices.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
