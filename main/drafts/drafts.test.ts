import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakeFixture, type IntakeFixture } from '../intake/intakeFixture';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { MAX_DRAFT_BYTES } from './draftForms';

// Drafts survive (issue 11, item 4): a half-typed intake is kept per staff member in the
// database, whatever happens to the screen; each person reads and writes only their own; the
// registered intake is no longer a draft.

let depot: TestDepot;
let fx: IntakeFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await intakeFixture(depot);
});
afterEach(() => depot.close());

const halfTyped = { serial: 'WM80-0001', newCustomer: { name: '陳美玲', phones: ['0912'] } };

describe("a staff member's draft", () => {
  it('is kept, replaced on each save with a new version, and read back', async () => {
    expect(await fx.clerk.call('drafts/get', { form: 'intake' })).toBeNull();
    const first = await fx.clerk.call('drafts/save', { form: 'intake', data: halfTyped });
    expect(first).toMatchObject({ form: 'intake', data: halfTyped, version: 1 });
    expect(first.updatedAt).toBe(depot.clock.now.toISOString());

    depot.clock.advanceMinutes(1);
    const more = { ...halfTyped, faultDescription: '脫水不轉' };
    const second = await fx.clerk.call('drafts/save', { form: 'intake', data: more });
    expect(second).toMatchObject({ data: more, version: 2 });
    expect(await fx.clerk.call('drafts/get', { form: 'intake' })).toEqual(second);
  });

  it('survives the lock and signing in again', async () => {
    await fx.clerk.call('drafts/save', { form: 'intake', data: halfTyped });
    const me = await fx.clerk.call('session/status', {});
    await fx.clerk.call('session/lock', {});
    expect((await refused(fx.clerk.call('drafts/get', { form: 'intake' }))).code).toBe(
      'SESSION_LOCKED',
    );
    await fx.clerk.call('session/signIn', { staffId: me.staff!.id, pin: '4321' });
    expect(await fx.clerk.call('drafts/get', { form: 'intake' })).toMatchObject({
      data: halfTyped,
    });
  });

  it("is its owner's only: another person has their own", async () => {
    await fx.clerk.call('drafts/save', { form: 'intake', data: halfTyped });
    const other = await depot.as(['intake_clerk']);
    expect(await other.call('drafts/get', { form: 'intake' })).toBeNull();
    await other.call('drafts/save', { form: 'intake', data: { serial: 'AC-9' } });
    await other.call('drafts/clear', { form: 'intake' });
    expect(await fx.clerk.call('drafts/get', { form: 'intake' })).toMatchObject({
      data: halfTyped,
      version: 1,
    });
    // The staff member is the session's: a request cannot name someone else.
    const named = await fx.clerk.raw('drafts/get', { form: 'intake', staffId: 1 });
    expect(named).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('may be kept by any signed-in role, and by nobody signed out', async () => {
    for (const role of ['technician', 'stockroom_keeper', 'finance'] as const) {
      const someone = await depot.as([role]);
      await someone.call('drafts/save', { form: 'intake', data: { serial: role } });
      expect(await someone.call('drafts/get', { form: 'intake' })).toMatchObject({
        data: { serial: role },
      });
    }
    const nobody = depot.client('signed-out-tab');
    const reply = await nobody.raw('drafts/save', { form: 'intake', data: halfTyped });
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('is cleared on request, saying whether there was one', async () => {
    await fx.clerk.call('drafts/save', { form: 'intake', data: halfTyped });
    expect(await fx.clerk.call('drafts/clear', { form: 'intake' })).toEqual({ cleared: true });
    expect(await fx.clerk.call('drafts/clear', { form: 'intake' })).toEqual({ cleared: false });
    expect(await fx.clerk.call('drafts/get', { form: 'intake' })).toBeNull();
  });

  it('refuses a form that keeps no drafts, and a draft over the size limit', async () => {
    const unknown = await fx.clerk.raw('drafts/save', { form: 'requisition', data: halfTyped });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const big = { photo: 'x'.repeat(MAX_DRAFT_BYTES) };
    const tooBig = await refused(fx.clerk.call('drafts/save', { form: 'intake', data: big }));
    expect(tooBig.code).toBe('VALIDATION');
    expect(tooBig.details?.issues).toMatchObject([
      { field: 'data', message: 'A draft is at most 64 KB' },
    ]);
    const notObject = await fx.clerk.raw('drafts/save', { form: 'intake', data: ['a'] });
    expect(notObject).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await fx.clerk.call('drafts/get', { form: 'intake' })).toBeNull();
  });

  it('is not an audited business record', async () => {
    const before = await depot.core.db('audit_log').count<{ n: number }[]>({ n: '*' });
    await fx.clerk.call('drafts/save', { form: 'intake', data: halfTyped });
    await fx.clerk.call('drafts/clear', { form: 'intake' });
    const after = await depot.core.db('audit_log').count<{ n: number }[]>({ n: '*' });
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });
});

describe('registering the intake', () => {
  it("clears the clerk's intake draft in the same transaction", async () => {
    await fx.clerk.call('drafts/save', { form: 'intake', data: halfTyped });
    const other = await depot.as(['intake_clerk']);
    await other.call('drafts/save', { form: 'intake', data: { serial: 'AC-9' } });
    await fx.clerk.call('tickets/create', fx.ticket());
    expect(await fx.clerk.call('drafts/get', { form: 'intake' })).toBeNull();
    // Only the clerk who registered: a colleague's draft stays.
    expect(await other.call('drafts/get', { form: 'intake' })).toMatchObject({
      data: { serial: 'AC-9' },
    });
  });

  it('keeps the draft when the intake is refused', async () => {
    await fx.clerk.call('drafts/save', { form: 'intake', data: halfTyped });
    const error = await refused(fx.clerk.call('tickets/create', fx.ticket({ stationId: 9999 })));
    expect(error.code).toBe('NOT_FOUND');
    expect(await fx.clerk.call('drafts/get', { form: 'intake' })).toMatchObject({
      data: halfTyped,
    });
  });
});
