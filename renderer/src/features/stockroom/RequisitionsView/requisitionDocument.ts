import type { Language } from '../../../../../main/contract/language';
import type { DocumentRef } from '../../../../../main/pdf/archive';
import { invoke, openDocument } from '../../../bridge';

// The printed requisition form (領用申請表, policy 5.3): request, approval and the issue record
// on one page, in the reader's language, archived like every printout.

/** Renders the form as the requisition stands now, archives it and opens it to print. */
export async function printRequisition(
  requisitionId: number,
  language: Language,
): Promise<DocumentRef> {
  const ref = await invoke('documents/requisition', { requisitionId, language });
  await openDocument(ref.id);
  return ref;
}
