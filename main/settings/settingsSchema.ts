import { z } from 'zod';
import { LANGUAGES } from '../contract/language';
import { line, requiredLine } from '../contract/text';
import { isoDateSchema } from '../intake/fields';

// Depot settings (issue 2, item 7). Each section is one row in `settings`; missing sections
// and fields take DEFAULT_SETTINGS (merged when read), so a new depot works before anyone opens
// Settings. A section's fields carry no defaults of their own: a patch that gives only the name
// must leave the address as it is.

/**
 * The header printed on every legal record: under the one text rule (no control, invisible or
 * broken characters; issue 9), so the printout shows what the admin saw when typing it.
 */
export const depotSection = z.object({
  name: requiredLine('Depot name', 80),
  nameZh: line('Chinese depot name', 80),
  address: line('Address', 200),
  phone: line('Phone', 40),
});

export const localeSection = z.object({
  defaultLanguage: z.enum(LANGUAGES),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter ISO currency code'),
});

export const policySection = z.object({
  /** Policy 2: respond to an emergency fault within X hours of the call. */
  emergencyResponseHours: z.number().int().min(1).max(168),
  /** Policy 2: technician on site within Y working days. */
  onSiteWorkingDays: z.number().int().min(0).max(60),
  /** Policy 3.6: follow-up call within N working days of the repair. */
  followUpWorkingDays: z.number().int().min(0).max(60),
  /** Labour rate per hour, integer minor units of the currency. */
  labourRatePerHour: z.number().int().min(0).max(100_000_000),
  /** Policy 4 (repair success rate): a unit back within N days of a completed repair is a re-repair. */
  reRepairWindowDays: z.number().int().min(0).max(3650),
});

export const calendarSection = z.object({
  /** ISO weekdays the depot works: 1 = Monday ... 7 = Sunday. */
  workingDays: z
    .array(z.number().int().min(1).max(7))
    .min(1, 'At least one working day')
    .refine((days) => new Set(days).size === days.length, 'Each weekday once'),
  /** Real calendar dates only: 2025-02-30 would never match a day and hide a typo. */
  holidays: z.array(isoDateSchema).max(400),
});

/**
 * The bench (issue 5). The labour rate of a repair is `policy.labourRatePerHour` (policy 3.5),
 * kept in one place.
 */
export const benchSection = z.object({
  /** Policy 2 (promise): the warranty on the repair itself, printed on the warranty voucher. */
  repairWarrantyDays: z.number().int().min(1).max(3650),
});

export const securitySection = z.object({
  /** Lock the workstation after this many idle minutes (0 = never). */
  autoLockMinutes: z.number().int().min(0).max(480),
});

/**
 * Backups (issue 9): the database and the depot's files together, at start and daily. An empty
 * folder means `backups` inside the data folder; `keep` is how many of the newest stay.
 */
export const backupSection = z.object({
  folder: line('Backup folder', 500).refine(
    (v) => v === '' || /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(v),
    'Use a full path (or leave empty for the data folder)',
  ),
  keep: z.number().int().min(1).max(365),
});

/**
 * Appraisal (issue 10, item 3; policy 4): the turnaround target in working days for a product
 * type that sets none (the on-time repair rate), and the training hours each staff member is
 * expected to attend in a year (training participation).
 */
export const appraisalSection = z.object({
  turnaroundWorkingDays: z.number().int().min(1).max(60),
  trainingHoursTarget: z.number().int().min(0).max(2000),
});

/**
 * Prices (issue 10, item 1; policy 3.5): the tax added once per billed ticket or quote, in
 * percent with at most two decimals (5 = Taiwan's VAT), and the inspection fee (minor units,
 * before tax) billed when the customer declines a quote. Markups and labour rates: main/pricing.
 */
export const pricingSection = z.object({
  taxRatePercent: z
    .number()
    .min(0)
    .max(100)
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'At most two decimals'),
  inspectionFee: z.number().int().min(0).max(100_000_000),
});

export const settingsSchema = z.object({
  depot: depotSection,
  locale: localeSection,
  policy: policySection,
  calendar: calendarSection,
  bench: benchSection,
  security: securitySection,
  backup: backupSection,
  appraisal: appraisalSection,
  pricing: pricingSection,
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsSection = keyof Settings;

export const settingsPatchSchema = z
  .object({
    depot: depotSection.partial(),
    locale: localeSection.partial(),
    policy: policySection.partial(),
    calendar: calendarSection.partial(),
    bench: benchSection.partial(),
    security: securitySection.partial(),
    backup: backupSection.partial(),
    appraisal: appraisalSection.partial(),
    pricing: pricingSection.partial(),
  })
  .partial()
  .strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  depot: { name: 'Depot', nameZh: '', address: '', phone: '' },
  locale: { defaultLanguage: 'zh-TW', currency: 'TWD' },
  policy: {
    emergencyResponseHours: 4,
    onSiteWorkingDays: 2,
    followUpWorkingDays: 3,
    labourRatePerHour: 80_000,
    reRepairWindowDays: 90,
  },
  calendar: { workingDays: [1, 2, 3, 4, 5], holidays: [] },
  bench: { repairWarrantyDays: 90 },
  security: { autoLockMinutes: 10 },
  backup: { folder: '', keep: 7 },
  appraisal: { turnaroundWorkingDays: 5, trainingHoursTarget: 40 },
  pricing: { taxRatePercent: 5, inspectionFee: 0 },
};
