import type { Knex } from 'knex';
import type { z } from 'zod';
import type { Access, Actor } from './roles';
import type { CoreServices } from '../services';
import type { SessionState } from '../session/sessionStore';

/** One row of the append-only audit trail, written in the same transaction as the change. */
export type AuditEntry = {
  entity: string;
  entityId: string | number | null;
  action: string;
  before?: unknown;
  after?: unknown;
};

export type Audit = (entry: AuditEntry) => Promise<void>;

export type HandlerContext<A extends Access = Access> = {
  db: Knex;
  /** The staff member acting; null only on public channels. */
  actor: A extends 'public' ? Actor | null : Actor;
  channel: string;
  /** The client's session (one per window or browser tab). */
  session: SessionHandle;
  services: CoreServices;
  now: () => Date;
  /**
   * The channels `actor` may call, by the same access rule the dispatcher refuses by: what a
   * screen offers is computed here, never copied into the renderer (issue 11, item 1).
   */
  channelsFor: (actor: Actor | null) => string[];
  /** Runs `work` in one transaction; every audit entry it writes commits or rolls back with it. */
  write: <T>(work: (trx: Knex.Transaction, audit: Audit) => Promise<T>) => Promise<T>;
};

export type SessionHandle = {
  readonly clientKey: string;
  state: () => SessionState;
  signIn: (actor: Actor) => void;
  lock: () => void;
  signOut: () => void;
};

export type HandlerDef<A extends Access, S extends z.ZodType, R> = {
  /** One line for docs/api.md. */
  summary: string;
  access: A;
  input: S;
  run: (ctx: HandlerContext<A>, input: z.output<S>) => Promise<R>;
};

// The map's entries are stored with their types erased to this shape; the precise types are
// recovered from `typeof handlers` by HandlerInput/HandlerOutput below.
export type AnyHandler = {
  summary: string;
  access: Access;
  input: z.ZodType;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the erased signature of a typed handler
  run: (ctx: HandlerContext<any>, input: any) => Promise<unknown>;
};

export function defineHandler<const A extends Access, S extends z.ZodType, R>(
  def: HandlerDef<A, S, R>,
): HandlerDef<A, S, R> {
  return def;
}

export type HandlerMap = Record<string, AnyHandler>;

export type HandlerInput<H> = H extends { input: infer S extends z.ZodType } ? z.input<S> : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- only the result type is read
export type HandlerOutput<H> = H extends { run: (...args: any[]) => Promise<infer R> } ? R : never;
