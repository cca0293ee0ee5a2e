import type { Language } from '../../../../main/contract/language';
import type { DocumentRef } from '../../../../main/pdf/archive';
import { invoke, openDocument } from '../../bridge';

// The intake desk's printouts (issue 3, item 9): the returned-unit receipt (收件單) for the
// customer and the label stuck on the unit, in the staff's current language.

/** Renders both for a ticket, archives them and opens them to print. */
export async function printIntakeDocuments(
  ticketId: number,
  language: Language,
): Promise<DocumentRef[]> {
  const receipt = await invoke('documents/receipt', { ticketId, language });
  await openDocument(receipt.id);
  const label = await invoke('documents/unitLabel', { ticketId, language });
  await openDocument(label.id);
  return [receipt, label];
}

/** One document of a ticket, rendered now from the ticket as it stands. */
export async function printTicketDocument(
  kind: 'receipt' | 'unitLabel',
  ticketId: number,
  language: Language,
): Promise<DocumentRef> {
  const ref = await invoke(kind === 'receipt' ? 'documents/receipt' : 'documents/unitLabel', {
    ticketId,
    language,
  });
  await openDocument(ref.id);
  return ref;
}

/** The identical archived file again (a second copy for the customer, a torn label). */
export async function reprintDocument(documentId: number): Promise<DocumentRef> {
  const ref = await invoke('documents/reprint', { documentId });
  await openDocument(ref.id);
  return ref;
}

/** A picked photo as a data URL for `attachments/addPhoto` (the core checks the bytes). */
export function fileAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`Cannot read ${file.name}`));
    reader.readAsDataURL(file);
  });
}
