// Errors cross every boundary as data (STYLE.md habit 5): a screen can then say
// "PIN is wrong, 3 tries left" instead of "Error invoking remote method".

export const ERROR_CODES = [
  'VALIDATION', // the input does not match the channel's schema; details.issues names the fields
  'UNAUTHENTICATED', // nobody is signed in on this client
  'SESSION_LOCKED', // the workstation locked itself after idle minutes; sign in again
  'FORBIDDEN', // the signed-in staff member's roles do not allow this channel
  'NOT_FOUND',
  'CONFLICT', // duplicate, stale version, or a state that no longer allows the change
  'RULE', // a policy rule refuses the change (the message cites it)
  'BAD_PIN',
  'ACCOUNT_LOCKED', // too many wrong PINs
  'UNKNOWN_CHANNEL',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorData = {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
};

export class DepotError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DepotError';
    this.code = code;
    this.details = details;
  }

  toData(): ErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromData(data: ErrorData): DepotError {
    return new DepotError(data.code, data.message, data.details);
  }
}

/** Turns anything thrown into error data; unknown failures never leak their internals. */
export function toErrorData(error: unknown): ErrorData {
  if (error instanceof DepotError) return error.toData();
  return { code: 'INTERNAL', message: 'Internal error in the Depot core; see the log.' };
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorData };
