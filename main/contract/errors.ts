import type { Params, ReasonKey, ReasonParams } from './reasons';

// Errors cross every boundary as data (STYLE.md habit 5): a screen can then say
// "PIN is wrong, 3 tries left" instead of "Error invoking remote method".
// A refusal is data too (STYLE.md 15, issue 11 item 2): `reason` is a stable key of the registry
// (./reasons.ts) and `params` the values its text needs, so the renderer says it in the reader's
// language; `field` is the input path it is about ('lines.0.quantity'), never text in a message.
// `message` is English, for the log and for whoever reads the core's answer raw.

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

/** One bad field of a VALIDATION error (details.issues). */
export type FieldIssue = { field: string; message: string; reason: ReasonKey; params: Params };

export type ErrorData = {
  code: ErrorCode;
  message: string;
  reason?: ReasonKey;
  params?: Params;
  field?: string;
  details?: Record<string, unknown>;
};

type Refusal = { reason?: ReasonKey; params?: Params; field?: string };

export class DepotError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  readonly reason?: ReasonKey;
  readonly params?: Params;
  readonly field?: string;

  /** Prefer `refuse(...)`, which checks the reason and its parameters. */
  constructor(
    code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
    refusal?: Refusal,
  ) {
    super(message);
    this.name = 'DepotError';
    this.code = code;
    this.details = details;
    this.reason = refusal?.reason;
    this.params = refusal?.reason === undefined ? undefined : (refusal.params ?? {});
    this.field = refusal?.field;
  }

  /** The same refusal about another field: a pure engine's field renamed to where it was typed. */
  onField(field: string, message: string = this.message): DepotError {
    return new DepotError(this.code, message, this.details, {
      reason: this.reason,
      params: this.params,
      field,
    });
  }

  toData(): ErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.reason !== undefined && { reason: this.reason, params: this.params ?? {} }),
      ...(this.field !== undefined && { field: this.field }),
      ...(this.details !== undefined && { details: this.details }),
    };
  }

  static fromData(data: ErrorData): DepotError {
    return new DepotError(data.code, data.message, data.details, {
      reason: data.reason,
      params: data.params,
      field: data.field,
    });
  }
}

export type RefuseOptions<K extends ReasonKey> = {
  /** English, for the log. */
  message: string;
  /** The input path the refusal is about, when it is about one: the screen puts it there. */
  field?: string;
  /** Anything else a caller or a test reads (expected/actual versions, ids). */
  details?: Record<string, unknown>;
} & (ReasonParams<K> extends Record<string, never>
  ? { params?: ReasonParams<K> }
  : { /** The values the reason's text needs. */ params: ReasonParams<K> });

/**
 * A refusal with its reason, e.g.
 *
 *     throw refuse('RULE', 'stock.onlyOnHand', {
 *       params: { onHand: 2, quantity: 3 },
 *       field: 'quantity',
 *       message: 'Only 2 on hand; cannot take 3.',
 *     });
 *
 * TypeScript accepts only a registered reason with exactly its parameters.
 */
export function refuse<K extends ReasonKey>(
  code: ErrorCode,
  reason: K,
  options: RefuseOptions<K>,
): DepotError {
  return new DepotError(code, options.message, options.details, {
    reason,
    params: (options.params ?? {}) as Params,
    field: options.field,
  });
}

/** Turns anything thrown into error data; unknown failures never leak their internals. */
export function toErrorData(error: unknown): ErrorData {
  if (error instanceof DepotError) return error.toData();
  return {
    code: 'INTERNAL',
    message: 'Internal error in the Depot core; see the log.',
    reason: 'core.internal',
    params: {},
  };
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorData };
