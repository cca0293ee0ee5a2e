import dayjs from 'dayjs';

// A period of local calendar days, inclusive, as the Manage channels take it
// (appraisal/indicators, accounting/periodReport): YYYY-MM-DD, from <= to.

export type Period = { from: string; to: string };

export const PRESETS = ['thisMonth', 'lastMonth', 'thisYear'] as const;
export type Preset = (typeof PRESETS)[number];

const DAY = 'YYYY-MM-DD';

/** The days a preset covers, seen from `today` (the workstation's calendar day). */
export function presetPeriod(preset: Preset, today: string): Period {
  const day = dayjs(today);
  switch (preset) {
    case 'thisMonth':
      return { from: day.startOf('month').format(DAY), to: day.format(DAY) };
    case 'lastMonth': {
      const last = day.subtract(1, 'month');
      return { from: last.startOf('month').format(DAY), to: last.endOf('month').format(DAY) };
    }
    case 'thisYear':
      return { from: day.startOf('year').format(DAY), to: day.format(DAY) };
  }
}

/** The preset a period is, seen from `today`, or null for a period picked by hand. */
export function presetOf(period: Period, today: string): Preset | null {
  return (
    PRESETS.find((p) => {
      const candidate = presetPeriod(p, today);
      return candidate.from === period.from && candidate.to === period.to;
    }) ?? null
  );
}
