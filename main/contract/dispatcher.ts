import type { Knex } from 'knex';
import { DepotError, toErrorData, type Result } from './errors';
import { mayCall } from './roles';
import { parseInput } from './validation';
import type { AnyHandler, Audit, HandlerContext, HandlerMap } from './handler';
import type { CoreServices } from '../services';
import type { SessionStore } from '../session/sessionStore';
import { writeAudit } from '../audit/auditLog';
import { idsOf, logError } from './logError';

export type Dispatcher = {
  invoke: (clientKey: string, channel: string, input: unknown) => Promise<Result<unknown>>;
  channels: () => string[];
};

/** Combines domain maps into one; a channel declared twice stops start-up. */
export function combineHandlerMaps<const M extends readonly HandlerMap[]>(
  ...maps: M
): UnionToIntersection<M[number]> {
  const combined: HandlerMap = {};
  for (const map of maps) {
    for (const [channel, handler] of Object.entries(map)) {
      if (!/^[a-z][a-zA-Z]*\/[a-z][a-zA-Z]*$/.test(channel)) {
        throw new Error(`Channel name "${channel}" is not domain/verb`);
      }
      if (channel in combined) throw new Error(`Channel "${channel}" is declared twice`);
      combined[channel] = handler;
    }
  }
  return combined as UnionToIntersection<M[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

export function createDispatcher(
  handlers: HandlerMap,
  deps: { db: Knex; services: CoreServices; sessions: SessionStore; now: () => Date },
): Dispatcher {
  const { db, services, sessions, now } = deps;

  async function run(clientKey: string, channel: string, rawInput: unknown): Promise<unknown> {
    const handler: AnyHandler | undefined = Object.hasOwn(handlers, channel)
      ? handlers[channel]
      : undefined;
    if (!handler) throw new DepotError('UNKNOWN_CHANNEL', `No such channel: ${channel}`);

    // The idle lock counts only the signed-in person's own actions: public channels (app/info,
    // session/status, the roster) are the screen looking around, and must not keep it awake.
    const state =
      handler.access === 'public' ? sessions.peek(clientKey) : sessions.touch(clientKey);
    if (handler.access !== 'public') {
      if (state.status === 'locked') {
        throw new DepotError(
          'SESSION_LOCKED',
          'This workstation is locked; sign in with your PIN.',
        );
      }
      if (state.status === 'signedOut') {
        throw new DepotError('UNAUTHENTICATED', 'Sign in first.');
      }
    }
    const actor = state.status === 'signedIn' ? state.actor : null;
    if (!mayCall(handler.access, actor)) {
      const allowed = Array.isArray(handler.access) ? handler.access.join(', ') : handler.access;
      throw new DepotError(
        'FORBIDDEN',
        `${actor?.displayName ?? 'Nobody'} may not use ${channel} (allowed: ${allowed}).`,
        { channel, allowed: handler.access },
      );
    }
    const input = parseInput(channel, handler.input, rawInput);

    const ctx: HandlerContext = {
      db,
      actor,
      channel,
      services,
      now,
      session: sessions.handle(clientKey),
      write: (work) =>
        db.transaction(async (trx) => {
          const audit: Audit = (entry) =>
            writeAudit(trx, { ...entry, channel, staffId: actor?.id ?? null, at: now() });
          return work(trx, audit);
        }),
    };
    return handler.run(ctx, input);
  }

  return {
    channels: () => Object.keys(handlers).sort(),
    async invoke(clientKey, channel, rawInput) {
      try {
        return { ok: true, data: await run(clientKey, channel, rawInput) };
      } catch (error) {
        // The channel, the error's class and code and the input's ids; never the input itself
        // nor a query's bound values (issue 9, defect 10).
        if (!(error instanceof DepotError)) logError(channel, error, idsOf(rawInput));
        return { ok: false, error: toErrorData(error) };
      }
    },
  };
}
