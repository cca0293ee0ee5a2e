import type { Knex } from 'knex';
import { insertedId } from '../intake/rows';
import type { ImageMime } from './imageData';

/** photo and signature at intake; acceptance: the customer's signature accepting the repair (policy 3.4). */
export const ATTACHMENT_KINDS = ['photo', 'signature', 'acceptance'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export type Attachment = {
  id: number;
  ticketId: number;
  kind: AttachmentKind;
  sha256: string;
  mime: ImageMime;
  bytes: number;
  createdBy: { id: number; displayName: string };
  createdAt: string;
};

type Row = {
  id: number;
  ticket_id: number;
  kind: AttachmentKind;
  sha256: string;
  mime: ImageMime;
  bytes: number;
  created_by: number;
  created_by_name: string;
  created_at: string;
};

const COLUMNS = ['a.*', 's.display_name as created_by_name'];

function toAttachment(r: Row): Attachment {
  return {
    id: r.id,
    ticketId: r.ticket_id,
    kind: r.kind,
    sha256: r.sha256,
    mime: r.mime,
    bytes: r.bytes,
    createdBy: { id: r.created_by, displayName: r.created_by_name },
    createdAt: r.created_at,
  };
}

function query(db: Knex) {
  return db('ticket_attachments as a').join('staff as s', 's.id', 'a.created_by');
}

/** A ticket's attachments in the order they were taken. */
export async function listAttachments(db: Knex, ticketId: number): Promise<Attachment[]> {
  const rows: Row[] = await query(db)
    .where('a.ticket_id', ticketId)
    .orderBy('a.id')
    .select(COLUMNS);
  return rows.map(toAttachment);
}

export async function findAttachment(db: Knex, id: number): Promise<Attachment | null> {
  const row: Row | undefined = await query(db).where('a.id', id).first(COLUMNS);
  return row ? toAttachment(row) : null;
}

/** The attachment of this kind with these bytes on this ticket, if it is already there. */
export async function findSame(
  db: Knex,
  ticketId: number,
  kind: AttachmentKind,
  sha256: string,
): Promise<Attachment | null> {
  const row: Row | undefined = await query(db)
    .where({ 'a.ticket_id': ticketId, 'a.kind': kind, 'a.sha256': sha256 })
    .first(COLUMNS);
  return row ? toAttachment(row) : null;
}

export async function countOfKind(
  db: Knex,
  ticketId: number,
  kind: AttachmentKind,
): Promise<number> {
  const [row] = await db('ticket_attachments')
    .where({ ticket_id: ticketId, kind })
    .count<{ n: number }[]>({ n: '*' });
  return Number(row.n);
}

export async function insertAttachment(
  trx: Knex.Transaction,
  a: {
    ticketId: number;
    kind: AttachmentKind;
    sha256: string;
    mime: ImageMime;
    bytes: number;
    createdBy: number;
    createdAt: string;
  },
): Promise<number> {
  const [row] = await trx('ticket_attachments')
    .insert({
      ticket_id: a.ticketId,
      kind: a.kind,
      sha256: a.sha256,
      mime: a.mime,
      bytes: a.bytes,
      created_by: a.createdBy,
      created_at: a.createdAt,
    })
    .returning('id');
  return insertedId(row);
}
