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
 * 'pin'), and any error whose details name a `field` (a taken username, a wrong current PIN).
 * What no field shows goes to a notification. Returns true when a field shows it.
 */
export function showErrorOnForm(form: FormLike, error: unknown): boolean {
  const e = asClientError(error);
  const values = form.getValues();
  const errors: FormErrors = {};
  let unplaced = 0;
  for (const issue of e.issues) {
    if (hasPath(values, issue.field)) errors[issue.field] = issue.message;
    else unplaced += 1;
  }
  const field = e.detailString('field');
  if (field && hasPath(values, field)) errors[field] = e.message;

  const placed = Object.keys(errors).length > 0;
  if (placed) form.setErrors(errors);
  if (!placed || unplaced > 0) notifyError(e);
  return placed;
}
