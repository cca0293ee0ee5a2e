import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
  UnstyledButton,
  type ComboboxItem,
  type OptionsFilter,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertTriangle, IconBarcode, IconExternalLink, IconSearch } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductModel } from '../../../../../main/intake/catalogueRepo';
import type { UnitRecord } from '../../../../../main/intake/unitRepo';
import { todayIso } from '../../../format/dateTime';
import { refusalText } from '../../../i18n/reasons';
import { useOpenTicket } from '../../shell/QuickSearch/ticketDestination';
import type { IntakeValues, UnitState } from '../IntakeForm/intakeModel';
import { FormSection } from '../FormSection/FormSection';
import { useScannerInput, type ScanEnter } from '../useScannerInput';
import { UnitHistory } from './UnitHistory';

export function modelLabel(m: { code: string; nameEn: string; nameZh: string }, lang: string) {
  return `${m.code} · ${lang === 'zh-TW' ? m.nameZh : m.nameEn}`;
}

/** Code, English and Chinese names all find a model: "wm-80", "front loader", "洗衣機". */
function modelFilter(models: ProductModel[]): OptionsFilter {
  const words = new Map(
    models.map((m) => [String(m.id), `${m.code} ${m.nameEn} ${m.nameZh}`.toLowerCase()]),
  );
  return ({ options, search }) => {
    const q = search.trim().toLowerCase();
    if (!q) return options;
    return options.filter((o) => words.get((o as ComboboxItem).value)?.includes(q));
  };
}

/** A serial on several models: the clerk says which unit is on the counter. */
function ChooseUnit({
  matches,
  onChoose,
  onRegisterNew,
}: {
  matches: UnitRecord[];
  onChoose: (r: UnitRecord) => void;
  onRegisterNew: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Alert variant="light" color="blue" p="sm" title={t('intake.unit.several')}>
      <Stack gap={4}>
        {matches.map((m) => (
          <UnstyledButton
            key={m.unit.id}
            onClick={() => onChoose(m)}
            data-testid={`unit-choice-${m.unit.id}`}
          >
            <Text size="sm" fw={500} td="underline">
              {modelLabel(m.model, i18n.language)}
              {m.customer ? ` — ${m.customer.name}` : ''}
            </Text>
          </UnstyledButton>
        ))}
        <Button variant="subtle" size="compact-sm" onClick={onRegisterNew} w="fit-content">
          {t('intake.unit.registerNew')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * The unit on the counter, serial first: a scan (or typing and Enter) looks it up; a
 * registered serial brings its model, owner and repair history, a new one asks for the model
 * and the purchase invoice that starts the warranty (policy 2).
 */
export function UnitSection({
  form,
  unit,
  models,
  onLookup,
  onChooseUnit,
  onRegisterNew,
  serialRef,
  modelRef,
  reRepairWindowDays,
}: {
  form: UseFormReturnType<IntakeValues>;
  unit: UnitState;
  models: ProductModel[];
  onLookup: (scan: ScanEnter) => void;
  onChooseUnit: (record: UnitRecord) => void;
  onRegisterNew: () => void;
  serialRef: Ref<HTMLInputElement>;
  modelRef: Ref<HTMLInputElement>;
  reRepairWindowDays: number | null;
}) {
  const { t, i18n } = useTranslation();
  const { onKeyDown } = useScannerInput({ onEnter: onLookup });
  const serialProps = form.getInputProps('serial');
  const known = unit.kind === 'known' ? unit.record : null;
  const invoiceLocked = known !== null && known.unit.invoiceDate !== null;
  const scanned = (unit.kind === 'known' || unit.kind === 'new') && unit.scanned;

  const modelData = models.map((m) => ({
    value: String(m.id),
    label: modelLabel(m, i18n.language),
  }));
  if (known && !models.some((m) => m.id === known.model.id)) {
    modelData.push({
      value: String(known.model.id),
      label: modelLabel(known.model, i18n.language),
    });
  }
  // The core says whether tickets/create would take this unit (one open ticket per unit).
  const refused = known?.newTicket.refusal ?? null;
  const openTicket = known?.openTicket ?? null;
  const openExisting = useOpenTicket();

  const status =
    unit.kind === 'known' ? (
      <Badge variant="light" color="blue">
        {t('intake.unit.known')}
      </Badge>
    ) : unit.kind === 'new' ? (
      <Badge variant="light" color="gray">
        {t('intake.unit.new')}
      </Badge>
    ) : null;

  return (
    <FormSection
      title={t('intake.unit.title')}
      right={
        <Group gap={6}>
          {scanned && (
            <Badge variant="light" color="teal" leftSection={<IconBarcode size={12} />}>
              {t('intake.unit.scanned')}
            </Badge>
          )}
          {status}
        </Group>
      }
    >
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TextInput
            ref={serialRef}
            label={t('intake.unit.serial')}
            placeholder={t('intake.unit.serialHint')}
            withAsterisk
            autoFocus
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            leftSection={<IconBarcode size={16} stroke={1.5} />}
            rightSection={
              unit.kind === 'loading' ? (
                <Loader size={14} />
              ) : (
                <Tooltip label={`${t('intake.unit.lookup')} (Enter)`} withArrow>
                  <ActionIcon
                    variant="subtle"
                    onClick={() => onLookup({ scanned: false })}
                    aria-label={t('intake.unit.lookup')}
                  >
                    <IconSearch size={16} />
                  </ActionIcon>
                </Tooltip>
              )
            }
            {...serialProps}
            onKeyDown={onKeyDown}
            // Back in the field, the next scan replaces the serial instead of joining it.
            onFocus={(e) => {
              serialProps.onFocus?.(e);
              e.currentTarget.select();
            }}
            data-testid="intake-serial"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Select
            ref={modelRef}
            label={t('intake.unit.model')}
            placeholder={t('intake.unit.modelPlaceholder')}
            withAsterisk={unit.kind !== 'known'}
            data={modelData}
            searchable
            filter={modelFilter(models)}
            nothingFoundMessage={t('intake.unit.noModel')}
            readOnly={unit.kind === 'known'}
            variant={unit.kind === 'known' ? 'filled' : 'default'}
            {...form.getInputProps('newUnit.modelId')}
            value={known ? String(known.model.id) : form.values.newUnit.modelId}
            onChange={(value) => {
              form.setFieldValue('newUnit.modelId', value);
              // Policy 2: the product type says whether its faults are emergencies.
              const model = models.find((m) => String(m.id) === value);
              if (model) form.setFieldValue('emergency', model.emergency);
            }}
            data-testid="intake-model"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateInput
            label={t('intake.unit.invoiceDate')}
            description={
              invoiceLocked
                ? t('intake.unit.invoiceDateRecorded')
                : known
                  ? t('intake.unit.invoiceDateMissing')
                  : undefined
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            maxDate={todayIso()}
            clearable={!invoiceLocked}
            // Recorded at an earlier intake: the warranty runs from it; shown, not editable.
            readOnly={invoiceLocked}
            variant={invoiceLocked ? 'filled' : 'default'}
            {...form.getInputProps('newUnit.invoiceDate')}
            data-testid="intake-invoice-date"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <TextInput
            label={t('intake.unit.invoiceNo')}
            readOnly={invoiceLocked}
            variant={invoiceLocked ? 'filled' : 'default'}
            {...form.getInputProps('newUnit.invoiceNo')}
            data-testid="intake-invoice-no"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <TextInput
            label={t('intake.unit.seller')}
            readOnly={invoiceLocked}
            variant={invoiceLocked ? 'filled' : 'default'}
            {...form.getInputProps('newUnit.seller')}
            data-testid="intake-seller"
          />
        </Grid.Col>
      </Grid>

      {unit.kind === 'choose' && (
        <ChooseUnit matches={unit.matches} onChoose={onChooseUnit} onRegisterNew={onRegisterNew} />
      )}
      {unit.kind === 'new' && unit.matches.length > 0 && (
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t('intake.unit.newBody')}
          </Text>
          <Button variant="subtle" size="compact-xs" onClick={() => onChooseUnit(unit.matches[0])}>
            {t('intake.unit.useKnown')}
          </Button>
        </Group>
      )}
      {refused && (
        <Alert
          variant="light"
          color="red"
          p="xs"
          icon={<IconAlertTriangle size={18} />}
          title={t('intake.unit.newRefused')}
          data-testid="unit-open-ticket"
          data-reason={refused.reason}
        >
          <Stack gap={6} align="flex-start">
            <Text size="sm">{refusalText(refused)}</Text>
            {openTicket && (
              <Button
                variant="light"
                color="red"
                size="compact-sm"
                leftSection={<IconExternalLink size={14} />}
                onClick={() => openExisting(openTicket.id)}
                data-testid="unit-open-existing"
              >
                {t('intake.unit.openExisting', { reportNo: openTicket.reportNo })}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {known && <UnitHistory tickets={known.tickets} reRepairWindowDays={reRepairWindowDays} />}
    </FormSection>
  );
}
