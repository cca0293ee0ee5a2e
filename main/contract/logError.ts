import { DepotError } from './errors';

// Logs carry no customer data (issue 9, defect 10). A failing query's message holds the SQL with
// its bound values (names, phones, addresses: knex writes them into the message), and other
// errors may quote their input (JSON.parse does). So a log line says where the failure was, the
// error's class and code, SQLite's own reason, the ids of the records involved and the stack
// frames, and never the message of an error the depot did not write, nor its SQL.

export type LogIds = Record<string, number>;

const CODE = /^[A-Z][A-Z0-9_]{1,40}$/;
const NAME = /^[A-Za-z][\w]{0,40}$/;
/**
 * SQLite's reason after its code: "UNIQUE constraint failed: customers.phone", "disk I/O error",
 * a trigger's RAISE text. It names tables, columns and constraints, never a bound value; anything
 * else (a non-ASCII character, quotes) means it is not SQLite's own text, and it is left out.
 */
const SQLITE_REASON = /^[A-Za-z0-9 _.,:/()-]{1,160}$/;
const MAX_FRAMES = 12;
/** "at fn (file:line:col)", "at file:line:col", "at fn (native)": the shape V8 writes. */
const FRAME = /^\s+at (?:\S.* \()?(?:\S+:\d+:\d+|native|<anonymous>)\)?$/;

function sqliteReason(message: string, code: string): string | null {
  // knex appends "- SQLITE_X: reason" after the SQL, so the last marker is SQLite's own.
  const at = message.lastIndexOf(`${code}: `);
  if (at < 0) return null;
  const reason = message.slice(at + code.length + 2).trim();
  return SQLITE_REASON.test(reason) ? reason : null;
}

/** The stack's frames only: the lines before them repeat the message. */
function frames(stack: unknown): string[] {
  if (typeof stack !== 'string') return [];
  const lines = stack.split('\n');
  const kept: string[] = [];
  // The frames are the stack's last lines, after the message: knex's message ends with SQLite's
  // reason, so a quoted value shaped like a frame is never among them.
  for (let i = lines.length - 1; i >= 0 && FRAME.test(lines[i]); i -= 1) {
    kept.unshift(lines[i].trim());
  }
  return kept.slice(0, MAX_FRAMES);
}

/** What is safe to say about an error: its class, code and SQLite reason, never its message. */
export function describeError(error: unknown): string {
  if (error instanceof DepotError) return `DepotError ${error.code}`;
  if (!(error instanceof Error)) return `a thrown ${error === null ? 'null' : typeof error}`;
  const parts = [NAME.test(error.name) ? error.name : 'Error'];
  const { code, errno } = error as { code?: unknown; errno?: unknown };
  if (typeof code === 'string' && CODE.test(code)) {
    parts.push(code);
    const reason = code.startsWith('SQLITE_') ? sqliteReason(error.message, code) : null;
    if (reason) parts.push(`(${reason})`);
  }
  if (typeof errno === 'number') parts.push(`errno ${errno}`);
  if (error.cause !== undefined) parts.push(`caused by ${describeError(error.cause)}`);
  return parts.join(' ');
}

/** The numeric ids in a call's input (`id`, `ticketId`, ...): which records, not what is in them. */
export function idsOf(input: unknown): LogIds {
  if (typeof input !== 'object' || input === null) return {};
  const ids: LogIds = {};
  for (const [key, value] of Object.entries(input)) {
    if (/^(id|[a-z][A-Za-z]*Id)$/.test(key) && Number.isSafeInteger(value)) {
      ids[key] = value as number;
    }
  }
  return ids;
}

/** One line, then the frames: `[depot] tickets/create failed: Error SQLITE_FULL ... ids ...`. */
export function logError(where: string, error: unknown, ids: LogIds = {}): void {
  const idText = Object.entries(ids)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
  const stack = error instanceof Error ? frames(error.stack) : [];
  console.error(
    [`[depot] ${where} failed: ${describeError(error)}${idText ? ` [${idText}]` : ''}`]
      .concat(stack.map((frame) => `    ${frame}`))
      .join('\n'),
  );
}
