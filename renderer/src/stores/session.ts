import { create } from 'zustand';
import type { Actor } from '../../../main/contract/roles';
import type { SessionStatus } from '../../../main/session/handlers';
import { invoke, type Channel } from '../bridge';
import { beforeLeave } from './beforeLeave';

/** Why the sign-in screen is showing: nobody signed in, the workstation locked, or a switch. */
export type SignInMode = 'signIn' | 'locked' | 'switch';

type SessionState = {
  status: SessionStatus | null;
  /** Load failure of session/status (the core is unreachable). */
  loadError: string | null;
  /** Set by "Switch staff": the lock screen opens with nobody preselected. */
  switching: boolean;
  refresh: () => Promise<void>;
  signedIn: (actor: Actor) => Promise<void>;
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
  async signedIn(actor) {
    // What the new person may do comes from the core (session/status), never from a role copy;
    // it is read before the workbench shows, so nobody lands by a list of nothing.
    try {
      const status = await invoke('session/status', {});
      if (status.staff?.id === actor.id) return set({ status, loadError: null, switching: false });
    } catch {
      // Offline for a moment: the person is signed in; what they may do arrives with a refresh.
    }
    const status = get().status;
    if (!status) return;
    set({
      status: { ...status, needsSetup: false, state: 'signedIn', staff: actor, allowed: [] },
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
    // A half-typed form saves its draft while the core still takes it (issue 11, item 4).
    await beforeLeave();
    try {
      await invoke('session/lock', {});
    } finally {
      get().markLocked(opts);
    }
  },
  async signOut() {
    await beforeLeave();
    await invoke('session/signOut', {});
    get().signedOut();
  },
}));

/**
 * Whether the signed-in person may call `channel`, as the core answered in session/status (its
 * own access rule): screens offer what this allows and hide the rest; the core still refuses.
 */
export function mayUse(status: SessionStatus | null, channel: Channel): boolean {
  return status?.state === 'signedIn' && status.allowed.includes(channel);
}

/** `mayUse` for the current session, as a hook. */
export function useCan(channel: Channel): boolean {
  return useSession((s) => mayUse(s.status, channel));
}
