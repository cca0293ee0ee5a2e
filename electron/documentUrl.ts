import { TICKET_SHAPE } from '../main/contract/ticketBook';

// Printed documents open as depot-doc://document/<ticket>: the renderer asks the core for a
// single-use ticket (documents/open) and opens that URL; the main window's pop-up handler hands
// the ticket to the shell, which takes the document from the core once (issue 9, defect 3). The
// preview window then shows those bytes from memory at depot-doc://preview/<random id>, an
// address that lives only as long as that window. No depot-doc URL reaches the archive itself.
export const DOCUMENT_SCHEME = 'depot-doc';

/** A documents/open ticket (main/contract/ticketBook.ts) in a URL's path. */
const TICKET = new RegExp(`^/(${TICKET_SHAPE})/?$`);
/** A preview's id: the same shape, made by the shell. */
const PREVIEW = TICKET;

function pathOf(url: string, host: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${DOCUMENT_SCHEME}:` || parsed.hostname !== host) return null;
  if (parsed.search !== '' || parsed.hash !== '') return null;
  return parsed.pathname;
}

/** The ticket in a depot-doc://document/<ticket> URL, or null for anything else. */
export function parseDocumentTicket(url: string): string | null {
  const path = pathOf(url, 'document');
  return path === null ? null : (TICKET.exec(path)?.[1] ?? null);
}

export function previewUrl(previewId: string): string {
  return `${DOCUMENT_SCHEME}://preview/${previewId}`;
}

/** The preview id in a depot-doc://preview/<id> URL, or null for anything else. */
export function parsePreviewUrl(url: string): string | null {
  const path = pathOf(url, 'preview');
  return path === null ? null : (PREVIEW.exec(path)?.[1] ?? null);
}
