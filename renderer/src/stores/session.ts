import { create } from 'zustand';
import type { Actor } from '../../../main/contract/roles';
import type { SessionStatus } from '../../../main/session/handlers';
import { invoke } from '../bridge';

/** Why the sign-in screen is showing: nobody signed in, the workstation locked, or a switch. */
export type SignInMode = 'signIn' | 'locked' | 'switch';

type SessionState = {
  status: SessionStatus | null;
  /** Load failure of session/status (the core is unreachable). */
  loadError: string | null;
  /** Set by "Switch staff": the lock screen opens with nobody preselected. */
  switching: boolean;
  refresh: () => Promise<void>;
  signedIn: (actor: Actor) => void;
  /** The core locked this client (idle, Ctrl+L, or a SESSION_LOCKED reply). */
  markLocked: (opts?: { switching?: boolean }) => void;
  signedOut: () => void;
  /** Locks this workstation (Ctrl+L, idle, "Switch staff"); the screen locks even offline. */
  lock: (opts?: { switching?: boolean }) => Promise<void>;
  signOut: () => Promise<void>;
};

export const useSession = create<SessionState>()((set, get) => ({
  status: null,
  loadError: null,
  switching: false,
  async refresh() {
    try {
      const status = await invoke('session/status', {});
      set({ status, loadError: null });
    } catch (error) {
      set({ loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  signedIn(actor) {
    const status = get().status;
    if (!status) return;
    set({
      status: { ...status, needsSetup: false, state: 'signedIn', staff: actor },
      switching: false,
    });
  },
  markLocked(opts) {
    const status = get().status;
    if (!status?.staff) return;
    set({ status: { ...status, state: 'locked' }, switching: opts?.switching ?? false });
  },
  signedOut() {
    const status = get().status;
    if (!status) return;
    set({ status: { ...status, state: 'signedOut', staff: null }, switching: false });
  },
  async lock(opts) {
    try {
      await invoke('session/lock', {});
    } finally {
      get().markLocked(opts);
    }
  },
  async signOut() {
    await invoke('session/signOut', {});
    get().signedOut();
  },
}));

export function hasRole(actor: Actor | null, ...roles: Actor['roles']): boolean {
  return actor !== null && actor.roles.some((r) => roles.includes(r));
}
