import type { ComplaintDetail } from '../../../../main/aftercare/complaintHandlers';
import type { ComplaintRow } from '../../../../main/aftercare/complaintRepo';
import type { FollowUpDetail } from '../../../../main/aftercare/followUpHandlers';
import type { FollowUpRow } from '../../../../main/aftercare/followUpRepo';
import type { Actor, Role } from '../../../../main/contract/roles';
import { complaintActionsFor, followUpActionsFor } from '../../../../main/testing/views';
import { useSession } from '../../stores/session';
import { signInStaff } from '../../test/sessionStatus';

// Follow-ups and complaints as the core sends them, for the Manage views' tests.

export const ME = { id: 7, displayName: 'Chen Mei-hua' };

export function signInAs(...roles: Role[]): void {
  signInStaff({ id: ME.id, username: 'mei', displayName: ME.displayName, roles });
}

export function followUp(id: number, patch: Partial<FollowUpRow> = {}): FollowUpRow {
  return {
    id,
    ticketId: 100 + id,
    reportNo: `R2612-${String(id).padStart(6, '0')}`,
    customerId: 50 + id,
    customerName: `Customer ${id}`,
    phone: '0912-345-678',
    deliveredAt: '2026-12-01T02:00:00.000Z',
    dueDate: '2026-12-04',
    dueAt: '2026-12-04T15:59:59.999Z',
    status: 'open',
    overdue: false,
    attempts: 0,
    satisfaction: null,
    comments: null,
    doneAt: null,
    ...patch,
  };
}

/** A follow-up as followUps/get answers it, its actions computed for whoever is signed in. */
export function followUpDetail(
  id: number,
  patch: Partial<Omit<FollowUpDetail, 'actions'>> = {},
): FollowUpDetail {
  const f = { ...followUp(id), attemptsList: [], complaints: [], ...patch };
  return Object.defineProperty(f as FollowUpDetail, 'actions', {
    enumerable: true,
    get: () => followUpActionsFor(f, reader()),
  });
}

/** Whoever is signed in when a fixture is built: the actions are computed for them. */
export function reader(): Actor {
  return (
    useSession.getState().status?.staff ?? {
      id: 0,
      username: 'nobody',
      displayName: 'Nobody',
      roles: [],
    }
  );
}

export function complaint(id: number, patch: Partial<ComplaintRow> = {}): ComplaintRow {
  return {
    id,
    ticketId: 101,
    reportNo: 'R2612-000001',
    followUpId: 1,
    description: 'The drum is noisy again',
    status: 'open',
    responsible: null,
    dueDate: null,
    overdue: false,
    resolution: null,
    rerepairTicketId: null,
    createdAt: '2026-12-07T02:00:00.000Z',
    version: 1,
    ...patch,
  };
}

/**
 * A complaint as complaints/get answers it: open, nobody's yet, unless `patch` says otherwise.
 * Its `actions` are computed by the core's own rule for whoever is signed in.
 */
export function complaintDetail(
  id: number,
  patch: Partial<Omit<ComplaintDetail, 'actions'>> = {},
): ComplaintDetail {
  const row: Omit<ComplaintDetail, 'actions'> = {
    ...complaint(id),
    timeline: [
      {
        id: 1,
        kind: 'recorded',
        from: null,
        to: 'open',
        responsibleId: null,
        dueDate: null,
        note: null,
        by: ME,
        at: '2026-12-07T02:00:00.000Z',
      },
    ],
    ...patch,
  };
  return { ...row, actions: complaintActionsFor(row, reader()) };
}
