import type { TakenDocument } from '../documents/documentViewing';
import type { TestClient, TestDepot } from './testCore';

/** A document's bytes as a screen gets them: a documents/open ticket, taken at once. */
export async function documentBytes(
  depot: TestDepot,
  documentId: number,
  client: TestClient = depot.admin,
): Promise<TakenDocument> {
  const { ticket } = await client.call('documents/open', { documentId });
  return depot.core.takeDocument(ticket, client.key);
}
