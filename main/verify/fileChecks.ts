import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { attachmentFile } from '../attachments/attachmentFiles';
import type { ImageMime } from '../attachments/imageData';
import { checkResult, type CheckCollector, type VerifyCheck } from './report';

// Policy 3.3 (records are kept): every archived document and every photo or signature a row
// points at is in the data folder with exactly the bytes it had when it was written.

const PAGE = 64; // files read at once: a bounded number of open files and bytes in memory

async function fileHash(path: string): Promise<string | null> {
  try {
    return createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

type Owner = { record: 'document' | 'attachment'; id: number };

async function checkFile(
  result: CheckCollector,
  dataDir: string,
  file: string,
  sha256: string,
  owner: Owner,
): Promise<void> {
  const actual = await fileHash(join(dataDir, ...file.split('/')));
  result.count();
  const what = `${owner.record === 'document' ? 'Document' : 'Attachment'} #${owner.id}`;
  if (actual === null) {
    result.add('fileMissing', `${what}: the file ${file} is missing`, { ...owner, file });
  } else if (actual !== sha256) {
    result.add('fileAltered', `${what}: the file ${file} no longer matches its checksum`, {
      ...owner,
      file,
    });
  }
}

type DocumentRow = { id: number; file: string; sha256: string };

export async function checkDocumentFiles(db: Knex, dataDir: string): Promise<VerifyCheck> {
  const result = checkResult('documents');
  let lastId = 0;
  for (;;) {
    const rows = (await db('documents')
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(PAGE)
      .select('id', 'file', 'sha256')) as DocumentRow[];
    if (rows.length === 0) break;
    await Promise.all(
      rows.map((r) =>
        checkFile(result, dataDir, r.file, r.sha256, { record: 'document', id: r.id }),
      ),
    );
    lastId = rows[rows.length - 1].id;
  }
  return result.done();
}

type AttachmentRow = { id: number; sha256: string; mime: ImageMime };

export async function checkAttachmentFiles(db: Knex, dataDir: string): Promise<VerifyCheck> {
  const result = checkResult('attachments');
  const seen = new Set<string>(); // one file may serve many rows (stored by content)
  let lastId = 0;
  for (;;) {
    const rows = (await db('ticket_attachments')
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(PAGE)
      .select('id', 'sha256', 'mime')) as AttachmentRow[];
    if (rows.length === 0) break;
    const fresh = rows.filter((r) => {
      const file = attachmentFile(r.sha256, r.mime);
      if (seen.has(file)) return false;
      seen.add(file);
      return true;
    });
    await Promise.all(
      fresh.map((r) =>
        checkFile(result, dataDir, attachmentFile(r.sha256, r.mime), r.sha256, {
          record: 'attachment',
          id: r.id,
        }),
      ),
    );
    lastId = rows[rows.length - 1].id;
  }
  return result.done();
}
