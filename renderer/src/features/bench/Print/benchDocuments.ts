import type { Language } from '../../../../../main/contract/language';
import type { DocumentRef } from '../../../../../main/pdf/archive';
import { invoke, openDocument } from '../../../bridge';

// The bench's printouts (issue 5, items 4, 6-8): the repair record in duplicate (維修記錄,
// 一式兩份), its reprint marked as a duplicate (副本), the quote (報價單), the return-to-factory
// form (返廠維修單) and the warranty voucher (保修憑證). Each is rendered by the core, archived,
// and opened to print in the staff's current language.

export type BenchDocument =
  'repairRecord' | 'reprint' | 'reprintOther' | 'quote' | 'factoryForm' | 'warrantyVoucher';

async function opened(ref: Promise<DocumentRef>): Promise<DocumentRef> {
  const doc = await ref;
  await openDocument(doc.id);
  return doc;
}

export function printRepairRecord(ticketId: number, language: Language): Promise<DocumentRef> {
  return opened(invoke('documents/repairRecord', { ticketId, language }));
}

/** The ticket's newest repair record, or null when none was printed yet. */
export async function latestRepairRecord(ticketId: number): Promise<DocumentRef | null> {
  const docs = await invoke('documents/ofTicket', { ticketId });
  return docs.find((d) => d.kind === 'repairRecord') ?? null;
}

/**
 * The repair record again, rendered from the archived snapshot: identical content, marked as a
 * duplicate with its reprint number, date and who printed it (the core counts and logs it). In
 * the original's language, or in `language` (the customer reads the other one).
 */
export function reprintRepairRecord(documentId: number, language?: Language): Promise<DocumentRef> {
  return opened(
    invoke('documents/repairRecordReprint', language ? { documentId, language } : { documentId }),
  );
}

export function printQuote(quoteId: number, language: Language): Promise<DocumentRef> {
  return opened(invoke('documents/quote', { quoteId, language }));
}

export function printFactoryForm(shipmentId: number, language: Language): Promise<DocumentRef> {
  return opened(invoke('documents/factoryForm', { shipmentId, language }));
}

export function printWarrantyVoucher(ticketId: number, language: Language): Promise<DocumentRef> {
  return opened(invoke('documents/warrantyVoucher', { ticketId, language }));
}
