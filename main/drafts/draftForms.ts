import { z } from 'zod';

// The forms whose half-typed values are kept as drafts (issue 11, item 4). A fixed list: a
// draft is the screen's own state, so only a form the renderer knows how to restore has one.
export const DRAFT_FORMS = ['intake'] as const;

export type DraftForm = (typeof DRAFT_FORMS)[number];

export const draftFormSchema = z.enum(DRAFT_FORMS);

/**
 * The largest draft kept, as UTF-8 JSON. A whole intake form is about 2 KB; the limit keeps a
 * screen from parking files (photos, a signature image) in a table rewritten on every pause in
 * typing. Photos and the signature are taken again when the form is registered.
 */
export const MAX_DRAFT_BYTES = 64 * 1024;

const byteLength = (data: unknown) => new TextEncoder().encode(JSON.stringify(data)).length;

/** A form's values: a JSON object, kept as the screen sent it, no bigger than the limit. */
export const draftDataSchema = z
  .record(z.string(), z.json())
  .refine((data) => byteLength(data) <= MAX_DRAFT_BYTES, {
    message: `A draft is at most ${MAX_DRAFT_BYTES / 1024} KB`,
  });

export type DraftData = z.output<typeof draftDataSchema>;
