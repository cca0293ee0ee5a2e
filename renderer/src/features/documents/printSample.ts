import type { DocumentRef } from '../../../../main/pdf/archive';
import type { Language } from '../../../../main/contract/language';
import { invoke, openDocument } from '../../bridge';

/** Renders the sample document in the given language, archives it, and opens it to print. */
export async function printSample(language: Language): Promise<DocumentRef> {
  const ref = await invoke('documents/sample', { language });
  await openDocument(ref.id);
  return ref;
}
