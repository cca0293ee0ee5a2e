import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { refuse } from '../contract/errors';
import { writeDurably } from '../pdf/archive';
import type { ImageMime } from './imageData';

// Attachment files live in the data folder by content: `attachments/ab/<sha256>.png`. The same
// picture sent twice (a double click, the same photo on two tickets) is one file; a file is
// written to a temporary name and renamed, so a crash never leaves half a photo under a real
// name; and a file whose bytes no longer match its name is refused when read.

const EXTENSION: Record<ImageMime, string> = { 'image/png': 'png', 'image/jpeg': 'jpg' };

export function sha256Of(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The file's place under the data folder, in '/' form (as stored and shown). */
export function attachmentFile(sha256: string, mime: ImageMime): string {
  return `attachments/${sha256.slice(0, 2)}/${sha256}.${EXTENSION[mime]}`;
}

function absolute(dataDir: string, file: string): string {
  return join(dataDir, ...file.split('/'));
}

async function readIfPresent(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Stores the bytes under their sha256 unless an intact copy is already there. */
export async function storeAttachmentFile(
  dataDir: string,
  data: Buffer,
  mime: ImageMime,
): Promise<{ sha256: string; file: string }> {
  const sha256 = sha256Of(data);
  const file = attachmentFile(sha256, mime);
  const path = absolute(dataDir, file);
  const existing = await readIfPresent(path);
  // A damaged copy (disk error, someone editing the folder) is replaced by the good bytes.
  if (existing === null || sha256Of(existing) !== sha256) {
    await writeDurably(path, absolute(dataDir, file.slice(0, file.lastIndexOf('/'))), data);
  }
  return { sha256, file };
}

/** The stored bytes, refused when missing or altered (never a silently different image). */
export async function readAttachmentFile(
  dataDir: string,
  sha256: string,
  mime: ImageMime,
): Promise<Buffer> {
  const file = attachmentFile(sha256, mime);
  const data = await readIfPresent(absolute(dataDir, file));
  if (data === null) {
    throw refuse('CONFLICT', 'attachments.fileMissing', {
      params: { file },
      message: `The attachment file ${file} is missing`,
      details: { file },
    });
  }
  if (sha256Of(data) !== sha256) {
    throw refuse('CONFLICT', 'attachments.fileAltered', {
      params: { file },
      message: `The attachment file ${file} was altered: it no longer matches its checksum`,
      details: { file },
    });
  }
  return data;
}
