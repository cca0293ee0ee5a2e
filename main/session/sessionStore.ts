import type { Actor } from '../contract/roles';
import type { SessionHandle } from '../contract/handler';

// One session per client (an Electron window or a browser tab). A shared workstation switches
// staff by PIN; after the idle minutes set in Settings the session locks itself and every
// non-public channel answers SESSION_LOCKED until someone signs in again.

export type SessionState =
  | { status: 'signedOut' }
  | { status: 'signedIn'; actor: Actor }
  | { status: 'locked'; actor: Actor };

type Entry = { actor: Actor | null; locked: boolean; lastSeen: number };

export type SessionStore = {
  /** Current state after applying the idle lock; a signed-in person's own action restarts it. */
  touch: (clientKey: string) => SessionState;
  /** Current state after applying the idle lock, without counting as activity (public calls). */
  peek: (clientKey: string) => SessionState;
  handle: (clientKey: string) => SessionHandle;
  /** Drops the actor from every session (staff deactivated or roles changed). */
  refreshActor: (actor: Actor | null, staffId: number) => void;
};

export function createSessionStore(deps: {
  idleMinutes: () => number;
  now: () => Date;
}): SessionStore {
  const entries = new Map<string, Entry>();

  function state(clientKey: string, record: boolean): SessionState {
    const entry = entries.get(clientKey);
    if (!entry || !entry.actor) return { status: 'signedOut' };
    const nowMs = deps.now().getTime();
    const idleMs = deps.idleMinutes() * 60_000;
    if (!entry.locked && idleMs > 0 && nowMs - entry.lastSeen > idleMs) entry.locked = true;
    if (entry.locked) return { status: 'locked', actor: entry.actor };
    if (record) entry.lastSeen = nowMs;
    return { status: 'signedIn', actor: entry.actor };
  }

  return {
    touch: (clientKey) => state(clientKey, true),
    peek: (clientKey) => state(clientKey, false),
    handle: (clientKey) => ({
      clientKey,
      state: () => state(clientKey, false),
      signIn(actor) {
        entries.set(clientKey, { actor, locked: false, lastSeen: deps.now().getTime() });
      },
      lock() {
        const entry = entries.get(clientKey);
        if (entry) entry.locked = true;
      },
      signOut() {
        entries.delete(clientKey);
      },
    }),
    refreshActor(actor, staffId) {
      for (const [key, entry] of entries) {
        if (entry.actor?.id !== staffId) continue;
        if (actor) entry.actor = actor;
        else entries.delete(key);
      }
    },
  };
}
