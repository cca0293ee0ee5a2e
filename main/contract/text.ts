import { z } from 'zod';
import { because } from './validation';

// The one rule for text a person reads back: on a printed legal record (receipt, repair record,
// the document header from Settings) or on a screen (issue 9, defect 8). Checked once, at the
// boundary, by the channel's input schema (STYLE.md 6 and 17), so every domain refuses the
// same characters with the same words, and the error names the field.
//
// Refused, because the record would not show what was typed or what the reader sees:
// - control characters (C0, DEL, C1, NUL): a stray Tab or Enter from a scanner, a NUL that
//   cuts the text short in C code; a paragraph may keep its line breaks, a line may not;
// - invisible format characters (Unicode Cf): bidi overrides and isolates (U+202E turns
//   "exe.pdf" round on the printout), zero-width spaces and joiners that split a Chinese name
//   so search misses it, soft hyphens, the BOM; also the Unicode line and paragraph separators
//   and noncharacters;
// - a broken character (an unpaired UTF-16 surrogate): SQLite and the PDF would silently
//   rewrite it to U+FFFD, so the record would no longer say what was typed.
// Accepted: every script (Chinese, including CJK extension characters outside the BMP),
// accents, symbols and single emoji. Private-use characters are accepted too: rare characters
// in Taiwanese personal names live there. Emoji built with a zero-width joiner are refused with
// the other invisible characters; a name on a record does not need them.
// Kept text is NFC-normalised (an accent typed as a combining mark equals the precomposed one,
// so the same name is stored once) and trimmed; the length limit applies to the result.

export type TextProblem = 'control' | 'invisible' | 'broken';

const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_NEWLINE = /(?!\n)\p{Cc}/u;
const INVISIBLE = /[\p{Cf}\u2028\u2029\p{Noncharacter_Code_Point}]/u;
// Without the u flag a regex sees UTF-16 code units, so an unpaired half is found as such.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const RULE_IN_BRIEF = 'no control characters, invisible formatting or unpaired surrogates';

/** What is wrong with this text under the rule above, or null when it may be kept. */
export function textProblem(
  text: string,
  options: { newlines?: boolean } = {},
): TextProblem | null {
  if (LONE_SURROGATE.test(text)) return 'broken';
  if ((options.newlines ? CONTROL_EXCEPT_NEWLINE : CONTROL).test(text)) return 'control';
  if (INVISIBLE.test(text)) return 'invisible';
  return null;
}

/**
 * The text with every character the rule refuses taken out (line breaks too: a line may not
 * keep them). For a value stored before the rule, whose rest is still what was typed.
 */
export function withoutRefused(text: string): string {
  return text
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), '')
    .replace(new RegExp(CONTROL.source, 'gu'), '')
    .replace(new RegExp(INVISIBLE.source, 'gu'), '');
}

const PROBLEM_MESSAGES: Record<TextProblem, string> = {
  control: 'may not contain control characters',
  invisible: 'may not contain invisible formatting characters (direction marks, zero-width)',
  broken: 'may not contain a broken character (an unpaired surrogate); type it again',
};

const PROBLEM_REASONS = {
  control: 'validation.controlCharacters',
  invisible: 'validation.invisibleCharacters',
  broken: 'validation.brokenCharacter',
} as const satisfies Record<TextProblem, string>;

/** The message for a refused text, naming its label ("Name may not contain ..."). */
export function textProblemMessage(label: string, problem: TextProblem): string {
  return `${label} ${PROBLEM_MESSAGES[problem]}`;
}

/**
 * A string under the rule, as typed (Windows line breaks unified to \n when `newlines` are
 * allowed): the base of every text field, and of codes such as serials that shape it further.
 */
export function checkedText(label: string, options: { newlines?: boolean } = {}) {
  return z.string().transform((typed, ctx) => {
    const unified = options.newlines ? typed.replace(/\r\n?/g, '\n') : typed;
    const problem = textProblem(unified, options);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        message: textProblemMessage(label, problem),
        params: because(PROBLEM_REASONS[problem], {}),
      });
      return z.NEVER;
    }
    return unified;
  });
}

function text(label: string, max: number, newlines: boolean) {
  return checkedText(label, { newlines })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max, `${label} is at most ${max} characters`))
    .meta({ description: `${label}: at most ${max} characters, trimmed; ${RULE_IN_BRIEF}` });
}

/** One line of text (a name, a header, a note on one line): at most `max` characters. */
export function line(label: string, max: number) {
  return text(label, max, false);
}

export function requiredLine(label: string, max: number) {
  return line(label, max).pipe(z.string().min(1, `${label} is required`));
}

/** Several lines (a fault as the customer told it): line breaks kept, other controls not. */
export function paragraph(label: string, max: number) {
  return text(label, max, true);
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
