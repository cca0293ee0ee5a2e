import type { Knex } from 'knex';
import { writeAudit } from '../audit/auditLog';
import type { AnyHandler, Audit, HandlerContext } from '../contract/handler';
import { parseInput } from '../contract/validation';
import { handlers, type Channel, type Input, type Output } from '../handlers';
import type { CoreServices } from '../services';
import { createSettingsStore } from '../settings/settingsStore';
import { listStaff, toActor } from '../staff/staffRepo';

// The depot's own channels, called as a named member of staff at a given moment, inside one
// outer transaction: each call's write is a savepoint of it, so months of history cost no fsync
// per call and a failed seed leaves nothing behind. Validation, access rules, guards and audit
// rows are the dispatcher's own (the handler's `run` with the parsed input).

export type HistoryCall = <K extends Channel>(
  username: string,
  channel: K,
  raw: Input<K>,
  at: Date,
) => Promise<Output<K>>;

export async function historyChannels(
  trx: Knex | Knex.Transaction,
  dataDir: string,
): Promise<HistoryCall> {
  const staff = await listStaff(trx, true);
  const settings = createSettingsStore();
  await settings.load(trx);
  // Acceptance stores the customer's signature in the data folder and reads the settings.
  const services = { dataDir, settings } as Partial<CoreServices>;
  return async function call<K extends Channel>(
    username: string,
    channel: K,
    raw: Input<K>,
    at: Date,
  ): Promise<Output<K>> {
    const person = staff.find((s) => s.username === username);
    if (!person) throw new Error(`The demo staff member ${username} is missing`);
    const actor = toActor(person);
    const handler: AnyHandler = handlers[channel];
    const access = handler.access;
    if (typeof access !== 'string' && !access.some((r) => actor.roles.includes(r))) {
      throw new Error(`${username} may not call ${channel}`);
    }
    const ctx: HandlerContext = {
      db: trx,
      actor,
      channel,
      now: () => at,
      write: (work) =>
        trx.transaction(async (inner) => {
          const audit: Audit = (entry) =>
            writeAudit(inner, { ...entry, channel, staffId: actor.id, at });
          return work(inner, audit);
        }),
      channelsFor: () => {
        throw new Error(`${channel} asks what a person may do, which the demo seed does not know`);
      },
      get session(): HandlerContext['session'] {
        throw new Error(`${channel} needs a session, which the demo seed does not have`);
      },
      services: new Proxy(services, {
        get(target, key: string) {
          if (key in target) return target[key as keyof CoreServices];
          throw new Error(`${channel} needs ${key}, which the demo seed does not have`);
        },
      }) as CoreServices,
    };
    return (await handler.run(ctx, parseInput(channel, handler.input, raw))) as Output<K>;
  };
}
