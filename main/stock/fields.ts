import { z } from 'zod';
import { checkedText } from '../contract/text';

// Field schemas of the stockroom channels, validated at the boundary: quantities of a
// unit-counted part are whole numbers within sane bounds, so a typo never reaches the ledger.

export const MAX_QUANTITY = 1_000_000;
export const MAX_COST = 100_000_000;

/** Part number as typed or scanned: trimmed, upper-case, under the text rule. */
export const partNoSchema = checkedText('Part number')
  .transform((s) => s.trim().toUpperCase())
  .pipe(
    z
      .string()
      .min(1, 'Part number is required')
      .max(40, 'Part number is at most 40 characters')
      .regex(/^[A-Z0-9][A-Z0-9\-/._]*$/, 'Part number: letters, digits, - / . and _'),
  );

/** A count of units (never fractional, never negative). */
export function countSchema(label: string, min = 0) {
  return z
    .number(`${label} must be a number`)
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(MAX_QUANTITY, `${label} is at most ${MAX_QUANTITY}`);
}

/** Money in integer minor units. */
export const costSchema = z
  .number('Unit cost must be a number')
  .int('Unit cost is in whole minor units')
  .min(0, 'Unit cost may not be negative')
  .max(MAX_COST, `Unit cost is at most ${MAX_COST}`);

/** A signed, non-zero correction (stock/adjust). */
export const signedQuantitySchema = z
  .number('Quantity must be a number')
  .int('Quantity must be a whole number')
  .min(-MAX_QUANTITY, `Quantity is at least -${MAX_QUANTITY}`)
  .max(MAX_QUANTITY, `Quantity is at most ${MAX_QUANTITY}`)
  .refine((q) => q !== 0, 'Quantity may not be zero');

/** A keyset cursor that is a row id: digits only, so a bad one is a VALIDATION, not an empty page. */
export const idCursorSchema = z
  .string()
  .regex(/^\d{1,15}$/, 'Cursor must be the id the previous page returned')
  .optional();
