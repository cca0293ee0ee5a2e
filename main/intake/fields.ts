import { z } from 'zod';
import { isIsoDate } from './civilDate';
import { normalisePhone } from './phone';
import { checkedText } from '../contract/text';

// Field schemas shared by the intake channels: validated once at the boundary (STYLE.md 6),
// each error naming its field, so bad input changes nothing (issue 3, "Bad input").

// The text rule (no control, invisible or broken characters; trimmed; NFC) is the one every
// printed or displayed field follows; it lives with the contract (STYLE.md 17).
export { line, optionalLine, paragraph, patchLine, requiredLine } from '../contract/text';

export const idSchema = z.number().int().positive();

export const codeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9._-]{0,19}$/, 'Code: 1-20 letters, digits, dot, dash or underscore');

export const isoDateSchema = z.string().refine(isIsoDate, 'Use a real calendar date, YYYY-MM-DD');

/**
 * A purchase invoice date: a real date no earlier than 1990, so a typo such as 0026-05-01
 * is refused instead of silently deciding "expired" (the future is refused by the engine).
 */
export const invoiceDateSchema = isoDateSchema.refine(
  (d) => d >= '1990-01-01',
  'A purchase invoice date before 1990 is not plausible; check the year',
);

/**
 * A serial number as printed on the label or sent by the barcode scanner. Control characters
 * (a stray Tab or Enter from the scanner) are refused rather than silently dropped.
 */
export const serialSchema = checkedText('Serial number')
  .transform((s) => s.trim().toUpperCase())
  .pipe(
    z
      .string()
      .min(1, 'Serial number is required')
      .max(40, 'Serial number is at most 40 characters')
      .regex(/^[A-Z0-9][A-Z0-9\-/._ ]*$/, 'Serial number: letters, digits, - / . _ and spaces'),
  );

// A phone is printed as typed: a Tab, a line separator or a BOM would pass for white space in
// the phone pattern, so the text rule runs first.
export const phoneSchema = checkedText('Phone').transform((typed, ctx) => {
  const result = normalisePhone(typed);
  if ('error' in result) {
    ctx.addIssue({ code: 'custom', message: result.error });
    return z.NEVER;
  }
  return result;
});

export const emailSchema = z
  .string()
  .trim()
  .max(120, 'E-mail is at most 120 characters')
  .pipe(z.union([z.literal(''), z.email('Not an e-mail address')]))
  .optional()
  .nullable()
  .transform((s) => (s ? s.toLowerCase() : null));

/** Keyset paging cursor: opaque to the UI, passed back as given. */
export const cursorSchema = z.string().max(100).optional();
export const limitSchema = z.number().int().min(1).max(200).default(50);
