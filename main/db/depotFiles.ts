import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { attachmentFile } from '../attachments/attachmentFiles';
import type { ImageMime } from '../attachments/imageData';
import { refuse } from '../contract/errors';

// The files a depot owns beside its database, as its rows record them: every archived document
// (policy 3.3: the exact bytes handed to the customer) and every photo or signature. A backup
// holds exactly these, and is checked against these rows.

export type DepotFile = {
  /** Place under the data folder, in '/' form. */
  path: string;
  sha256: string;
};

/** Each referenced file once (two rows may share one content-addressed file), in path order. */
export async function referencedFiles(db: Knex): Promise<DepotFile[]> {
  const documents: { file: string; sha256: string }[] = await db('documents').select(
    'file',
    'sha256',
  );
  const attachments: { sha256: string; mime: ImageMime }[] = await db('ticket_attachments')
    .distinct('sha256', 'mime')
    .select();
  const byPath = new Map<string, DepotFile>();
  for (const d of documents) byPath.set(d.file, { path: d.file, sha256: d.sha256 });
  for (const a of attachments) {
    const path = attachmentFile(a.sha256, a.mime);
    byPath.set(path, { path, sha256: a.sha256 });
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Counts of the rows that own files, as recorded in a manifest. */
export async function fileRowCounts(db: Knex): Promise<{ documents: number; attachments: number }> {
  const count = async (table: string) =>
    Number((await db(table).count<{ n: number }[]>({ n: '*' }))[0].n);
  return { documents: await count('documents'), attachments: await count('ticket_attachments') };
}

/** Only these top-level folders of the data folder are the depot's files (and restored). */
export const FILE_FOLDERS = ['documents', 'attachments'] as const;

export function underFolder(root: string, path: string): string {
  if (!/^(documents|attachments)\/[\w./-]+$/.test(path) || path.split('/').includes('..')) {
    // A row naming a path outside the two folders is never followed (a tampered row).
    throw refuse('CONFLICT', 'backup.unexpectedFilePath', {
      params: { path },
      message: `Refusing an unexpected file path: ${path}`,
      details: { path },
    });
  }
  return join(root, ...path.split('/'));
}

export function sha256Of(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The sha256 of a file of any size (a database copy may be gigabytes), read as a stream. */
export async function hashFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}
