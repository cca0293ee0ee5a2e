import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { changedTables, dbChecksum } from '../testing/dbChecksum';
import { aftercareFixture, type AftercareFixture } from './aftercareFixture';

// Policy 3.6: complaints are recorded and routed to the responsible person until resolved.
// A complaint goes open → in progress → resolved → closed, every step on its timeline, and it
// is never closed unresolved.

let depot: TestDepot;
let fx: AftercareFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await aftercareFixture(depot);
});
afterEach(() => depot.close());

/** A complaint recorded from a reached follow-up on a unit delivered Friday 4 December. */
async function complaintFromCall() {
  const { ticketId, followUpId } = await fx.delivered('2026-12-04');
  fx.setClock('2026-12-07', 11);
  await fx.clerk.call('followUps/recordAttempt', {
    followUpId,
    method: 'phone',
    reached: true,
    satisfaction: 1,
    comments: 'Still leaks',
  });
  const c = await fx.clerk.call('complaints/record', {
    ticketId,
    followUpId,
    description: 'The washer still leaks after the repair',
  });
  return { ticketId, followUpId, complaint: c };
}

describe('complaints (policy 3.6)', () => {
  it('a complaint from a call is routed, worked, resolved and closed, each step on its timeline', async () => {
    const { followUpId, complaint } = await complaintFromCall();
    expect(complaint).toMatchObject({ status: 'open', followUpId, responsible: null });
    expect((await fx.clerk.call('followUps/get', { followUpId })).complaints).toMatchObject([
      { id: complaint.id },
    ]);
    const routed = await fx.supervisor.call('complaints/route', {
      complaintId: complaint.id,
      version: complaint.version,
      responsibleId: fx.techId,
      dueDate: '2026-12-09',
    });
    expect(routed).toMatchObject({
      status: 'open',
      responsible: { id: fx.techId },
      dueDate: '2026-12-09',
      overdue: false,
    });
    // On the responsible person's list and the manager's until resolved.
    expect((await fx.tech.call('complaints/mine', {})).rows.map((r) => r.id)).toEqual([
      complaint.id,
    ]);
    expect((await fx.supervisor.call('complaints/open', {})).rows.map((r) => r.id)).toEqual([
      complaint.id,
    ]);
    const started = await fx.tech.call('complaints/start', {
      complaintId: complaint.id,
      version: routed.version,
    });
    expect(started.status).toBe('in_progress');
    const resolved = await fx.tech.call('complaints/resolve', {
      complaintId: complaint.id,
      version: started.version,
      resolution: 'Door seal replaced on site',
    });
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolution: 'Door seal replaced on site',
      rerepairTicketId: null,
    });
    expect((await fx.tech.call('complaints/mine', {})).rows).toEqual([]);
    expect((await fx.supervisor.call('complaints/open', {})).rows).toEqual([]);
    const closed = await fx.supervisor.call('complaints/close', {
      complaintId: complaint.id,
      version: resolved.version,
    });
    expect(closed.status).toBe('closed');
    expect(closed.timeline.map((e) => [e.kind, e.from, e.to])).toEqual([
      ['recorded', null, 'open'],
      ['routed', 'open', 'open'],
      ['started', 'open', 'in_progress'],
      ['resolved', 'in_progress', 'resolved'],
      ['closed', 'resolved', 'closed'],
    ]);
    expect(closed.timeline[1]).toMatchObject({ responsibleId: fx.techId, dueDate: '2026-12-09' });
  });

  it('a complaint cannot be closed unresolved; the refusal changes nothing', async () => {
    const { complaint } = await complaintFromCall();
    const routed = await fx.supervisor.call('complaints/route', {
      complaintId: complaint.id,
      version: complaint.version,
      responsibleId: fx.techId,
      dueDate: '2026-12-09',
    });
    expect(routed.actions.close).toMatchObject({ allowed: false });
    const before = await dbChecksum(depot.core.db);
    const open = await refused(
      fx.supervisor.call('complaints/close', {
        complaintId: complaint.id,
        version: routed.version,
      }),
    );
    expect(open.code).toBe('RULE');
    expect(open.message).toMatch(/closed only once it is resolved \(policy 3\.6\)/);
    // The view offered the very refusal the handler answered, as data the screen renders.
    expect(routed.actions.close.refusal).toEqual({
      code: open.code,
      reason: 'aftercare.closeOnlyResolved',
      params: { id: complaint.id, state: 'open' },
      message: open.message,
    });
    expect(open).toMatchObject({
      reason: 'aftercare.closeOnlyResolved',
      params: { state: 'open' },
    });
    expect(changedTables(before, await dbChecksum(depot.core.db))).toEqual([]);

    const started = await fx.tech.call('complaints/start', {
      complaintId: complaint.id,
      version: routed.version,
    });
    const before2 = await dbChecksum(depot.core.db);
    const inProgress = await refused(
      fx.tech.call('complaints/close', { complaintId: complaint.id, version: started.version }),
    );
    expect(inProgress.code).toBe('RULE');
    expect(changedTables(before2, await dbChecksum(depot.core.db))).toEqual([]);
    expect((await fx.tech.call('complaints/get', { complaintId: complaint.id })).status).toBe(
      'in_progress',
    );
  });

  it('a complaint is worked only once routed, and shows overdue past its deadline', async () => {
    const { ticketId } = await fx.delivered('2026-12-04');
    const c = await fx.supervisor.call('complaints/record', {
      ticketId,
      description: 'Rude at the counter',
    });
    expect(c.followUpId).toBeNull();
    const early = await refused(
      fx.supervisor.call('complaints/start', { complaintId: c.id, version: c.version }),
    );
    expect(early.message).toMatch(/no responsible person yet/);
    const routed = await fx.supervisor.call('complaints/route', {
      complaintId: c.id,
      version: c.version,
      responsibleId: fx.techId,
      dueDate: '2026-12-07',
    });
    expect(routed.overdue).toBe(false);
    fx.setClock('2026-12-08', 9);
    expect((await fx.supervisor.call('complaints/open', {})).rows).toMatchObject([
      { id: c.id, overdue: true },
    ]);
  });

  it('resolving may open a re-repair linked to the original ticket, for the same technician', async () => {
    const { ticketId, complaint } = await complaintFromCall();
    const routed = await fx.supervisor.call('complaints/route', {
      complaintId: complaint.id,
      version: complaint.version,
      responsibleId: fx.techId,
      dueDate: '2026-12-09',
    });
    const started = await fx.tech.call('complaints/start', {
      complaintId: complaint.id,
      version: routed.version,
    });
    const resolved = await fx.tech.call('complaints/resolve', {
      complaintId: complaint.id,
      version: started.version,
      resolution: 'Unit taken back for a re-repair',
      rerepair: true,
    });
    expect(resolved.rerepairTicketId).toBeGreaterThan(0);
    const rerepair = await depot.core
      .db('tickets')
      .where({ id: resolved.rerepairTicketId! })
      .first('repeat_of_ticket_id', 'status', 'assigned_to');
    expect(rerepair).toEqual({
      repeat_of_ticket_id: ticketId,
      status: 'received',
      assigned_to: fx.techId,
    });
  });

  it('roles: the desk records, a supervisor routes, only the responsible person or a supervisor moves it, finance reads', async () => {
    const { ticketId, complaint } = await complaintFromCall();
    const route = {
      complaintId: complaint.id,
      version: complaint.version,
      responsibleId: fx.techId,
      dueDate: '2026-12-09',
    };
    expect((await refused(fx.clerk.call('complaints/route', route))).code).toBe('FORBIDDEN');
    expect(
      (await refused(fx.tech.call('complaints/record', { ticketId, description: 'x' }))).code,
    ).toBe('FORBIDDEN');
    expect(
      (await refused(fx.finance.call('complaints/record', { ticketId, description: 'x' }))).code,
    ).toBe('FORBIDDEN');
    const routed = await fx.supervisor.call('complaints/route', route);
    const move = { complaintId: complaint.id, version: routed.version };
    expect((await refused(fx.bench.otherTech.call('complaints/start', move))).code).toBe(
      'FORBIDDEN',
    );
    expect((await refused(fx.clerk.call('complaints/start', move))).code).toBe('FORBIDDEN');
    expect(
      (await refused(fx.bench.otherTech.call('complaints/get', { complaintId: complaint.id })))
        .code,
    ).toBe('FORBIDDEN');
    expect((await refused(fx.tech.call('complaints/open', {}))).code).toBe('FORBIDDEN');
    expect((await fx.finance.call('complaints/open', {})).rows).toHaveLength(1);
    expect(
      (await fx.finance.call('complaints/get', { complaintId: complaint.id })).actions.start,
    ).toMatchObject({
      allowed: false,
      refusal: { code: 'FORBIDDEN', reason: 'aftercare.inOthersHands' },
    });
  });
});
