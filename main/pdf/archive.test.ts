import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { archiveDocument, readArchivedDocument } from './archive';
import { sampleSnapshot } from './testing/sampleSnapshot';

let dir: string;
let dataDir: string;
let db: Knex;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'depot-archive-'));
  dataDir = join(dir, 'data');
  db = await openDatabase(join(dir, 'depot.sqlite'));
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const pdf = Buffer.from('%PDF-1.3 stand-in for a rendered document 陳美玲');

function archive(bytes = pdf) {
  return archiveDocument(db, dataDir, {
    kind: 'sample',
    language: 'zh-TW',
    entity: 'ticket',
    entityId: 42,
    snapshot: sampleSnapshot,
    pdf: bytes,
    createdBy: null,
    createdAt: '2026-11-27T02:51:32.000Z',
  });
}

describe('the document archive', () => {
  it('files the PDF by month and content hash and records it', async () => {
    const ref = await archive();
    expect(ref).toEqual({
      id: expect.any(Number),
      kind: 'sample',
      language: 'zh-TW',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      bytes: pdf.length,
      createdAt: '2026-11-27T02:51:32.000Z',
    });
    const file = join(dataDir, 'documents', '2026', '11', `${ref.sha256}.pdf`);
    expect(readFileSync(file).equals(pdf)).toBe(true);
    const row = await db('documents').where({ id: ref.id }).first();
    expect(row).toMatchObject({
      entity: 'ticket',
      entity_id: '42',
      file: `documents/2026/11/${ref.sha256}.pdf`,
    });
  });

  it('reads back the identical bytes and the snapshot they were rendered from', async () => {
    const ref = await archive();
    const read = await readArchivedDocument(db, dataDir, ref.id);
    expect(read.ref).toEqual(ref);
    expect(read.pdf.equals(pdf)).toBe(true);
    expect(read.snapshot).toEqual(sampleSnapshot);
  });

  it('refuses a file that was altered after printing', async () => {
    const ref = await archive();
    const file = join(dataDir, 'documents', '2026', '11', `${ref.sha256}.pdf`);
    writeFileSync(file, Buffer.from('%PDF-1.3 forged'));
    await expect(readArchivedDocument(db, dataDir, ref.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/altered/),
    });
  });

  it('refuses a document whose file is missing', async () => {
    const ref = await archive();
    unlinkSync(join(dataDir, 'documents', '2026', '11', `${ref.sha256}.pdf`));
    await expect(readArchivedDocument(db, dataDir, ref.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/missing/),
    });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    await expect(readArchivedDocument(db, dataDir, 999)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('keeps two prints of identical bytes as two records of one file', async () => {
    const first = await archive();
    const second = await archive();
    expect(second.id).not.toBe(first.id);
    expect((await readArchivedDocument(db, dataDir, first.id)).pdf.equals(pdf)).toBe(true);
    expect((await readArchivedDocument(db, dataDir, second.id)).pdf.equals(pdf)).toBe(true);
  });
});
