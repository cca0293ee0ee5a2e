import { Badge, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WarrantyAgreement } from '../../../../../main/agreements/agreementRepo';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { todayIso } from '../../../format/dateTime';
import { AgreementForm } from './AgreementForm';
import { CatalogueTable } from './CatalogueTable';
import { useLoaded } from './useLoaded';

/** Ends an agreement after a last day, with the reason; the core keeps it for decided tickets. */
function EndAgreementForm({
  agreement,
  onDone,
}: {
  agreement: WarrantyAgreement;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { lastDay: todayIso(), reason: '' } });
  async function save(v: { lastDay: string; reason: string }) {
    setBusy(true);
    try {
      await invoke('agreements/end', { id: agreement.id, version: agreement.version, ...v });
      onDone();
    } catch (error) {
      showErrorOnForm(form, error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={form.onSubmit((v) => void save(v))} data-testid="agreement-end-form">
      <Stack gap="xs">
        <TextInput
          label={t('settings.catalogue.agreements.lastDay')}
          description={t('settings.catalogue.agreements.lastDayHint')}
          withAsterisk
          {...form.getInputProps('lastDay')}
          data-testid="agreement-last-day"
        />
        <TextInput
          label={t('settings.catalogue.agreements.reason')}
          withAsterisk
          {...form.getInputProps('reason')}
          data-testid="agreement-end-reason"
        />
        <Group justify="flex-end">
          <Button type="submit" color="red" loading={busy} data-testid="agreement-end-save">
            {t('settings.catalogue.agreements.end')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Per-customer warranty agreements (policy 2), kept with the catalogue they override rather
 * than on the customer, so a supervisor sees every agreement in force in one list.
 */
export function AgreementsSection({
  canEdit,
  adding,
  setAdding,
}: {
  canEdit: boolean;
  adding: boolean;
  setAdding: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const [showEnded, setShowEnded] = useState(false);
  const [ending, setEnding] = useState<WarrantyAgreement | null>(null);
  const { rows, reload } = useLoaded(
    () => invoke('agreements/list', { includeEnded: showEnded }),
    showEnded,
  );
  const types = useLoaded(() => invoke('catalogue/listTypes', {}));
  const models = useLoaded(() => invoke('catalogue/listModels', {}));
  const scope = (a: WarrantyAgreement) =>
    a.scope.kind === 'all'
      ? t('settings.catalogue.agreements.scopes.all')
      : t(`settings.catalogue.agreements.scopes.${a.scope.kind}`, { code: a.scope.code });
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('settings.catalogue.agreements.intro')}
      </Text>
      <Checkbox
        label={t('settings.catalogue.agreements.showEnded')}
        checked={showEnded}
        onChange={(e) => setShowEnded(e.currentTarget.checked)}
        data-testid="agreements-show-ended"
      />
      <CatalogueTable
        testId="catalogue-agreements"
        rows={rows}
        onEdit={canEdit ? setEnding : undefined}
        canEditRow={(a) => a.active && (a.validTo === null || a.validTo >= todayIso())}
        editLabel={t('settings.catalogue.agreements.end')}
        columns={[
          { label: t('settings.catalogue.agreements.referenceNo'), cell: (a) => a.referenceNo },
          { label: t('settings.catalogue.agreements.customer'), cell: (a) => a.customerName },
          { label: t('settings.catalogue.agreements.scope'), cell: scope },
          {
            label: t('settings.catalogue.agreements.warrantyMonths'),
            cell: (a) => t('settings.catalogue.types.months', { count: a.warrantyMonths }),
          },
          { label: t('settings.catalogue.agreements.validFrom'), cell: (a) => a.validFrom },
          {
            label: t('settings.catalogue.agreements.validTo'),
            cell: (a) => a.validTo ?? t('settings.catalogue.agreements.openEnded'),
          },
          {
            label: t('settings.catalogue.agreements.note'),
            cell: (a) =>
              a.active ? (
                (a.note ?? '')
              ) : (
                <Badge size="sm" color="gray">
                  {t('settings.catalogue.agreements.withdrawn')}
                </Badge>
              ),
          },
        ]}
      />
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('settings.catalogue.sections.agreements')}
        size="lg"
      >
        {adding && (
          <AgreementForm
            types={types.rows ?? []}
            models={models.rows ?? []}
            onCancel={() => setAdding(false)}
            onSaved={() => {
              setAdding(false);
              reload();
            }}
          />
        )}
      </Modal>
      <Modal
        opened={ending !== null}
        onClose={() => setEnding(null)}
        title={
          ending
            ? t('settings.catalogue.agreements.endTitle', { referenceNo: ending.referenceNo })
            : ''
        }
      >
        {ending && (
          <EndAgreementForm
            agreement={ending}
            onDone={() => {
              setEnding(null);
              reload();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
