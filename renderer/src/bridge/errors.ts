import type { ErrorCode, ErrorData } from '../../../main/contract/errors';
import type { Params, ReasonKey } from '../../../main/contract/reasons';
import { reasonText } from '../i18n/reasons';

/** Codes the renderer can see: the core's codes, plus TRANSPORT when the core was unreachable. */
export type ClientErrorCode = ErrorCode | 'TRANSPORT';

/** One bad field, its message in the reader's language. */
export type FieldIssue = { field: string; message: string };

type Refusal = { reason?: ReasonKey; params?: Params; field?: string };

/**
 * A core error rebuilt on the renderer side (STYLE.md habit 5): screens switch on `code`, read
 * `field` and `details` (BAD_PIN tries left) instead of parsing a message string.
 *
 * `message` is what staff read: the refusal's reason rendered in the current language from the
 * i18n resources (issue 11, item 2), so every screen that shows an error shows it in the reader's
 * language. The core's English text stays in `coreMessage`, for the log; it is shown only for an
 * error without a reason (TRANSPORT, a bug in the renderer).
 */
export class DepotClientError extends Error {
  readonly code: ClientErrorCode;
  readonly details?: Record<string, unknown>;
  readonly reason?: ReasonKey;
  readonly params: Params;
  /** The input path the error is about ('lines.0.quantity'): a form shows it there. */
  readonly field?: string;
  readonly coreMessage: string;

  constructor(
    code: ClientErrorCode,
    message: string,
    details?: Record<string, unknown>,
    refusal: Refusal = {},
  ) {
    super(reasonText(refusal.reason, refusal.params) ?? message);
    this.name = 'DepotClientError';
    this.code = code;
    this.details = details;
    this.reason = refusal.reason;
    this.params = refusal.params ?? {};
    // Until every domain of the core names its field as data, an older refusal names it in details.
    this.field = refusal.field ?? (typeof details?.field === 'string' ? details.field : undefined);
    this.coreMessage = message;
  }

  static fromData(data: ErrorData): DepotClientError {
    return new DepotClientError(data.code, data.message, data.details, data);
  }

  /** VALIDATION issues by field path ('depot.name', 'pin'), in the reader's language. */
  get issues(): FieldIssue[] {
    const raw = this.details?.issues;
    if (!Array.isArray(raw)) return [];
    return raw.filter(isIssue).map((i) => ({
      field: i.field,
      message: reasonText(i.reason, i.params) ?? i.message,
    }));
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

type RawIssue = FieldIssue & { reason?: string; params?: Params };

function isIssue(i: unknown): i is RawIssue {
  return (
    typeof i === 'object' &&
    i !== null &&
    typeof (i as FieldIssue).field === 'string' &&
    typeof (i as FieldIssue).message === 'string'
  );
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
