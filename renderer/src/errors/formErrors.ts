import type { FormErrors } from '@mantine/form';
import { asClientError } from '../bridge';
import { notifyError } from './notifyError';

type FormLike = {
  setErrors: (errors: FormErrors) => void;
  getValues: () => unknown;
};

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/**
 * Puts a core error on the form's fields where it can: VALIDATION issues by path ('depot.name',
 * 'pin'), and any refusal that names its `field` (a taken username, a wrong current PIN), each in
 * the reader's language. What no field shows goes to a notification. Returns true when a field
 * shows it.
 *
 * A form whose values do not mirror the channel's input (the intake form sends a filtered
 * `exclusions` list) passes `mapField`: the core's path in, the form's path (or null) out.
 */
export function showErrorOnForm(
  form: FormLike,
  error: unknown,
  opts: { mapField?: (field: string) => string | null } = {},
): boolean {
  const e = asClientError(error);
  const values = form.getValues();
  const place = (field: string): string | null => {
    if (opts.mapField) return opts.mapField(field);
    return hasPath(values, field) ? field : null;
  };
  const errors: FormErrors = {};
  let unplaced = 0;
  for (const issue of e.issues) {
    const path = place(issue.field);
    if (path) errors[path] = issue.message;
    else unplaced += 1;
  }
  const fieldPath = e.field ? place(e.field) : null;
  if (fieldPath && !(fieldPath in errors)) errors[fieldPath] = e.message;

  const placed = Object.keys(errors).length > 0;
  if (placed) form.setErrors(errors);
  if (!placed || unplaced > 0) notifyError(e);
  return placed;
}
