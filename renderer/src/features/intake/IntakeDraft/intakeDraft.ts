import type { Customer } from '../../../../../main/intake/customerRepo';
import { initialValues, type IntakeValues, type UnitState } from '../IntakeForm/intakeModel';

// What of the intake form is kept as the clerk's draft (issue 11, item 4), and how a kept draft
// comes back. Pure, so the rules read (and are tested) without a screen. Kept: every typed
// value, the customer chosen (by id: the record is read again) and how the serial was settled
// (a registered unit by id, or "new unit"). Not kept: photos and the customer's signature
// (files and an image; they are taken again before registering).

/** How the serial was settled when the draft was saved; null: not looked up yet. */
export type DraftUnit = { kind: 'known'; unitId: number } | { kind: 'new' } | null;

export type IntakeDraft = {
  values: IntakeValues;
  customerId: number | null;
  unit: DraftUnit;
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function draftUnit(unit: UnitState): DraftUnit {
  if (unit.kind === 'known') return { kind: 'known', unitId: unit.record.unit.id };
  if (unit.kind === 'new') return { kind: 'new' };
  return null;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return a === b;
}

/** The form as nobody has touched it: the station is the desk's preference, not typing. */
export function isBlankIntake(values: IntakeValues, customer: Customer | null): boolean {
  if (customer) return false;
  return sameValue({ ...values, stationId: null }, initialValues(null));
}

/**
 * The draft as saved (a JSON text, compared to tell whether anything changed since the last
 * save), or null for a blank form, which keeps no draft.
 */
export function draftSnapshot(
  values: IntakeValues,
  customer: Customer | null,
  unit: UnitState,
): string | null {
  if (isBlankIntake(values, customer)) return null;
  const draft: IntakeDraft = { values, customerId: customer?.id ?? null, unit: draftUnit(unit) };
  return JSON.stringify(draft);
}

/**
 * `kept` laid over `base` field by field, keeping a field only when its kind matches the
 * form's: a draft saved by an older screen restores what still fits and leaves the rest blank.
 */
function overlay<T>(base: T, kept: unknown): T {
  if (isObject(base)) {
    if (!isObject(kept)) return base;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(base)) out[key] = overlay(value, kept[key]);
    return out as T;
  }
  if (Array.isArray(base)) {
    return (
      Array.isArray(kept) && kept.every((item) => typeof item === 'string') ? kept : base
    ) as T;
  }
  // A value the form starts as null (a model, a date, an offer) is text once chosen.
  if (base === null) return (kept === null || typeof kept === 'string' ? kept : base) as T;
  return (typeof kept === typeof base ? kept : base) as T;
}

const positiveInt = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v > 0;

/** A kept draft as the form restores it, or null when there is nothing usable in it. */
export function restoredDraft(data: unknown, stationId: number | null): IntakeDraft | null {
  if (!isObject(data)) return null;
  const base = initialValues(stationId);
  const values = overlay(base, data.values);
  const customerId = positiveInt(data.customerId) ? data.customerId : null;
  const unit = isObject(data.unit) ? data.unit : null;
  const kept: DraftUnit =
    unit?.kind === 'known' && positiveInt(unit.unitId)
      ? { kind: 'known', unitId: unit.unitId }
      : unit?.kind === 'new'
        ? { kind: 'new' }
        : null;
  // The phones list always has a field to type in.
  if (values.newCustomer.phones.length === 0) values.newCustomer.phones = [''];
  if (customerId === null && isBlankIntake(values, null)) return null;
  return { values, customerId, unit: kept };
}
