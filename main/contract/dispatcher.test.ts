import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { DepotError } from './errors';
import { combineHandlerMaps, createDispatcher } from './dispatcher';
import { defineHandler } from './handler';
import { handlers, type Input, type Output } from '../handlers';
import type { Settings } from '../settings/settingsSchema';
import type { Actor } from './roles';
import type { DataChanged } from '../events';

let depot: TestDepot;
beforeEach(async () => {
  depot = await createTestDepot();
});
afterEach(() => depot.close());

describe('the dispatcher', () => {
  it('refuses an unknown channel', async () => {
    const result = await depot.admin.raw('tickets/teleport', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'UNKNOWN_CHANNEL',
        message: 'No such channel: tickets/teleport',
        reason: 'access.unknownRequest',
        params: {},
      },
    });
  });

  it('does not treat inherited object keys as channels', async () => {
    const result = await depot.admin.raw('constructor', {});
    expect(result.ok).toBe(false);
  });

  it('names every bad field and writes nothing', async () => {
    const before = await depot.core.db('staff').count<{ n: number }[]>({ n: '*' });
    const result = await depot.admin.raw('staff/create', {
      username: '1x',
      displayName: '',
      roles: [],
      pin: '12',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    const fields = (result.error.details?.issues as { field: string }[]).map((i) => i.field).sort();
    expect(fields).toEqual(['displayName', 'pin', 'roles', 'username']);
    expect(result.error.message).toMatch(/pin: PIN must be 4 to 8 digits/);
    const after = await depot.core.db('staff').count<{ n: number }[]>({ n: '*' });
    expect(after).toEqual(before);
  });

  it('refuses unknown fields rather than ignoring them', async () => {
    const error = await refused(
      depot.admin.call('settings/update', { depot: { name: 'X' }, evil: 1 } as never),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/evil/);
  });

  it('requires a signed-in staff member for non-public channels', async () => {
    const stranger = depot.client('stranger');
    const error = await refused(stranger.call('settings/get', {}));
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a technician calling a supervisor-only channel, in the core', async () => {
    const tech = await depot.as(['technician']);
    const error = await refused(tech.call('audit/list', {}));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/may not use audit\/list/);
    const supervisor = await depot.as(['supervisor']);
    await expect(supervisor.call('audit/list', {})).resolves.toBeInstanceOf(Array);
  });

  it('refuses a technician changing settings and records nothing', async () => {
    const tech = await depot.as(['technician']);
    const error = await refused(tech.call('settings/update', { depot: { name: 'Hijacked' } }));
    expect(error.code).toBe('FORBIDDEN');
    const settings = await depot.admin.call('settings/get', {});
    expect(settings.depot.name).toBe('Depot');
  });

  it('hides internal failures behind a generic message', async () => {
    await depot.core.db.raw('DROP TABLE documents');
    const result = await depot.admin.raw('documents/list', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: expect.stringMatching(/Internal error/),
        reason: 'core.internal',
        params: {},
      },
    });
  });
});

describe('combining handler maps', () => {
  const ping = defineHandler({
    summary: 'ping',
    access: 'public',
    input: z.object({}),
    run: async () => 'pong',
  });

  it('refuses a channel declared twice', () => {
    expect(() => combineHandlerMaps({ 'a/ping': ping }, { 'a/ping': ping })).toThrow(
      /declared twice/,
    );
  });

  it('refuses a channel that is not domain/verb', () => {
    expect(() => combineHandlerMaps({ ping })).toThrow(/not domain\/verb/);
  });

  it('every real channel declares who may call it', () => {
    for (const [channel, handler] of Object.entries(handlers)) {
      expect(handler.access, channel).toBeDefined();
      expect(handler.summary.length, channel).toBeGreaterThan(5);
    }
  });
});

describe('the contract types', () => {
  it("carries each channel's input and result types to callers", () => {
    expectTypeOf<Output<'settings/get'>>().toEqualTypeOf<Settings>();
    expectTypeOf<Output<'session/signIn'>>().toEqualTypeOf<Actor>();
    expectTypeOf<Input<'session/signIn'>>().toEqualTypeOf<{ staffId: number; pin: string }>();
  });
});

describe('change events (issue 11, item 3: live screens)', () => {
  /** Every data/changed the core publishes from now on. */
  function listen(): DataChanged[] {
    const seen: DataChanged[] = [];
    depot.core.events.on('data/changed', (change) => seen.push(change));
    return seen;
  }

  const lastAuditId = async () =>
    Number((await depot.core.db('audit_log').max('id as id').first())?.id);

  /** A dispatcher over one test handler, on the test depot's database and sessions. */
  function dispatcherFor(run: Parameters<typeof defineHandler>[0]['run']) {
    const handler = defineHandler({
      summary: 'a test write',
      access: 'public',
      input: z.object({}),
      run,
    });
    return createDispatcher(
      { 'test/write': handler },
      {
        db: depot.core.db,
        services: depot.core.services,
        sessions: depot.core.services.sessions,
        now: () => depot.clock.now,
      },
    );
  }

  it('a committed write tells who changed which records, with the last audit row as version', async () => {
    const seen = listen();
    await depot.admin.call('settings/update', { depot: { name: 'North Depot' } });
    const [admin] = await depot.core.db('staff').where({ username: 'boss' }).select('id');
    expect(seen).toEqual([
      {
        changes: [{ entity: 'settings', id: 'depot' }],
        by: { id: admin.id, displayName: '老闆 Boss' },
        channel: 'settings/update',
        version: await lastAuditId(),
      },
    ]);
    await depot.admin.call('settings/update', { depot: { name: 'South Depot' } });
    expect(seen[1].version).toBeGreaterThan(seen[0].version);
  });

  it('publishes once the transaction has committed, each record once', async () => {
    const seen = listen();
    let seenInside = -1;
    const dispatcher = dispatcherFor((ctx) =>
      ctx.write(async (_trx, audit) => {
        await audit({ entity: 'ticket', entityId: 7, action: 'note' });
        await audit({ entity: 'ticket', entityId: 7, action: 'labour' });
        await audit({ entity: 'requisition', entityId: 3, action: 'create' });
        seenInside = seen.length;
      }),
    );
    expect((await dispatcher.invoke('nobody', 'test/write', {})).ok).toBe(true);
    expect(seenInside).toBe(0);
    expect(seen).toEqual([
      {
        changes: [
          { entity: 'ticket', id: '7' },
          { entity: 'requisition', id: '3' },
        ],
        by: null,
        channel: 'test/write',
        version: await lastAuditId(),
      },
    ]);
  });

  it('a refused or rolled-back write publishes nothing', async () => {
    const tech = await depot.as(['technician']);
    const seen = listen();
    await refused(tech.call('settings/update', { depot: { name: 'Hijacked' } }));
    await refused(depot.admin.call('settings/update', { depot: { name: '' } }));
    // Audited, then refused inside the transaction: the audit row goes, and nothing is told.
    const before = await lastAuditId();
    const dispatcher = dispatcherFor((ctx) =>
      ctx.write(async (_trx, audit) => {
        await audit({ entity: 'settings', entityId: 'depot', action: 'update' });
        throw new DepotError('CONFLICT', 'refused after the audit row');
      }),
    );
    expect((await dispatcher.invoke('nobody', 'test/write', {})).ok).toBe(false);
    expect(await lastAuditId()).toBe(before);
    expect(seen).toEqual([]);
  });

  it('a write that records nothing (a draft) tells no screen', async () => {
    const clerk = await depot.as(['intake_clerk']);
    const seen = listen();
    await clerk.call('drafts/save', { form: 'intake', data: { serial: 'WM80-1' } });
    await clerk.call('drafts/clear', { form: 'intake' });
    expect(seen).toEqual([]);
  });

  it('a failing listener does not turn a committed write into a failure', async () => {
    depot.core.events.on('data/changed', () => {
      throw new Error('a window went away');
    });
    const result = await depot.admin.raw('settings/update', { depot: { name: 'Still saved' } });
    expect(result.ok).toBe(true);
    expect((await depot.admin.call('settings/get', {})).depot.name).toBe('Still saved');
  });
});
