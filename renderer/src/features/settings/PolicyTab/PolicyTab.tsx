import { NumberInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../../main/settings/settingsSchema';
import { fromMinorUnits, minorDigits, toMinorUnits } from '../../../format/money';
import { SectionForm } from '../SectionForm/SectionForm';
import { useSettingsForm } from '../SectionForm/useSettingsForm';

type Values = {
  policy: {
    emergencyResponseHours: number | string;
    onSiteWorkingDays: number | string;
    followUpWorkingDays: number | string;
    reRepairWindowDays: number | string;
    /** In currency units here; integer minor units in the core. */
    labourRatePerHour: number | string;
  };
  locale: { currency: string };
};

/** The numbers the warranty policy leaves to the depot (policy 2 and 3). */
export function PolicyTab({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const { t } = useTranslation();
  const required = (v: number | string) =>
    typeof v === 'number' ? null : t('validation.required');
  const { form, submit } = useSettingsForm<Values>(settings, {
    from: (s) => ({
      policy: {
        ...s.policy,
        labourRatePerHour: fromMinorUnits(s.policy.labourRatePerHour, s.locale.currency),
      },
      locale: { currency: s.locale.currency },
    }),
    toPatch: (v) => ({
      policy: {
        emergencyResponseHours: Number(v.policy.emergencyResponseHours),
        onSiteWorkingDays: Number(v.policy.onSiteWorkingDays),
        followUpWorkingDays: Number(v.policy.followUpWorkingDays),
        reRepairWindowDays: Number(v.policy.reRepairWindowDays),
        labourRatePerHour: toMinorUnits(Number(v.policy.labourRatePerHour), v.locale.currency),
      },
      locale: { currency: v.locale.currency },
    }),
    validate: {
      policy: {
        emergencyResponseHours: required,
        onSiteWorkingDays: required,
        followUpWorkingDays: required,
        reRepairWindowDays: required,
        labourRatePerHour: required,
      },
      locale: {
        currency: (v) => (/^[A-Z]{3}$/.test(v) ? null : t('validation.currency')),
      },
    },
  });
  const currency = form.values.locale.currency;
  const digits = /^[A-Z]{3}$/.test(currency) ? minorDigits(currency) : 2;

  return (
    <SectionForm
      intro={t('settings.policy.intro')}
      canEdit={canEdit}
      dirty={form.isDirty()}
      submitting={form.submitting}
      onSubmit={submit}
      testId="settings-policy"
    >
      <Stack gap="sm">
        <NumberInput
          label={t('settings.policy.emergencyResponseHours')}
          description={t('settings.policy.emergencyResponseHoursHint')}
          min={1}
          max={168}
          allowDecimal={false}
          w={400}
          {...form.getInputProps('policy.emergencyResponseHours')}
        />
        <NumberInput
          label={t('settings.policy.onSiteWorkingDays')}
          description={t('settings.policy.onSiteWorkingDaysHint')}
          min={0}
          max={60}
          allowDecimal={false}
          w={400}
          {...form.getInputProps('policy.onSiteWorkingDays')}
        />
        <NumberInput
          label={t('settings.policy.followUpWorkingDays')}
          description={t('settings.policy.followUpWorkingDaysHint')}
          min={0}
          max={60}
          allowDecimal={false}
          w={400}
          {...form.getInputProps('policy.followUpWorkingDays')}
        />
        <NumberInput
          label={t('settings.policy.reRepairWindowDays')}
          description={t('settings.policy.reRepairWindowDaysHint')}
          min={0}
          max={3650}
          allowDecimal={false}
          w={400}
          {...form.getInputProps('policy.reRepairWindowDays')}
        />
      </Stack>
      <Stack gap="sm">
        <NumberInput
          label={t('settings.policy.labourRatePerHour')}
          description={t('settings.policy.labourRatePerHourHint')}
          min={0}
          decimalScale={digits}
          fixedDecimalScale={digits > 0}
          thousandSeparator=","
          rightSection={
            <span
              style={{
                fontSize: 'var(--mantine-font-size-xs)',
                color: 'var(--mantine-color-dimmed)',
              }}
            >
              {currency}
            </span>
          }
          rightSectionWidth={48}
          w={400}
          data-testid="labour-rate"
          {...form.getInputProps('policy.labourRatePerHour')}
        />
        <TextInput
          label={t('settings.policy.currency')}
          description={t('settings.policy.currencyHint')}
          maxLength={3}
          w={400}
          {...form.getInputProps('locale.currency')}
          onChange={(e) =>
            form.setFieldValue('locale.currency', e.currentTarget.value.toUpperCase())
          }
        />
      </Stack>
    </SectionForm>
  );
}
