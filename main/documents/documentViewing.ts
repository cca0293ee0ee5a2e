import type { Knex } from 'knex';
import { writeAudit } from '../audit/auditLog';
import { refuse } from '../contract/errors';
import { readArchivedDocument } from '../pdf/archive';
import type { SessionStore } from '../session/sessionStore';
import { mustMayReadDocument } from './documentAccess';
import type { DocumentTickets } from './documentTickets';

// The only way a document's bytes leave the core (issue 9, defect 3): with a ticket from
// documents/open. The ticket is used up first, whatever happens next; then the session that
// asked for it must still be signed in and unlocked, and its staff member's roles must still
// allow that kind of document (they may have changed in the seconds between). Every view is
// audited (policy 1: who saw which customer's record, when).

export type TakenDocument = { id: number; kind: string; pdf: Buffer };

export type DocumentViewingDeps = {
  db: Knex;
  dataDir: string;
  sessions: SessionStore;
  tickets: DocumentTickets;
  now: () => Date;
};

const GONE = 'This document link is unknown, already used or expired; open the document again.';

/**
 * Takes the document a ticket names. `presenter`, when the host knows it (the Electron window
 * that opened the link), must be the client the ticket was issued to.
 */
export async function takeDocument(
  deps: DocumentViewingDeps,
  ticket: string,
  presenter?: string,
): Promise<TakenDocument> {
  const claim = deps.tickets.take(ticket);
  if (claim === null || (presenter !== undefined && presenter !== claim.clientKey)) {
    throw refuse('NOT_FOUND', 'documents.linkGone', { message: GONE });
  }
  const state = deps.sessions.peek(claim.clientKey);
  if (state.status === 'locked') {
    throw refuse('SESSION_LOCKED', 'access.locked', {
      message: 'This workstation is locked; sign in with your PIN.',
    });
  }
  if (state.status === 'signedOut') {
    throw refuse('UNAUTHENTICATED', 'access.signInFirst', { message: 'Sign in first.' });
  }
  const row = (await deps.db('documents').where({ id: claim.documentId }).first('kind')) as
    { kind: string } | undefined;
  if (!row) {
    throw refuse('NOT_FOUND', 'documents.documentNotFound', {
      params: { id: claim.documentId },
      message: `Document ${claim.documentId} does not exist`,
    });
  }
  mustMayReadDocument(state.actor, row.kind, claim.documentId);

  // Refuses a missing or altered file: what is shown is always the archived original.
  const { ref, pdf } = await readArchivedDocument(deps.db, deps.dataDir, claim.documentId);
  await deps.db.transaction((trx) =>
    writeAudit(trx, {
      entity: 'document',
      entityId: ref.id,
      action: 'view',
      channel: 'documents/open',
      staffId: state.actor.id,
      at: deps.now(),
      after: { kind: ref.kind, sha256: ref.sha256 },
    }),
  );
  return { id: ref.id, kind: ref.kind, pdf };
}
