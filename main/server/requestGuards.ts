import type { IncomingMessage } from 'node:http';
import { refuse, type ErrorCode, type ErrorData, type RefuseOptions } from '../contract/errors';
import type { ReasonKey } from '../contract/reasons';

// What browser mode checks before a request reaches the core (issue 9, defects 4, 8 and 9).
// Each check answers with a refusal as data, and a refused request never reaches the core.

export type Refusal = { status: number; error: ErrorData };

/** The per-start token is the only thing between another local program and the depot's data. */
export const MIN_TOKEN_LENGTH = 32;
/** URL-safe, so it survives the printed URL and the Authorization header unchanged. */
const TOKEN_PATTERN = /^[A-Za-z0-9._~-]+$/;

/**
 * A tab's session id names who is signed in there; without it two tabs would share one sign-in.
 * The renderer sends its own random id (crypto.randomUUID()).
 */
export const SESSION_HEADER = 'X-Depot-Session';
export const SESSION_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

/** A refusal with its reason (core domain), answered with an HTTP status. */
export function refusal<K extends ReasonKey>(
  status: number,
  code: ErrorCode,
  reason: K,
  options: RefuseOptions<K>,
): Refusal {
  return { status, error: refuse(code, reason, options).toData() };
}

/** Refuses a weak or mangled DEPOT_TOKEN at start, before anything listens. */
export function checkServerToken(token: string): void {
  if (token.length < MIN_TOKEN_LENGTH) {
    throw refuse('VALIDATION', 'core.serverTokenShort', {
      params: { min: MIN_TOKEN_LENGTH, length: token.length },
      message: `DEPOT_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters (it has ${token.length}); leave it unset for a random one.`,
    });
  }
  if (!TOKEN_PATTERN.test(token)) {
    throw refuse('VALIDATION', 'core.serverTokenChars', {
      message:
        'DEPOT_TOKEN may hold only letters, digits and . _ ~ - (it travels in a URL and a header).',
    });
  }
}

/** The core's client key of the tab that sent the request, or why there is none. */
export function sessionKey(req: IncomingMessage): string | Refusal {
  const id = req.headers[SESSION_HEADER.toLowerCase()];
  if (typeof id === 'string' && SESSION_PATTERN.test(id)) return `http:${id}`;
  return refusal(400, 'VALIDATION', 'core.sessionHeaderMissing', {
    params: { header: SESSION_HEADER },
    message: `Every call needs its tab's own ${SESSION_HEADER} header: 1 to 100 letters, digits, - or _ (a random id such as crypto.randomUUID()).`,
    details: { header: SESSION_HEADER },
  });
}

/**
 * A page on another site may send requests to 127.0.0.1 but cannot hide where it comes from:
 * a browser names it in Origin. Programs that are not browsers send none, and still need the
 * token.
 */
export function checkOrigin(req: IncomingMessage, port: number): Refusal | null {
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  if (origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`) return null;
  return refusal(403, 'FORBIDDEN', 'core.foreignOrigin', {
    message: 'Requests from another site are refused.',
    details: { origin },
  });
}

/**
 * Calls are JSON: a cross-site form can post text/plain without asking the browser first, but
 * not application/json.
 */
export function checkJsonBody(req: IncomingMessage): Refusal | null {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json') return null;
  return refusal(415, 'VALIDATION', 'core.jsonOnly', {
    message: 'Send the input as Content-Type: application/json.',
    details: { header: 'Content-Type' },
  });
}

/** A path's %-escapes decoded, or null when they are malformed (decodeURIComponent throws). */
export function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

export const badPath = (): Refusal =>
  refusal(400, 'VALIDATION', 'core.badPath', { message: 'The path is not valid %-encoded UTF-8.' });
