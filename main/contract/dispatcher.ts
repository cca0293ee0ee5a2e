import type { Knex } from 'knex';
import { DepotError, refuse, toErrorData, type Result } from './errors';
import { mayCall, type Actor } from './roles';
import { allowedChannels } from './allowedChannels';
import { parseInput } from './validation';
import type { AnyHandler, Audit, HandlerContext, HandlerMap } from './handler';
import type { CoreServices } from '../services';
import type { SessionStore } from '../session/sessionStore';
import { writeAudit } from '../audit/auditLog';
import { idsOf, logError } from './logError';
import type { CoreEvents, DataChange, DataChanged } from '../events';

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

/** The newest audit row's id, read inside the writer's transaction: the change's version. */
async function lastAuditId(trx: Knex.Transaction): Promise<number> {
  const row = (await trx('audit_log').max('id as id').first()) as { id: number | null } | undefined;
  return Number(row?.id ?? 0);
}

/** A listener's failure must not turn a committed write into a reported failure. */
function publishChange(events: CoreEvents, change: DataChanged): void {
  try {
    events.emit('data/changed', change);
  } catch (error) {
    logError('data/changed', error, {});
  }
}

export function createDispatcher(
  handlers: HandlerMap,
  deps: { db: Knex; services: CoreServices; sessions: SessionStore; now: () => Date },
): Dispatcher {
  const { db, services, sessions, now } = deps;

  const channelsFor = (actor: Actor | null) => allowedChannels(handlers, actor);

  async function run(clientKey: string, channel: string, rawInput: unknown): Promise<unknown> {
    const handler: AnyHandler | undefined = Object.hasOwn(handlers, channel)
      ? handlers[channel]
      : undefined;
    if (!handler) {
      throw refuse('UNKNOWN_CHANNEL', 'access.unknownRequest', {
        message: `No such channel: ${channel}`,
      });
    }

    // The idle lock counts only the signed-in person's own actions: public channels (app/info,
    // session/status, the roster) are the screen looking around, and must not keep it awake.
    const state =
      handler.access === 'public' ? sessions.peek(clientKey) : sessions.touch(clientKey);
    if (handler.access !== 'public') {
      if (state.status === 'locked') {
        throw refuse('SESSION_LOCKED', 'access.locked', {
          message: 'This workstation is locked; sign in with your PIN.',
        });
      }
      if (state.status === 'signedOut') {
        throw refuse('UNAUTHENTICATED', 'access.signInFirst', { message: 'Sign in first.' });
      }
    }
    const actor = state.status === 'signedIn' ? state.actor : null;
    if (!mayCall(handler.access, actor)) {
      const allowed = Array.isArray(handler.access) ? handler.access.join(', ') : handler.access;
      // Staff read "your role may not do this"; the channel and the roles are for the log.
      throw refuse('FORBIDDEN', 'access.roleMayNot', {
        message: `${actor?.displayName ?? 'Nobody'} may not use ${channel} (allowed: ${allowed}).`,
        details: { channel, allowed: handler.access },
      });
    }
    const input = parseInput(channel, handler.input, rawInput);

    const ctx: HandlerContext = {
      db,
      actor,
      channel,
      services,
      now,
      session: sessions.handle(clientKey),
      channelsFor,
      write: async (work) => {
        // What the write changed, from the audit rows it writes (one mechanism for every
        // handler); told to the screens only once the transaction has committed.
        const changes = new Map<string, DataChange>();
        let version = 0;
        const answer = await db.transaction(async (trx) => {
          const audit: Audit = async (entry) => {
            await writeAudit(trx, { ...entry, channel, staffId: actor?.id ?? null, at: now() });
            const id = entry.entityId === null ? null : String(entry.entityId);
            changes.set(`${entry.entity}:${id}`, { entity: entry.entity, id });
          };
          const result = await work(trx, audit);
          version = await lastAuditId(trx);
          return result;
        });
        // A write that recorded nothing (a draft being typed) changes no shared record: the
        // screens are not told, so a draft saved while typing reloads nothing anywhere.
        if (changes.size === 0) return answer;
        publishChange(services.events, {
          changes: [...changes.values()],
          by: actor && { id: actor.id, displayName: actor.displayName },
          channel,
          version,
        });
        return answer;
      },
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
