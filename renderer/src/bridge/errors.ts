import type { ErrorCode, ErrorData } from '../../../main/contract/errors';

/** Codes the renderer can see: the core's codes, plus TRANSPORT when the core was unreachable. */
export type ClientErrorCode = ErrorCode | 'TRANSPORT';

export type FieldIssue = { field: string; message: string };

/**
 * A core error rebuilt on the renderer side (STYLE.md habit 5): screens switch on `code` and read
 * `details` (VALIDATION issues, BAD_PIN tries left) instead of parsing a message string.
 */
export class DepotClientError extends Error {
  readonly code: ClientErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ClientErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DepotClientError';
    this.code = code;
    this.details = details;
  }

  static fromData(data: ErrorData): DepotClientError {
    return new DepotClientError(data.code, data.message, data.details);
  }

  /** VALIDATION issues as field paths ('depot.name', 'pin'); empty for other errors. */
  get issues(): FieldIssue[] {
    const raw = this.details?.issues;
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (i): i is FieldIssue =>
        typeof i === 'object' &&
        i !== null &&
        typeof (i as FieldIssue).field === 'string' &&
        typeof (i as FieldIssue).message === 'string',
    );
  }

  /** A number from details, e.g. BAD_PIN's triesLeft. */
  detailNumber(key: string): number | undefined {
    const value = this.details?.[key];
    return typeof value === 'number' ? value : undefined;
  }

  detailString(key: string): string | undefined {
    const value = this.details?.[key];
    return typeof value === 'string' ? value : undefined;
  }
}

export function isClientError(error: unknown, code?: ClientErrorCode): error is DepotClientError {
  return error instanceof DepotClientError && (code === undefined || error.code === code);
}

/** Anything thrown, as a client error (a bug in the renderer must not show a blank message). */
export function asClientError(error: unknown): DepotClientError {
  if (error instanceof DepotClientError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DepotClientError('TRANSPORT', message);
}
