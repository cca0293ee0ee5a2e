import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { archiveDocument, type DocumentRef } from '../pdf/archive';
import type { DocumentKind } from '../pdf/engine';
import { createTestDepot, refused, type TestClient, type TestDepot } from '../testing/testCore';

// Issue 9, defect 3: a document is served only to a signed-in, unlocked session whose role may
// read that kind, through a short-lived, single-use ticket; each view is audited.

let depot: TestDepot;
beforeEach(async () => {
  depot = await createTestDepot();
});
afterEach(() => depot.close());

const PDF = Buffer.from('%PDF-1.7 a customer record\n%%EOF\n');

/** An archived document of this kind, as a print handler would leave it. */
async function archived(kind: DocumentKind): Promise<DocumentRef> {
  return archiveDocument(depot.core.db, join(depot.dir, 'data'), {
    kind,
    language: 'en',
    entity: 'ticket',
    entityId: 1,
    snapshot: { customer: '陳美玲', phone: '0912-345-678' },
    pdf: PDF,
    createdBy: null,
    createdAt: depot.clock.now.toISOString(),
  });
}

async function ticketFor(client: TestClient, documentId: number): Promise<string> {
  const opened = await client.call('documents/open', { documentId });
  expect(opened.documentId).toBe(documentId);
  return opened.ticket;
}

async function views(documentId: number): Promise<{ staff_id: number; channel: string }[]> {
  return depot.core
    .db('audit_log')
    .where({ entity: 'document', entity_id: String(documentId), action: 'view' })
    .select('staff_id', 'channel');
}

describe('viewing an archived document', () => {
  it('is served once for a ticket of this session, and the view is audited with who', async () => {
    const clerk = await depot.as(['intake_clerk']);
    const doc = await archived('receipt');
    const opened = await clerk.call('documents/open', { documentId: doc.id });
    expect(opened.ticket).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(opened.expiresAt).toBe(new Date(depot.clock.now.getTime() + 60_000).toISOString());

    const taken = await depot.core.takeDocument(opened.ticket, clerk.key);
    expect(taken).toEqual({ id: doc.id, kind: 'receipt', pdf: PDF });
    const staff = await depot.core.db('staff').whereNot({ username: 'boss' }).first('id');
    expect(await views(doc.id)).toEqual([{ staff_id: staff.id, channel: 'documents/open' }]);
  });

  it('is refused without a ticket: a made-up one or an id gets nothing', async () => {
    const doc = await archived('receipt');
    for (const guess of ['A'.repeat(43), String(doc.id), `${doc.id}.pdf`, '']) {
      expect((await refused(depot.core.takeDocument(guess))).code).toBe('NOT_FOUND');
    }
    expect(await views(doc.id)).toEqual([]);
  });

  it("is refused with another session's ticket", async () => {
    const doc = await archived('receipt');
    const ticket = await ticketFor(depot.admin, doc.id);
    const other = await depot.as(['admin']);
    expect((await refused(depot.core.takeDocument(ticket, other.key))).code).toBe('NOT_FOUND');
    // Used up by the wrong presenter: not even the right one gets it afterwards.
    expect((await refused(depot.core.takeDocument(ticket, depot.admin.key))).code).toBe(
      'NOT_FOUND',
    );
    expect(await views(doc.id)).toEqual([]);
  });

  it('is refused the second time with one ticket', async () => {
    const doc = await archived('receipt');
    const ticket = await ticketFor(depot.admin, doc.id);
    await depot.core.takeDocument(ticket);
    expect((await refused(depot.core.takeDocument(ticket))).code).toBe('NOT_FOUND');
    expect(await views(doc.id)).toHaveLength(1);
  });

  it('is refused after 60 seconds', async () => {
    const doc = await archived('receipt');
    const inTime = await ticketFor(depot.admin, doc.id);
    const late = await ticketFor(depot.admin, doc.id);
    depot.clock.now = new Date(depot.clock.now.getTime() + 59_999);
    await depot.core.takeDocument(inTime);
    depot.clock.now = new Date(depot.clock.now.getTime() + 1);
    expect((await refused(depot.core.takeDocument(late))).code).toBe('NOT_FOUND');
    expect(await views(doc.id)).toHaveLength(1);
  });

  it('is refused while the session is locked, and after it signed out', async () => {
    const doc = await archived('receipt');
    const clerk = await depot.as(['intake_clerk']);
    const ticket = await ticketFor(depot.admin, doc.id);
    await depot.admin.call('session/lock', {});
    expect((await refused(depot.core.takeDocument(ticket))).code).toBe('SESSION_LOCKED');
    expect((await refused(depot.admin.call('documents/open', { documentId: doc.id }))).code).toBe(
      'SESSION_LOCKED',
    );

    const before = await ticketFor(clerk, doc.id);
    await clerk.call('session/signOut', {});
    expect((await refused(depot.core.takeDocument(before))).code).toBe('UNAUTHENTICATED');
    expect(await views(doc.id)).toEqual([]);
  });

  it('is refused to a role that may not read that kind, also when the roles change in between', async () => {
    const receipt = await archived('receipt');
    const keeper = await depot.as(['stockroom_keeper']);
    const finance = await depot.as(['finance']);
    expect((await refused(keeper.call('documents/open', { documentId: receipt.id }))).code).toBe(
      'FORBIDDEN',
    );
    const record = await archived('repairRecord');
    expect((await refused(finance.call('documents/open', { documentId: record.id }))).code).toBe(
      'FORBIDDEN',
    );
    // The stockroom's own paper is theirs to read.
    const form = await archived('requisition');
    await depot.core.takeDocument(await ticketFor(keeper, form.id));

    // A technician asks, then loses the role before the link is opened.
    const tech = await depot.as(['technician'], 'tech');
    const ticket = await ticketFor(tech, receipt.id);
    const staff = await depot.admin.call('staff/list', {});
    const row = staff.find((s) => s.username === 'tech')!;
    await depot.admin.call('staff/update', {
      id: row.id,
      version: row.version,
      roles: ['stockroom_keeper'],
    });
    expect((await refused(depot.core.takeDocument(ticket))).code).toBe('FORBIDDEN');
    expect(await views(receipt.id)).toEqual([]);
    expect(await views(form.id)).toHaveLength(1);
  });

  it('answers NOT_FOUND for a document that does not exist', async () => {
    const error = await refused(depot.admin.call('documents/open', { documentId: 999 }));
    expect(error.code).toBe('NOT_FOUND');
  });
});
