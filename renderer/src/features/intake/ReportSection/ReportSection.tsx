import {
  Checkbox,
  FileInput,
  Grid,
  Group,
  Input,
  SegmentedControl,
  Select,
  SimpleGrid,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertTriangle, IconPhoto } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Station } from '../../../../../main/intake/stationHandlers';
import { useDepotSettings } from '../../../stores/depotSettings';
import { ACCESSORIES, CHANNELS } from '../codes';
import { FormSection } from '../FormSection/FormSection';
import type { IntakeValues } from '../IntakeForm/intakeModel';

/**
 * The report itself (policy 3.1): how it came in, which station takes it, the fault in the
 * customer's words, what came with the unit and how it looks, and whether it is an emergency
 * (policy 2: response and on-site promises).
 */
export function ReportSection({
  form,
  stations,
  photos,
  onPhotos,
  faultRef,
}: {
  form: UseFormReturnType<IntakeValues>;
  stations: Station[];
  photos: File[];
  onPhotos: (files: File[]) => void;
  faultRef: Ref<HTMLTextAreaElement>;
}) {
  const { t, i18n } = useTranslation();
  const policy = useDepotSettings((s) => s.settings?.policy);
  const accessories = form.values.accessories;

  return (
    <FormSection title={t('intake.report.title')}>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Input.Wrapper label={t('intake.report.channel')}>
            <SegmentedControl
              fullWidth
              size="sm"
              mt={4}
              data={CHANNELS.map((c) => ({ value: c, label: t(`intake.report.channels.${c}`) }))}
              {...form.getInputProps('channel')}
              data-testid="intake-channel"
            />
          </Input.Wrapper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Select
            label={t('intake.report.station')}
            withAsterisk
            allowDeselect={false}
            data={stations.map((s) => ({
              value: String(s.id),
              label: `${s.code} · ${i18n.language === 'zh-TW' ? s.nameZh : s.nameEn}`,
            }))}
            {...form.getInputProps('stationId')}
            data-testid="intake-station"
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            ref={faultRef}
            label={t('intake.report.fault')}
            description={t('intake.report.faultHint')}
            withAsterisk
            autosize
            minRows={2}
            maxRows={8}
            {...form.getInputProps('faultDescription')}
            data-testid="fault"
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Input.Wrapper label={t('intake.report.accessories')} error={form.errors.accessories}>
            <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing={6} verticalSpacing={6} mt={6}>
              {ACCESSORIES.map((code) => (
                <Checkbox
                  key={code}
                  size="sm"
                  label={t(`intake.report.accessoryCodes.${code}`)}
                  checked={accessories.includes(code)}
                  onChange={(e) =>
                    form.setFieldValue(
                      'accessories',
                      e.currentTarget.checked
                        ? [...accessories, code]
                        : accessories.filter((a) => a !== code),
                    )
                  }
                  data-testid={`accessory-${code}`}
                />
              ))}
            </SimpleGrid>
          </Input.Wrapper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('intake.report.accessoriesNote')}
            {...form.getInputProps('accessoriesNote')}
            data-testid="accessories-note"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('intake.report.condition')}
            placeholder={t('intake.report.conditionHint')}
            {...form.getInputProps('condition')}
            data-testid="condition"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Switch
            mt={4}
            color="red"
            label={
              <Group gap={6} component="span">
                <IconAlertTriangle size={16} stroke={1.6} />
                {t('intake.report.emergency')}
              </Group>
            }
            description={
              policy
                ? t('intake.report.emergencyHint', {
                    hours: policy.emergencyResponseHours,
                    days: policy.onSiteWorkingDays,
                  })
                : undefined
            }
            {...form.getInputProps('emergency', { type: 'checkbox' })}
            data-testid="intake-emergency"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <FileInput
            label={t('intake.report.photos')}
            description={t('intake.report.photosHint')}
            leftSection={<IconPhoto size={16} stroke={1.5} />}
            accept="image/jpeg,image/png"
            multiple
            clearable
            value={photos}
            onChange={onPhotos}
            valueComponent={({ value }) => (
              <Text size="sm" span>
                {t('intake.report.photosCount', {
                  count: Array.isArray(value) ? value.length : value ? 1 : 0,
                })}
              </Text>
            )}
            data-testid="intake-photos"
          />
        </Grid.Col>
      </Grid>
    </FormSection>
  );
}
