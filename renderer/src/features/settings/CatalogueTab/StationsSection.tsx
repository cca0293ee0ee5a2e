import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Station } from '../../../../../main/intake/stationHandlers';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { ActiveBadge, CatalogueTable } from './CatalogueTable';
import { EditModal, type Editing } from './EditModal';
import { useLoaded } from './useLoaded';

type Values = { code: string; nameEn: string; nameZh: string; address: string; active: boolean };

/** A repair station (維修站點): every ticket belongs to one; an inactive one takes no new tickets. */
function StationForm({
  station,
  onSaved,
  onCancel,
}: {
  station: Station | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      code: station?.code ?? '',
      nameEn: station?.nameEn ?? '',
      nameZh: station?.nameZh ?? '',
      address: station?.address ?? '',
      active: station?.active ?? true,
    },
  });

  async function save(v: Values) {
    setBusy(true);
    try {
      if (station) {
        await invoke('stations/update', {
          id: station.id,
          version: station.version,
          nameEn: v.nameEn,
          nameZh: v.nameZh,
          address: v.address,
          active: v.active,
        });
      } else {
        await invoke('stations/create', {
          code: v.code,
          nameEn: v.nameEn,
          nameZh: v.nameZh,
          address: v.address,
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
    <form onSubmit={form.onSubmit((v) => void save(v))} data-testid="station-form">
      <Stack gap="xs">
        <SimpleGrid cols={2} spacing="xs">
          <TextInput
            label={t('settings.catalogue.fields.code')}
            disabled={station !== null}
            withAsterisk
            {...form.getInputProps('code')}
            data-testid="station-code"
          />
          <TextInput
            label={t('settings.catalogue.fields.nameEn')}
            withAsterisk
            {...form.getInputProps('nameEn')}
            data-testid="station-name-en"
          />
          <TextInput
            label={t('settings.catalogue.fields.nameZh')}
            withAsterisk
            {...form.getInputProps('nameZh')}
            data-testid="station-name-zh"
          />
          <TextInput
            label={t('settings.catalogue.stations.address')}
            {...form.getInputProps('address')}
            data-testid="station-address"
          />
        </SimpleGrid>
        {station && (
          <Checkbox
            label={t('settings.catalogue.fields.active')}
            {...form.getInputProps('active', { type: 'checkbox' })}
            data-testid="station-active"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('settings.catalogue.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="station-save">
            {t('settings.catalogue.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function StationsSection({
  canEdit,
  editing,
  setEditing,
}: {
  canEdit: boolean;
  editing: Editing<Station>;
  setEditing: (e: Editing<Station>) => void;
}) {
  const { t } = useTranslation();
  const { rows, reload } = useLoaded(() => invoke('stations/list', { includeInactive: true }));
  return (
    <>
      <CatalogueTable
        testId="catalogue-stations"
        rows={rows}
        onEdit={canEdit ? (row) => setEditing({ row }) : undefined}
        columns={[
          { label: t('settings.catalogue.fields.code'), cell: (r) => r.code },
          { label: t('settings.catalogue.fields.nameEn'), cell: (r) => r.nameEn },
          { label: t('settings.catalogue.fields.nameZh'), cell: (r) => r.nameZh },
          { label: t('settings.catalogue.stations.address'), cell: (r) => r.address ?? '' },
          {
            label: t('settings.catalogue.fields.active'),
            cell: (r) => <ActiveBadge active={r.active} />,
          },
        ]}
      />
      <EditModal
        editing={editing}
        title={t('settings.catalogue.sections.stations')}
        onClose={() => setEditing(null)}
      >
        {(row) => (
          <StationForm
            station={row}
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
