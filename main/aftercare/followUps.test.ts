import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { changedTables, dbChecksum } from '../testing/dbChecksum';
import { depotTimeZone, endOfLocalDay } from '../intake/zonedTime';
import { aftercareFixture, type AftercareFixture } from './aftercareFixture';

// Policy 3.6, customer follow-up 客戶回訪: within N working days of the repair customer service
// calls the customer. Here N = 3, the depot works Monday to Friday and Tuesday 8 December 2026
// is a holiday.

let depot: TestDepot;
let fx: AftercareFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await aftercareFixture(depot);
});
afterEach(() => depot.close());

describe('the follow-up worklist (policy 3.6)', () => {
  it('a unit delivered on Friday is due 3 working days later: Mon 7, (Tue 8 holiday), Wed 9, Thu 10', async () => {
    const { ticketId, followUpId } = await fx.delivered('2026-12-04');
    const { rows, nextCursor } = await fx.clerk.call('followUps/worklist', {});
    expect(rows).toMatchObject([
      {
        id: followUpId,
        ticketId,
        dueDate: '2026-12-10',
        dueAt: endOfLocalDay('2026-12-10', depotTimeZone()).toISOString(),
        status: 'open',
        overdue: false,
        attempts: 0,
        customerName: expect.any(String) as string,
      },
    ]);
    expect(nextCursor).toBeNull();
  });

  it('a unit handed back unrepaired is followed up too', async () => {
    const ticketId = await fx.bench.ticket();
    const version = (await fx.bench.version(ticketId)) + 1;
    await depot.core.db('tickets').where({ id: ticketId }).update({
      status: 'return_unrepaired',
      version,
      assigned_to: fx.techId,
    });
    fx.setClock('2026-12-07', 9);
    await fx.clerk.call('bench/transition', { ticketId, version, to: 'delivered' });
    const rows = await depot.core.db('follow_ups').where({ ticket_id: ticketId });
    expect(rows).toMatchObject([{ due_date: '2026-12-11', status: 'open' }]);
  });

  it('overdue follow-ups stand out and lead the list; the list pages by key', async () => {
    const friday = await fx.delivered('2026-12-04'); // due Thu 10
    const monday = await fx.delivered('2026-12-07'); // due Fri 11 (Tue 8 is a holiday)
    fx.setClock('2026-12-11', 10);
    const first = await fx.clerk.call('followUps/worklist', { limit: 1 });
    expect(first.rows).toMatchObject([{ id: friday.followUpId, overdue: true }]);
    expect(first.nextCursor).not.toBeNull();
    const second = await fx.clerk.call('followUps/worklist', {
      limit: 1,
      cursor: first.nextCursor!,
    });
    expect(second.rows).toMatchObject([
      { id: monday.followUpId, dueDate: '2026-12-11', overdue: false },
    ]);
    expect(second.nextCursor).toBeNull();
    const overdue = await fx.supervisor.call('followUps/worklist', { overdueOnly: true });
    expect(overdue.rows.map((r) => r.id)).toEqual([friday.followUpId]);
  });

  it('a customer not reached stays on the worklist with the attempt on its history', async () => {
    const { followUpId } = await fx.delivered('2026-12-04');
    const after = await fx.clerk.call('followUps/recordAttempt', {
      followUpId,
      method: 'phone',
      reached: false,
      comments: 'No answer',
    });
    expect(after).toMatchObject({ status: 'open', attempts: 1, satisfaction: null });
    expect(after.attemptsList).toMatchObject([
      { method: 'phone', reached: false, satisfaction: null, comments: 'No answer' },
    ]);
    const { rows } = await fx.clerk.call('followUps/worklist', {});
    expect(rows).toMatchObject([{ id: followUpId, attempts: 1 }]);
  });

  it('a customer reached gives a score and comments, which closes the follow-up', async () => {
    const { followUpId } = await fx.delivered('2026-12-04');
    await fx.clerk.call('followUps/recordAttempt', { followUpId, method: 'phone', reached: false });
    fx.setClock('2026-12-07', 15);
    const done = await fx.supervisor.call('followUps/recordAttempt', {
      followUpId,
      method: 'email',
      reached: true,
      satisfaction: 4,
      comments: 'Works again; pickup was slow',
    });
    expect(done).toMatchObject({
      status: 'done',
      satisfaction: 4,
      comments: 'Works again; pickup was slow',
      attempts: 2,
      overdue: false,
    });
    expect(done.attemptsList.map((a) => a.reached)).toEqual([false, true]);
    expect((await fx.clerk.call('followUps/worklist', {})).rows).toEqual([]);
    // Done is done: a further call is refused.
    const again = await refused(
      fx.clerk.call('followUps/recordAttempt', {
        followUpId,
        method: 'survey',
        reached: true,
        satisfaction: 5,
      }),
    );
    expect(again.code).toBe('CONFLICT');
    // The screen was told before anyone tried, by the same rule.
    const view = await fx.clerk.call('followUps/get', { followUpId });
    expect(view.actions.recordAttempt.refusal).toMatchObject({
      code: again.code,
      reason: again.reason,
      params: again.params,
    });
    const finance = await fx.finance.call('followUps/get', { followUpId });
    expect(finance.actions.recordAttempt.refusal?.reason).toBe('access.roleMayNot');
  });

  it('a customer reached must give a score 1-5; a refused call changes nothing', async () => {
    const { followUpId } = await fx.delivered('2026-12-04');
    const before = await dbChecksum(depot.core.db);
    for (const input of [
      { followUpId, method: 'phone', reached: true },
      { followUpId, method: 'phone', reached: true, satisfaction: 6 },
      { followUpId, method: 'phone', reached: false, satisfaction: 3 },
    ]) {
      const reply = await fx.clerk.raw('followUps/recordAttempt', input);
      expect(reply.ok ? 'ok' : reply.error.code).toBe('VALIDATION');
    }
    expect(changedTables(before, await dbChecksum(depot.core.db))).toEqual([]);
  });

  it('the desk and supervisors record calls; finance reads; a technician neither', async () => {
    const { followUpId } = await fx.delivered('2026-12-04');
    const attempt = { followUpId, method: 'phone' as const, reached: false };
    expect((await refused(fx.tech.call('followUps/recordAttempt', attempt))).code).toBe(
      'FORBIDDEN',
    );
    expect((await refused(fx.finance.call('followUps/recordAttempt', attempt))).code).toBe(
      'FORBIDDEN',
    );
    expect((await refused(fx.tech.call('followUps/worklist', {}))).code).toBe('FORBIDDEN');
    expect((await fx.finance.call('followUps/get', { followUpId })).attemptsList).toEqual([]);
  });
});
