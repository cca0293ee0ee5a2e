import { z } from 'zod';
import { isIsoDate } from './civilDate';
import { normalisePhone } from './phone';

// Field schemas shared by the intake channels: validated once at the boundary (STYLE.md 6),
// each error naming its field, so bad input changes nothing (issue 3, "Bad input").

// Control and invisible format characters (zero-width space, bidi overrides) are refused: they
// split a Chinese name so search misses it, or garble a printed receipt.
const CONTROL = /[\p{Cc}\p{Cf}]/u;
const CONTROL_EXCEPT_NEWLINE = /(?!\n)[\p{Cc}\p{Cf}]/u;

/** One line of text: trimmed, no control characters, at most `max` characters. */
export function line(label: string, max: number) {
  return z
    .string()
    .refine((s) => !CONTROL.test(s), `${label} may not contain control characters`)
    .transform((s) => s.trim())
    .pipe(z.string().max(max, `${label} is at most ${max} characters`));
}

export function requiredLine(label: string, max: number) {
  return line(label, max).pipe(z.string().min(1, `${label} is required`));
}

/** Several lines (a fault as the customer told it): newlines allowed, other controls not. */
export function paragraph(label: string, max: number) {
  return z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n'))
    .refine((s) => !CONTROL_EXCEPT_NEWLINE.test(s), `${label} may not contain control characters`)
    .transform((s) => s.trim())
    .pipe(z.string().max(max, `${label} is at most ${max} characters`));
}

/** Optional text: '' and absence both become null. */
export function optionalLine(label: string, max: number) {
  return line(label, max)
    .optional()
    .nullable()
    .transform((s) => (s ? s : null));
}

/** A field in a patch: absent leaves it as it is, '' or null clears it. */
export function patchLine(label: string, max: number) {
  return line(label, max)
    .nullable()
    .transform((s) => (s ? s : null))
    .optional();
}

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
export const serialSchema = z
  .string()
  .refine((s) => !CONTROL.test(s), 'Serial number may not contain control characters')
  .transform((s) => s.trim().toUpperCase())
  .pipe(
    z
      .string()
      .min(1, 'Serial number is required')
      .max(40, 'Serial number is at most 40 characters')
      .regex(/^[A-Z0-9][A-Z0-9\-/._ ]*$/, 'Serial number: letters, digits, - / . _ and spaces'),
  );

export const phoneSchema = z.string().transform((typed, ctx) => {
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
