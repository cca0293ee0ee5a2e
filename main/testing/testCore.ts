import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../core';
import { DepotError } from '../contract/errors';
import type { Channel, Input, Output } from '../handlers';
import type { Role } from '../contract/roles';
import { resourcesDir } from '../cli/paths';

// Tests call the core exactly as the UI does: through the dispatcher, as a named client, with a
// fresh database file per test.

export type TestClient = {
  key: string;
  call: <K extends Channel>(channel: K, input: Input<K>) => Promise<Output<K>>;
  /** Raw call with any input, for refused and malformed requests. */
  raw: (channel: string, input: unknown) => ReturnType<Core['invoke']>;
};

export type TestDepot = {
  core: Core;
  dir: string;
  clock: { now: Date; advanceMinutes: (m: number) => void };
  client: (key: string) => TestClient;
  /** The first admin, created through session/setup. */
  admin: TestClient;
  /** A signed-in client for a new staff member with these roles (PIN 4321). */
  as: (roles: Role[], username?: string) => Promise<TestClient>;
  close: () => Promise<void>;
};

export const TEST_PIN = '4321';

export async function createTestDepot(): Promise<TestDepot> {
  const dir = mkdtempSync(join(tmpdir(), 'depot-test-'));
  const clock = {
    now: new Date('2026-11-27T01:00:00.000Z'),
    advanceMinutes(m: number) {
      clock.now = new Date(clock.now.getTime() + m * 60_000);
    },
  };
  const core = await openCore({
    dbFile: join(dir, 'depot.sqlite'),
    dataDir: join(dir, 'data'),
    resourcesDir,
    host: { kind: 'test', version: '0.0.0-test' },
    now: () => clock.now,
  });

  const client = (key: string): TestClient => ({
    key,
    raw: (channel, input) => core.invoke(key, channel, input),
    async call(channel, input) {
      const result = await core.invoke(key, channel, input);
      if (!result.ok) throw DepotError.fromData(result.error);
      return result.data as Output<typeof channel>;
    },
  });

  const admin = client('admin-window');
  await admin.call('session/setup', { username: 'boss', displayName: '老闆 Boss', pin: TEST_PIN });

  let counter = 0;
  return {
    core,
    dir,
    clock,
    client,
    admin,
    async as(roles, username) {
      counter += 1;
      const name = username ?? `${roles[0].replace('_', '')}${counter}`;
      const staff = await admin.call('staff/create', {
        username: name,
        displayName: `Staff ${name}`,
        roles,
        pin: TEST_PIN,
      });
      const c = client(`window-${name}`);
      await c.call('session/signIn', { staffId: staff.id, pin: TEST_PIN });
      return c;
    },
    async close() {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Expects a refused call and returns its error for further checks. */
export async function refused(promise: Promise<unknown>): Promise<DepotError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DepotError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused, but it succeeded');
}
