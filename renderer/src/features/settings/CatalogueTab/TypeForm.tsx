import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductType } from '../../../../../main/intake/catalogueRepo';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { checklistFromText, checklistToText } from './checklistText';

type Values = {
  code: string;
  nameEn: string;
  nameZh: string;
  warrantyMonths: number | string;
  emergency: boolean;
  active: boolean;
  turnaround: number | string;
  checklist: string;
};

const num = (v: number | string) => (typeof v === 'number' ? v : Number.NaN);

/**
 * A product type (policy 2: the warranty period is set per product type) with its turnaround
 * target (policy 4, `appraisal/setTurnaround`) and its test checklist (policy 3.3).
 */
export function TypeForm({
  type,
  onSaved,
  onCancel,
}: {
  type: ProductType | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [checklistBefore, setChecklistBefore] = useState('');
  const form = useForm<Values>({
    initialValues: {
      code: type?.code ?? '',
      nameEn: type?.nameEn ?? '',
      nameZh: type?.nameZh ?? '',
      warrantyMonths: type?.warrantyMonths ?? 12,
      emergency: type?.emergency ?? false,
      active: type?.active ?? true,
      turnaround: type?.turnaroundWorkingDays ?? '',
      checklist: '',
    },
  });

  useEffect(() => {
    if (!type) return;
    let current = true;
    invoke('checklist/items', { productTypeId: type.id }).then(
      (list) => {
        if (!current || list.source !== 'type') return;
        const text = checklistToText(list.items);
        setChecklistBefore(text);
        form.setFieldValue('checklist', text);
      },
      () => undefined, // without the list the field stays empty; saving it then is a choice
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [type?.id]);

  async function save(v: Values) {
    const items = checklistFromText(v.checklist);
    if ('badLine' in items) {
      form.setFieldError(
        'checklist',
        `${t('settings.catalogue.types.checklistHint')} (${items.badLine})`,
      );
      return;
    }
    setBusy(true);
    try {
      const fields = {
        nameEn: v.nameEn,
        nameZh: v.nameZh,
        warrantyMonths: num(v.warrantyMonths),
        emergency: v.emergency,
      };
      const saved = type
        ? await invoke('catalogue/updateType', {
            id: type.id,
            version: type.version,
            ...fields,
            active: v.active,
          })
        : await invoke('catalogue/createType', { code: v.code, ...fields });
      const turnaround = v.turnaround === '' ? null : num(v.turnaround);
      if (turnaround !== (type?.turnaroundWorkingDays ?? null)) {
        await invoke('appraisal/setTurnaround', { typeId: saved.id, workingDays: turnaround });
      }
      if (v.checklist.trim() !== checklistBefore.trim()) {
        await invoke('checklist/saveItems', { productTypeId: saved.id, items });
      }
      onSaved();
    } catch (error) {
      showErrorOnForm(form, error, {
        mapField: (f) =>
          f === 'workingDays'
            ? 'turnaround'
            : f.startsWith('items')
              ? 'checklist'
              : f in form.getValues()
                ? f
                : null,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit((v) => void save(v))} data-testid="type-form">
      <Stack gap="xs">
        <SimpleGrid cols={2} spacing="xs">
          <TextInput
            label={t('settings.catalogue.fields.code')}
            disabled={type !== null}
            withAsterisk
            {...form.getInputProps('code')}
            data-testid="type-code"
          />
          <NumberInput
            label={t('settings.catalogue.types.warrantyMonths')}
            min={0}
            max={600}
            allowDecimal={false}
            withAsterisk
            {...form.getInputProps('warrantyMonths')}
            data-testid="type-months"
          />
          <TextInput
            label={t('settings.catalogue.fields.nameEn')}
            withAsterisk
            {...form.getInputProps('nameEn')}
            data-testid="type-name-en"
          />
          <TextInput
            label={t('settings.catalogue.fields.nameZh')}
            withAsterisk
            {...form.getInputProps('nameZh')}
            data-testid="type-name-zh"
          />
          <NumberInput
            label={t('settings.catalogue.types.turnaround')}
            description={t('settings.catalogue.types.turnaroundHint')}
            min={1}
            max={60}
            allowDecimal={false}
            {...form.getInputProps('turnaround')}
            data-testid="type-turnaround"
          />
          <Stack gap={6} justify="flex-end">
            <Checkbox
              label={t('settings.catalogue.types.emergency')}
              {...form.getInputProps('emergency', { type: 'checkbox' })}
              data-testid="type-emergency"
            />
            {type && (
              <Checkbox
                label={t('settings.catalogue.fields.active')}
                {...form.getInputProps('active', { type: 'checkbox' })}
                data-testid="type-active"
              />
            )}
          </Stack>
        </SimpleGrid>
        <Textarea
          label={t('settings.catalogue.types.checklist')}
          description={t('settings.catalogue.types.checklistHint')}
          autosize
          minRows={3}
          {...form.getInputProps('checklist')}
          data-testid="type-checklist"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('settings.catalogue.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="type-save">
            {t('settings.catalogue.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
