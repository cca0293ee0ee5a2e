import { textProblem, withoutRefused } from '../contract/text';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settingsSchema';

// Reads the stored sections under the current rules. A value stored before a rule tightened
// (issue 9: a document header with a bidi override, a holiday 2025-02-30) must not stop the
// depot from opening: a text keeps what it says with the refused characters (a zero-width
// space, a bidi override) taken out, an impossible list item is dropped, any other bad field
// falls back to its default, and the repaired fields are reported so the admin can check them.

type Row = { key: string; value: string };
type Path = (string | number)[];
type Node = Record<string | number, unknown>;

export function readStoredSettings(rows: Row[]): { settings: Settings; reset: string[] } {
  const merged = structuredClone(DEFAULT_SETTINGS) as unknown as Node;
  for (const row of rows) {
    if (row.key in merged) {
      merged[row.key] = { ...(merged[row.key] as object), ...(JSON.parse(row.value) as object) };
    }
  }
  const reset = new Set<string>();
  // A text stripped of refused characters may still break a rule (now empty, say): the next
  // round restores its default. Three rounds: as read, stripped, defaulted.
  for (let round = 0; ; round++) {
    const parsed = settingsSchema.safeParse(merged);
    if (parsed.success) return { settings: parsed.data, reset: [...reset].sort() };
    if (round === 2) throw parsed.error;
    // Later list items first, so dropping one does not move the next one reported.
    const paths = parsed.error.issues
      .map((issue) => issue.path.filter((p): p is string | number => typeof p !== 'symbol'))
      .sort((a, b) => Number(b[2] ?? -1) - Number(a[2] ?? -1));
    for (const path of paths) reset.add(repair(merged, path));
  }
}

/**
 * Strips a text of the characters the rule refuses, else drops a bad list item or restores a
 * field's default; returns the repaired field's name.
 */
function repair(merged: Node, path: Path): string {
  const [section, field, item] = path;
  const stored = merged[section] as Node | undefined;
  const defaults = (DEFAULT_SETTINGS as unknown as Node)[section] as Node | undefined;
  if (field === undefined || !stored || typeof stored !== 'object' || !defaults) {
    merged[section] = structuredClone(defaults);
    return String(section);
  }
  const value = stored[field];
  if (typeof value === 'string' && textProblem(value) !== null) {
    stored[field] = withoutRefused(value);
    return `${section}.${field}`;
  }
  const list = value;
  if (typeof item === 'number' && Array.isArray(list)) {
    list.splice(item, 1);
    return `${section}.${field}.${item}`;
  }
  stored[field] = structuredClone(defaults[field]);
  return `${section}.${field}`;
}
