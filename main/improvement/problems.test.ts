import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { benchFixture, type BenchFixture } from '../bench/benchFixture';
import { createTestDepot, refused, type TestClient, type TestDepot } from '../testing/testCore';

// Policy 6: each problem gets corrective actions with a responsible person and a deadline
// (限期整改); it is tracked to done, then its effect is reviewed. The test depot's clock starts
// on Fri 27 Nov 2026, 12:00 UTC (the same date in the depot's zone).

let depot: TestDepot;
let bench: BenchFixture;
let supervisor: TestClient;
let finance: TestClient;

const noon = (date: string) => new Date(`${date}T12:00:00.000Z`);

const fromTrend = {
  title: 'Washers dead on arrival',
  source: 'trend' as const,
  faultCodes: ['NO_POWER'],
  modelIds: [] as number[],
  ticketIds: [] as number[],
  kind: 'corrective' as const,
};

beforeEach(async () => {
  depot = await createTestDepot();
  bench = await benchFixture(depot);
  await depot.admin.call('settings/update', { security: { autoLockMinutes: 0 } });
  depot.clock.now = noon('2026-11-27');
  supervisor = bench.supervisor;
  finance = await depot.as(['finance'], 'li');
});
afterEach(async () => {
  await depot.close();
});

describe('the problem register (改進措施)', () => {
  it('opens a problem from a fault trend with its links, numbered in the year, audited', async () => {
    const ticketId = await bench.ticket();
    const p = await supervisor.call('improvement/open', {
      ...fromTrend,
      modelIds: [bench.intake.wmModelId],
      ticketIds: [ticketId],
    });
    expect(p).toMatchObject({
      number: 'CA-2026-0001',
      status: 'open',
      source: 'trend',
      owner: { displayName: 'Staff fen' },
      faultCodes: ['NO_POWER'],
      models: [{ id: bench.intake.wmModelId }],
      tickets: [{ id: ticketId }],
    });
    const second = await supervisor.call('improvement/open', { ...fromTrend, source: 'manual' });
    expect(second.number).toBe('CA-2026-0002');
    const audit = await depot.core
      .db('audit_log')
      .where({ entity: 'problem', entity_id: String(p.id), action: 'open' });
    expect(audit).toHaveLength(1);
  });

  it('numbers past 9999 by value, not as text', async () => {
    const first = await supervisor.call('improvement/open', fromTrend);
    // As text 'CA-2026-9999' sorts after 'CA-2026-10000'; by value the last is 10000, next 10001.
    await depot.core.db('problems').where({ id: first.id }).update({ number: 'CA-2026-9999' });
    const second = await supervisor.call('improvement/open', fromTrend);
    await depot.core.db('problems').where({ id: second.id }).update({ number: 'CA-2026-10000' });
    expect((await supervisor.call('improvement/open', fromTrend)).number).toBe('CA-2026-10001');
  });

  it('answers CONFLICT when another problem took the number first, and writes nothing', async () => {
    // Two problems opened at once compute the same next number; the later insert hits the
    // unique index. The trigger plays the other one's insert landing first, in this transaction.
    await depot.core.db.raw(`CREATE TRIGGER problems_race BEFORE INSERT ON problems
      WHEN NEW.title <> 'the other one' BEGIN
        INSERT INTO problems (number, title, source, kind, owner_id, status, created_by, created_at, updated_at)
        VALUES (NEW.number, 'the other one', NEW.source, NEW.kind, NEW.owner_id, NEW.status,
          NEW.created_by, NEW.created_at, NEW.updated_at);
      END`);
    const error = await refused(supervisor.call('improvement/open', fromTrend));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('CA-2026-0001');
    await depot.core.db.raw('DROP TRIGGER problems_race');
    expect(await depot.core.db('problems').count<{ n: number }[]>({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('refuses an unknown fault code and writes nothing', async () => {
    const e = await refused(
      supervisor.call('improvement/open', { ...fromTrend, faultCodes: ['NO_SUCH_CODE'] }),
    );
    expect(e.code).toBe('NOT_FOUND');
    expect(e.field).toBe('faultCodes');
    expect(e.reason).toBe('improvement.faultCodeNotFound');
    expect(e.params).toEqual({ codes: 'NO_SUCH_CODE' });
    expect(await depot.core.db('problems').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('is not done while an action item is open; the responsible person completes their own', async () => {
    const p = await supervisor.call('improvement/open', fromTrend);
    const withAction = await supervisor.call('improvement/addAction', {
      problemId: p.id,
      description: 'Change the power board supplier',
      responsibleId: bench.techId,
      dueDate: '2026-12-04',
    });
    expect(withAction.actions.markDone.allowed).toBe(false);
    const notYet = await refused(
      supervisor.call('improvement/update', {
        problemId: p.id,
        version: withAction.version,
        status: 'done',
      }),
    );
    expect(notYet.code).toBe('RULE');
    expect(notYet.message).toMatch(/1 open action item/);
    expect(notYet.reason).toBe('improvement.openActionsLeft');
    expect(notYet.params).toEqual({ number: p.number, open: 1 });
    // The view offered the very refusal the handler answered, as data the screen renders.
    expect(withAction.actions.markDone.refusal).toEqual({
      code: notYet.code,
      reason: notYet.reason,
      params: notYet.params,
      message: notYet.message,
    });

    const actionId = withAction.actionItems[0].id;
    // Another technician may not complete hao's item.
    const other = await refused(bench.otherTech.call('improvement/completeAction', { actionId }));
    expect(other.code).toBe('FORBIDDEN');
    expect(other.reason).toBe('improvement.actionNotYours');
    // Finance reads the problem, and its view says why the item is not finance's to complete.
    const read = await finance.call('improvement/get', { problemId: p.id });
    expect(read.actionItems[0].canComplete).toEqual({
      allowed: false,
      refusal: {
        code: 'FORBIDDEN',
        reason: 'improvement.actionNotYours',
        params: other.params,
        message: other.message,
      },
    });
    expect(withAction.actionItems[0].canComplete).toEqual({ allowed: true, refusal: null });
    const mine = await bench.tech.call('improvement/myActions', {});
    expect(mine.map((a) => a.id)).toEqual([actionId]);
    const completed = await bench.tech.call('improvement/completeAction', {
      actionId,
      note: 'Second supplier qualified',
    });
    expect(completed.actionItems[0]).toMatchObject({ note: 'Second supplier qualified' });
    expect(completed.actionItems[0].doneAt).not.toBeNull();

    const done = await supervisor.call('improvement/update', {
      problemId: p.id,
      version: completed.version,
      rootCause: 'Power boards from one batch fail at first switch-on',
      status: 'done',
    });
    expect(done).toMatchObject({ status: 'done', rootCause: expect.stringMatching(/one batch/) });
  });

  it('is reviewed only once done; adjust sends it back with a new action item', async () => {
    const p = await supervisor.call('improvement/open', fromTrend);
    const early = await refused(
      supervisor.call('improvement/review', {
        problemId: p.id,
        version: p.version,
        verdict: 'effective',
        note: 'Looks better',
      }),
    );
    expect(early.code).toBe('RULE');
    expect(early.message).toMatch(/only once it is done/);
    expect(early.reason).toBe('improvement.reviewOnlyDone');
    expect(await depot.core.db('problem_reviews').count({ n: '*' })).toEqual([{ n: 0 }]);

    const done = await supervisor.call('improvement/update', {
      problemId: p.id,
      version: p.version,
      status: 'done',
    });
    const adjusted = await supervisor.call('improvement/review', {
      problemId: p.id,
      version: done.version,
      verdict: 'adjust',
      note: 'Still too many no-power returns',
      newAction: {
        description: 'Add a burn-in test',
        responsibleId: bench.techId,
        dueDate: '2026-12-18',
      },
    });
    expect(adjusted.status).toBe('in_progress');
    expect(adjusted.doneAt).toBeNull();
    expect(adjusted.actionItems.map((a) => a.description)).toEqual(['Add a burn-in test']);
    expect(adjusted.reviews.map((r) => r.verdict)).toEqual(['adjust']);
  });

  it('shows an action item past its deadline as overdue, and lists only those when asked', async () => {
    const late = await supervisor.call('improvement/open', fromTrend);
    await supervisor.call('improvement/addAction', {
      problemId: late.id,
      description: 'Retrain the bench on the new board',
      responsibleId: bench.techId,
      dueDate: '2026-11-30',
    });
    const onTime = await supervisor.call('improvement/open', { ...fromTrend, title: 'Noise' });
    await supervisor.call('improvement/addAction', {
      problemId: onTime.id,
      description: 'Check the drum bearings',
      responsibleId: bench.techId,
      dueDate: '2026-12-31',
    });
    // Mon 30 Nov is the last day; on Tue 1 Dec the first item is overdue.
    depot.clock.now = noon('2026-11-30');
    expect((await finance.call('improvement/list', { overdueOnly: true })).rows).toEqual([]);
    depot.clock.now = noon('2026-12-01');
    const overdue = await finance.call('improvement/list', { overdueOnly: true });
    expect(overdue.rows.map((r) => [r.id, r.overdue])).toEqual([[late.id, true]]);
    const all = await finance.call('improvement/list', { limit: 1 });
    expect(all.rows.map((r) => r.id)).toEqual([onTime.id]);
    const page2 = await finance.call('improvement/list', {
      limit: 1,
      cursor: all.nextCursor ?? '',
    });
    expect(page2.rows.map((r) => r.id)).toEqual([late.id]);
  });

  it('lets finance read but not open, and cancels only with a reason', async () => {
    expect((await refused(finance.call('improvement/open', fromTrend))).code).toBe('FORBIDDEN');
    const p = await supervisor.call('improvement/open', fromTrend);
    expect((await finance.call('improvement/get', { problemId: p.id })).actions.edit.allowed).toBe(
      false,
    );
    const noReason = await refused(
      supervisor.call('improvement/update', {
        problemId: p.id,
        version: p.version,
        status: 'cancelled',
      }),
    );
    expect(noReason.field).toBe('cancelReason');
    expect(noReason.reason).toBe('improvement.cancelNeedsReason');
    const cancelled = await supervisor.call('improvement/update', {
      problemId: p.id,
      version: p.version,
      status: 'cancelled',
      cancelReason: 'Same as CA-2026-0001',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Same as CA-2026-0001' });
    // A cancelled problem is no longer changed.
    const afterCancel = await refused(
      supervisor.call('improvement/update', {
        problemId: p.id,
        version: p.version,
        kind: 'preventive',
      }),
    );
    expect(afterCancel.code).toBe('RULE');
  });
});
