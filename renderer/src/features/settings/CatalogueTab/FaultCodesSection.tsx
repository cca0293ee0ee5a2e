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
import type { FaultCode, FaultKind } from '../../../../../main/bench/faultCodes';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { ActiveBadge, CatalogueTable } from './CatalogueTable';
import { EditModal, type Editing } from './EditModal';
import { useLoaded } from './useLoaded';

const KINDS: FaultKind[] = ['symptom', 'cause', 'measure'];

type Values = {
  kind: FaultKind;
  code: string;
  nameEn: string;
  nameZh: string;
  sort: number | string;
  active: boolean;
};

/** A fault code (policy 6: faults counted by code). Codes are retired, never renamed. */
function FaultCodeForm({
  code,
  onSaved,
  onCancel,
}: {
  code: FaultCode | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      kind: code?.kind ?? 'symptom',
      code: code?.code ?? '',
      nameEn: code?.nameEn ?? '',
      nameZh: code?.nameZh ?? '',
      sort: code?.sort ?? '',
      active: code?.active ?? true,
    },
  });

  async function save(v: Values) {
    setBusy(true);
    try {
      await invoke('faultCodes/save', {
        kind: v.kind,
        code: v.code,
        nameEn: v.nameEn,
        nameZh: v.nameZh,
        ...(typeof v.sort === 'number' && { sort: v.sort }),
        ...(code && { active: v.active, version: code.version }),
      });
      onSaved();
    } catch (error) {
      showErrorOnForm(form, error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit((v) => void save(v))} data-testid="fault-code-form">
      <Stack gap="xs">
        <SimpleGrid cols={2} spacing="xs">
          <Select
            label={t('settings.catalogue.faultCodes.kind')}
            disabled={code !== null}
            allowDeselect={false}
            data={KINDS.map((k) => ({
              value: k,
              label: t(`settings.catalogue.faultCodes.kinds.${k}`),
            }))}
            {...form.getInputProps('kind')}
            data-testid="fault-code-kind"
          />
          <TextInput
            label={t('settings.catalogue.fields.code')}
            disabled={code !== null}
            withAsterisk
            {...form.getInputProps('code')}
            data-testid="fault-code-code"
          />
          <TextInput
            label={t('settings.catalogue.fields.nameEn')}
            withAsterisk
            {...form.getInputProps('nameEn')}
            data-testid="fault-code-name-en"
          />
          <TextInput
            label={t('settings.catalogue.fields.nameZh')}
            withAsterisk
            {...form.getInputProps('nameZh')}
            data-testid="fault-code-name-zh"
          />
          <NumberInput
            label={t('settings.catalogue.faultCodes.sort')}
            min={0}
            allowDecimal={false}
            {...form.getInputProps('sort')}
            data-testid="fault-code-sort"
          />
        </SimpleGrid>
        {code && (
          <Checkbox
            label={t('settings.catalogue.fields.active')}
            {...form.getInputProps('active', { type: 'checkbox' })}
            data-testid="fault-code-active"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('settings.catalogue.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="fault-code-save">
            {t('settings.catalogue.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function FaultCodesSection({
  canEdit,
  editing,
  setEditing,
}: {
  canEdit: boolean;
  editing: Editing<FaultCode>;
  setEditing: (e: Editing<FaultCode>) => void;
}) {
  const { t } = useTranslation();
  const { rows, reload } = useLoaded(() => invoke('faultCodes/list', { includeInactive: true }));
  return (
    <>
      <CatalogueTable
        testId="catalogue-fault-codes"
        rows={rows}
        onEdit={canEdit ? (row) => setEditing({ row }) : undefined}
        columns={[
          {
            label: t('settings.catalogue.faultCodes.kind'),
            cell: (r) => t(`settings.catalogue.faultCodes.kinds.${r.kind}`),
          },
          { label: t('settings.catalogue.fields.code'), cell: (r) => r.code },
          { label: t('settings.catalogue.fields.nameEn'), cell: (r) => r.nameEn },
          { label: t('settings.catalogue.fields.nameZh'), cell: (r) => r.nameZh },
          { label: t('settings.catalogue.faultCodes.sort'), cell: (r) => r.sort },
          {
            label: t('settings.catalogue.fields.active'),
            cell: (r) => <ActiveBadge active={r.active} />,
          },
        ]}
      />
      <EditModal
        editing={editing}
        title={t('settings.catalogue.sections.faultCodes')}
        onClose={() => setEditing(null)}
      >
        {(row) => (
          <FaultCodeForm
            code={row}
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
