import type { TFunction } from 'i18next';

// How the bench shows time worked and bilingual code words. Money is shown by the stockroom's
// formatCost (integer minor units in the core, currency units on screen).

/** Whole minutes as hours and minutes: "1 h 05 min", "45 min". */
export function formatMinutes(minutes: number, t: TFunction): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('bench.format.minutes', { m });
  return t('bench.format.hoursMinutes', { h, m: String(m).padStart(2, '0') });
}

/** A running timer's elapsed time, as a stopwatch shows it: 0:04:09, 12:30:00. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** A code list's words in the reader's language (the fault taxonomy, checklist items). */
export function wordsOf(
  item: { nameEn: string; nameZh: string } | { labelEn: string; labelZh: string },
  language: string,
): string {
  const zh = language === 'zh-TW';
  if ('nameEn' in item) return zh ? item.nameZh : item.nameEn;
  return zh ? item.labelZh : item.labelEn;
}
