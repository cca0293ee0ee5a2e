// Printed documents are addressed as depot-doc://document/<id>: the renderer opens that URL,
// the shell shows it in its preview window, and the scheme serves the archived, verified bytes.
export const DOCUMENT_SCHEME = 'depot-doc';

export function documentUrl(id: number): string {
  return `${DOCUMENT_SCHEME}://document/${id}`;
}

/** The document id in a depot-doc URL, or null for anything else. */
export function parseDocumentUrl(url: string): number | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${DOCUMENT_SCHEME}:` || parsed.hostname !== 'document') return null;
  const match = /^\/([1-9]\d{0,14})\/?$/.exec(parsed.pathname);
  return match ? Number(match[1]) : null;
}
