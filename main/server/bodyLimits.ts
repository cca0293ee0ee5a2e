import type { IncomingMessage } from 'node:http';
import { PHOTO_LIMITS } from '../attachments/imageData';
import { MAX_CSV_BYTES } from '../stock/csvHandlers';

// How large a call's JSON body may be in browser mode (issue 9, defect 9). The limits follow
// what the channels promise (a 5 MB photo, a 20 MB CSV file), computed from the same constants
// their schemas check, so the transport never refuses what the API accepts; every other channel
// takes a few short fields and keeps a small limit, which protects the core's memory.

/** The JSON around the large field and the channel's other fields. */
const ENVELOPE_BYTES = 64 * 1024;

/** Any channel not listed below: short fields (the largest is a 64 KB signature image). */
export const DEFAULT_BODY_BYTES = 1024 * 1024;

/**
 * A base64 image of n bytes: 4 characters per 3 bytes, plus the line breaks a mail-style encoder
 * adds every 76 characters (CR LF, escaped in JSON as 4 bytes).
 */
function base64Body(bytes: number): number {
  const chars = Math.ceil(bytes / 3) * 4;
  return chars + Math.ceil(chars / 76) * 4 + ENVELOPE_BYTES;
}

/**
 * A CSV file of n bytes: JSON writes a quote, backslash, tab, CR or LF as two characters, so its
 * body is at most twice the file (other control characters are no text of a parts catalogue).
 */
const csvBody = 2 * MAX_CSV_BYTES + ENVELOPE_BYTES;

export const BODY_LIMITS: Readonly<Record<string, number>> = {
  'attachments/addPhoto': base64Body(PHOTO_LIMITS.maxBytes),
  'parts/importPreview': csvBody,
  'parts/import': csvBody,
};

export function bodyLimitFor(channel: string): number {
  return Object.hasOwn(BODY_LIMITS, channel) ? BODY_LIMITS[channel] : DEFAULT_BODY_BYTES;
}

export class BodyTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`Request body is larger than ${maxBytes} bytes.`);
  }
}

/** The body as text; throws BodyTooLarge as soon as it is known to exceed `maxBytes`. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLarge(maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
