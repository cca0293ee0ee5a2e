import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { refuse } from '../contract/errors';
import type { Language } from '../contract/language';

// Every printed document is kept as the exact bytes handed to the customer, with the data it
// was rendered from (policy 3.3: records are kept). A reprint serves the archived file, and a
// file that no longer matches its recorded sha256 is refused, never silently re-rendered.

export type DocumentRef = {
  id: number;
  kind: string;
  language: Language;
  sha256: string;
  bytes: number;
  createdAt: string;
};

export type NewDocument = {
  kind: string;
  language: Language;
  entity: string | null;
  entityId: string | number | null;
  snapshot: unknown;
  pdf: Buffer;
  createdBy: number | null;
  createdAt: string;
};

type DocumentRow = {
  id: number;
  kind: string;
  language: Language;
  file: string;
  sha256: string;
  bytes: number;
  snapshot: string;
  created_at: string;
};

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Archived files are named by content and filed by the UTC month they were printed. */
function relativeFile(createdAt: string, hash: string): string {
  return `documents/${createdAt.slice(0, 4)}/${createdAt.slice(5, 7)}/${hash}.pdf`;
}

function absolute(dataDir: string, file: string): string {
  return join(dataDir, ...file.split('/'));
}

/**
 * Writes so that a crash leaves either no file or the whole file, never a torn one (also used
 * by main/attachments/ for photos and signatures).
 */
export async function writeDurably(path: string, dir: string, data: Buffer): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  // The rename itself must survive a power cut too (fsync of the directory; not on Windows).
  if (process.platform !== 'win32') {
    const folder = await open(dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }
}

/** Stores the file first, then the row: a row never points at a file that was not written. */
export async function archiveDocument(
  db: Knex,
  dataDir: string,
  doc: NewDocument,
): Promise<DocumentRef> {
  if (!/^\d{4}-\d{2}-/.test(doc.createdAt)) {
    throw refuse('VALIDATION', 'documents.archiveDateInvalid', {
      params: { createdAt: doc.createdAt },
      message: `createdAt must be an ISO date, got "${doc.createdAt}"`,
    });
  }
  const hash = sha256(doc.pdf);
  const file = relativeFile(doc.createdAt, hash);
  const path = absolute(dataDir, file);
  await writeDurably(path, absolute(dataDir, file.slice(0, file.lastIndexOf('/'))), doc.pdf);

  const [inserted] = await db('documents')
    .insert({
      kind: doc.kind,
      language: doc.language,
      entity: doc.entity,
      entity_id: doc.entityId === null ? null : String(doc.entityId),
      file,
      sha256: hash,
      bytes: doc.pdf.length,
      snapshot: JSON.stringify(doc.snapshot),
      created_by: doc.createdBy,
      created_at: doc.createdAt,
    })
    .returning('id');
  const id = typeof inserted === 'object' ? (inserted as { id: number }).id : Number(inserted);
  return {
    id,
    kind: doc.kind,
    language: doc.language,
    sha256: hash,
    bytes: doc.pdf.length,
    createdAt: doc.createdAt,
  };
}

export async function readArchivedDocument(
  db: Knex,
  dataDir: string,
  id: number,
): Promise<{ ref: DocumentRef; pdf: Buffer; snapshot: unknown }> {
  const row: DocumentRow | undefined = await db('documents').where({ id }).first();
  if (row === undefined) {
    throw refuse('NOT_FOUND', 'documents.documentNotFound', {
      params: { id },
      message: `Document ${id} does not exist`,
    });
  }

  let pdf: Buffer;
  try {
    pdf = await readFile(absolute(dataDir, row.file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw refuse('CONFLICT', 'documents.archivedFileMissing', {
      params: { id },
      message: `The archived file of document ${id} is missing`,
      details: { id, file: row.file },
    });
  }
  if (sha256(pdf) !== row.sha256) {
    throw refuse('CONFLICT', 'documents.archivedFileAltered', {
      params: { id },
      message: `The archived file of document ${id} was altered: it no longer matches its recorded checksum`,
      details: { id, file: row.file },
    });
  }
  return {
    ref: {
      id: row.id,
      kind: row.kind,
      language: row.language,
      sha256: row.sha256,
      bytes: row.bytes,
      createdAt: row.created_at,
    },
    pdf,
    snapshot: JSON.parse(row.snapshot) as unknown,
  };
}
