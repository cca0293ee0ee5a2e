import { Group, Loader, MultiSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FitModel } from '../../../../../main/stock/partFits';
import { useCoreMutation, useCoreQuery } from '../../../data';
import { notifyError, notifySuccess } from '../../../errors/notifyError';
import { useCan } from '../../../stores/session';
import { Section } from '../PartDetail/PartSummary';

const label = (m: FitModel, lang: string) =>
  `${m.code} · ${lang === 'zh-TW' ? m.nameZh : m.nameEn}`;

/**
 * The product models a part fits (part_models), in the part's detail: the stockroom keeps them
 * (parts/setModels), everyone who reads parts sees them. Part pickers list the parts that fit the
 * ticket's model first.
 */
export function PartModels({ partId }: { partId: number }) {
  const { t, i18n } = useTranslation();
  const mayEdit = useCan('parts/setModels');
  const query = useCoreQuery(
    'parts/models',
    { partId },
    { entities: [{ entity: 'part', id: partId }] },
  );
  const save = useCoreMutation('parts/setModels', {
    onSuccess: () => notifySuccess(t('stockroom.partPicker.models.saved')),
    onError: notifyError,
  });
  const data = query.data;

  return (
    <Section title={t('stockroom.partPicker.models.title')}>
      {!data ? (
        <Loader size="sm" />
      ) : mayEdit ? (
        <MultiSelect
          data={data.choices.map((m) => ({ value: String(m.id), label: label(m, i18n.language) }))}
          value={data.fits.map((m) => String(m.id))}
          onChange={(ids) => save.mutate({ partId, modelIds: ids.map(Number) })}
          searchable
          clearable
          disabled={save.isPending}
          placeholder={t('stockroom.partPicker.models.placeholder')}
          nothingFoundMessage={t('intake.unit.noModel')}
          data-testid="part-models"
        />
      ) : data.fits.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="part-models">
          {t('stockroom.partPicker.models.none')}
        </Text>
      ) : (
        <Group gap={6} data-testid="part-models">
          {data.fits.map((m) => (
            <Text key={m.id} size="sm">
              {label(m, i18n.language)}
            </Text>
          ))}
        </Group>
      )}
      {mayEdit && data && data.fits.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('stockroom.partPicker.models.none')}
        </Text>
      )}
    </Section>
  );
}
