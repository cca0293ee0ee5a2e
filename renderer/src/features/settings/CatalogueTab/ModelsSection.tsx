import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductModel, ProductType } from '../../../../../main/intake/catalogueRepo';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { ActiveBadge, CatalogueTable } from './CatalogueTable';
import { EditModal, type Editing } from './EditModal';
import { useLoaded } from './useLoaded';

type Values = {
  code: string;
  typeId: string | null;
  nameEn: string;
  nameZh: string;
  warrantyMonthsOverride: number | string;
  overrideNote: string;
  active: boolean;
};

/** A model, with its own warranty period when a national rule or an agreement sets one (policy 2). */
function ModelForm({
  model,
  types,
  onSaved,
  onCancel,
}: {
  model: ProductModel | null;
  types: ProductType[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      code: model?.code ?? '',
      typeId: model ? String(model.typeId) : null,
      nameEn: model?.nameEn ?? '',
      nameZh: model?.nameZh ?? '',
      warrantyMonthsOverride: model?.warrantyMonthsOverride ?? '',
      overrideNote: model?.overrideNote ?? '',
      active: model?.active ?? true,
    },
  });

  async function save(v: Values) {
    setBusy(true);
    const override = typeof v.warrantyMonthsOverride === 'number' ? v.warrantyMonthsOverride : null;
    try {
      if (model) {
        await invoke('catalogue/updateModel', {
          id: model.id,
          version: model.version,
          nameEn: v.nameEn,
          nameZh: v.nameZh,
          warrantyMonthsOverride: override,
          overrideNote: v.overrideNote,
          active: v.active,
        });
      } else {
        await invoke('catalogue/createModel', {
          code: v.code,
          typeId: Number(v.typeId ?? Number.NaN),
          nameEn: v.nameEn,
          nameZh: v.nameZh,
          warrantyMonthsOverride: override,
          overrideNote: v.overrideNote,
        });
      }
      onSaved();
    } catch (error) {
      showErrorOnForm(form, error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit((v) => void save(v))} data-testid="model-form">
      <Stack gap="xs">
        <SimpleGrid cols={2} spacing="xs">
          <TextInput
            label={t('settings.catalogue.fields.code')}
            disabled={model !== null}
            withAsterisk
            {...form.getInputProps('code')}
            data-testid="model-code"
          />
          <Select
            label={t('settings.catalogue.models.type')}
            disabled={model !== null}
            withAsterisk
            data={types.map((ty) => ({
              value: String(ty.id),
              label: `${ty.code} · ${ty.nameEn} / ${ty.nameZh}`,
            }))}
            {...form.getInputProps('typeId')}
            data-testid="model-type"
          />
          <TextInput
            label={t('settings.catalogue.fields.nameEn')}
            withAsterisk
            {...form.getInputProps('nameEn')}
            data-testid="model-name-en"
          />
          <TextInput
            label={t('settings.catalogue.fields.nameZh')}
            withAsterisk
            {...form.getInputProps('nameZh')}
            data-testid="model-name-zh"
          />
          <NumberInput
            label={t('settings.catalogue.models.override')}
            description={t('settings.catalogue.models.overrideHint')}
            min={0}
            max={600}
            allowDecimal={false}
            {...form.getInputProps('warrantyMonthsOverride')}
            data-testid="model-override"
          />
          <TextInput
            label={t('settings.catalogue.models.overrideNote')}
            {...form.getInputProps('overrideNote')}
            data-testid="model-override-note"
          />
        </SimpleGrid>
        {model && (
          <Checkbox
            label={t('settings.catalogue.fields.active')}
            {...form.getInputProps('active', { type: 'checkbox' })}
            data-testid="model-active"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('settings.catalogue.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="model-save">
            {t('settings.catalogue.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ModelsSection({
  canEdit,
  editing,
  setEditing,
}: {
  canEdit: boolean;
  editing: Editing<ProductModel>;
  setEditing: (e: Editing<ProductModel>) => void;
}) {
  const { t } = useTranslation();
  const { rows, reload } = useLoaded(() =>
    invoke('catalogue/listModels', { includeInactive: true }),
  );
  const types = useLoaded(() => invoke('catalogue/listTypes', { includeInactive: false }));
  return (
    <>
      <CatalogueTable
        testId="catalogue-models"
        rows={rows}
        onEdit={canEdit ? (row) => setEditing({ row }) : undefined}
        columns={[
          { label: t('settings.catalogue.fields.code'), cell: (r) => r.code },
          { label: t('settings.catalogue.models.type'), cell: (r) => r.typeCode },
          { label: t('settings.catalogue.fields.nameEn'), cell: (r) => r.nameEn },
          { label: t('settings.catalogue.fields.nameZh'), cell: (r) => r.nameZh },
          {
            label: t('settings.catalogue.models.period'),
            cell: (r) =>
              `${t('settings.catalogue.types.months', { count: r.warranty.warrantyMonths })} (${t(
                r.warranty.source === 'model'
                  ? 'settings.catalogue.models.fromModel'
                  : 'settings.catalogue.models.fromType',
              )})`,
          },
          { label: t('settings.catalogue.models.overrideNote'), cell: (r) => r.overrideNote ?? '' },
          {
            label: t('settings.catalogue.fields.active'),
            cell: (r) => <ActiveBadge active={r.active} />,
          },
        ]}
      />
      <EditModal
        editing={editing}
        title={t('settings.catalogue.sections.models')}
        onClose={() => setEditing(null)}
      >
        {(row) => (
          <ModelForm
            model={row}
            types={types.rows ?? []}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              reload();
            }}
          />
        )}
      </EditModal>
    </>
  );
}
