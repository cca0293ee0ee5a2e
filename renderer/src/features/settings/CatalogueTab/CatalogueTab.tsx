import { Alert, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FaultCode } from '../../../../../main/bench/faultCodes';
import type { ProductModel, ProductType } from '../../../../../main/intake/catalogueRepo';
import type { Station } from '../../../../../main/intake/stationHandlers';
import { AgreementsSection } from './AgreementsSection';
import type { Editing } from './EditModal';
import { FaultCodesSection } from './FaultCodesSection';
import { ModelsSection } from './ModelsSection';
import { StationsSection } from './StationsSection';
import { TypesSection } from './TypesSection';

const SECTIONS = ['types', 'models', 'faultCodes', 'stations', 'agreements'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * Settings → Catalogue (issue 10, item 7): product types, models, fault codes, repair stations
 * and per-customer warranty agreements, each a list with an edit form. Supervisors and admins
 * change them (the core enforces it); others read.
 */
export function CatalogueTab({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('types');
  const [type, setType] = useState<Editing<ProductType>>(null);
  const [model, setModel] = useState<Editing<ProductModel>>(null);
  const [code, setCode] = useState<Editing<FaultCode>>(null);
  const [station, setStation] = useState<Editing<Station>>(null);
  const [addingAgreement, setAddingAgreement] = useState(false);

  const add: Record<Section, () => void> = {
    types: () => setType({ row: null }),
    models: () => setModel({ row: null }),
    faultCodes: () => setCode({ row: null }),
    stations: () => setStation({ row: null }),
    agreements: () => setAddingAgreement(true),
  };

  return (
    <Stack gap="md" data-testid="catalogue-tab">
      <Text size="sm" c="dimmed">
        {t('settings.catalogue.intro')}
      </Text>
      {!canEdit && (
        <Alert color="gray" data-testid="catalogue-read-only">
          {t('settings.catalogue.readOnly')}
        </Alert>
      )}
      <Group justify="space-between">
        <SegmentedControl
          value={section}
          onChange={(v) => setSection(v as Section)}
          data={SECTIONS.map((s) => ({
            value: s,
            label: t(`settings.catalogue.sections.${s}`),
          }))}
          data-testid="catalogue-sections"
        />
        {canEdit && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={add[section]}
            data-testid="catalogue-add"
          >
            {t('settings.catalogue.add')}
          </Button>
        )}
      </Group>
      {section === 'types' && (
        <TypesSection canEdit={canEdit} editing={type} setEditing={setType} />
      )}
      {section === 'models' && (
        <ModelsSection canEdit={canEdit} editing={model} setEditing={setModel} />
      )}
      {section === 'faultCodes' && (
        <FaultCodesSection canEdit={canEdit} editing={code} setEditing={setCode} />
      )}
      {section === 'stations' && (
        <StationsSection canEdit={canEdit} editing={station} setEditing={setStation} />
      )}
      {section === 'agreements' && (
        <AgreementsSection
          canEdit={canEdit}
          adding={addingAgreement}
          setAdding={setAddingAgreement}
        />
      )}
    </Stack>
  );
}
