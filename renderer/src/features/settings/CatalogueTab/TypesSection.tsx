import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductType } from '../../../../../main/intake/catalogueRepo';
import { invoke } from '../../../bridge';
import { ActiveBadge, CatalogueTable } from './CatalogueTable';
import { EditModal, type Editing } from './EditModal';
import { TypeForm } from './TypeForm';
import { useLoaded } from './useLoaded';

export function TypesSection({
  canEdit,
  editing,
  setEditing,
}: {
  canEdit: boolean;
  editing: Editing<ProductType>;
  setEditing: (e: Editing<ProductType>) => void;
}) {
  const { t } = useTranslation();
  const { rows, reload } = useLoaded(() =>
    invoke('catalogue/listTypes', { includeInactive: true }),
  );
  return (
    <>
      <CatalogueTable
        testId="catalogue-types"
        rows={rows}
        onEdit={canEdit ? (row) => setEditing({ row }) : undefined}
        columns={[
          { label: t('settings.catalogue.fields.code'), cell: (r) => r.code },
          { label: t('settings.catalogue.fields.nameEn'), cell: (r) => r.nameEn },
          { label: t('settings.catalogue.fields.nameZh'), cell: (r) => r.nameZh },
          {
            label: t('settings.catalogue.types.warrantyMonths'),
            cell: (r) => t('settings.catalogue.types.months', { count: r.warrantyMonths }),
          },
          {
            label: t('settings.catalogue.types.emergency'),
            cell: (r) =>
              r.emergency ? (
                <Badge color="red" size="sm">
                  {t('settings.catalogue.yes')}
                </Badge>
              ) : (
                t('settings.catalogue.no')
              ),
          },
          {
            label: t('settings.catalogue.types.turnaround'),
            cell: (r) => r.turnaroundWorkingDays ?? t('settings.catalogue.types.turnaroundDefault'),
          },
          {
            label: t('settings.catalogue.fields.active'),
            cell: (r) => <ActiveBadge active={r.active} />,
          },
        ]}
      />
      <EditModal
        editing={editing}
        title={t('settings.catalogue.sections.types')}
        onClose={() => setEditing(null)}
      >
        {(row) => (
          <TypeForm
            type={row}
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
