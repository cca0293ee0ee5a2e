import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { repairLogFixture, type RepairLogFixture } from './repairLogFixture';

// Issue 5, items 3-4 (policy 3.5): labour is timed or typed in by the technician working the
// ticket, in whole minutes; negative or absurd minutes are refused with a clear message.

let depot: TestDepot;
let fx: RepairLogFixture;
let ticketId: number;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await repairLogFixture(depot);
  ticketId = await fx.onBench();
  // The clock jumps over hours here; the workstations must not lock themselves meanwhile.
  await depot.admin.call('settings/update', { security: { autoLockMinutes: 0 } });
});
afterEach(() => depot.close());

describe('the labour timer', () => {
  it('runs from start to stop; elapsed minutes are rounded up', async () => {
    const started = await fx.tech.call('labour/start', { ticketId });
    expect(started.labour.running).toMatchObject({
      source: 'timer',
      startedAt: '2026-11-27T01:00:00.000Z',
      stoppedAt: null,
      minutes: null,
      staff: { id: fx.techId },
    });
    // Another reader sees the entry, but it is not their running timer.
    const other = await fx.supervisor.call('repairLog/get', { ticketId });
    expect(other.labour.running).toBeNull();
    expect(other.labour.entries).toHaveLength(1);
    expect(other.labour.totalMinutes).toBe(0);

    depot.clock.advanceMinutes(25.5);
    const stopped = await fx.tech.call('labour/stop', { ticketId });
    expect(stopped.labour.running).toBeNull();
    expect(stopped.labour.entries[0]).toMatchObject({
      minutes: 26,
      stoppedAt: '2026-11-27T01:25:30.000Z',
    });
    expect(stopped.labour.totalMinutes).toBe(26);
    const audit = await depot.core.db('audit_log').where({ entity: 'ticket' }).pluck('action');
    expect(audit).toEqual(expect.arrayContaining(['labourStart', 'labourStop']));
  });

  it('counts a timer stopped at once as one minute', async () => {
    await fx.tech.call('labour/start', { ticketId });
    const stopped = await fx.tech.call('labour/stop', { ticketId });
    expect(stopped.labour.entries[0].minutes).toBe(1);
  });

  it('refuses a second start and a stop with nothing running', async () => {
    await fx.tech.call('labour/start', { ticketId });
    const twice = await refused(fx.tech.call('labour/start', { ticketId }));
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toMatch(/already running/);
    // The database keeps one running timer per technician and ticket whatever the code does.
    await expect(
      depot.core.db('labour_entries').insert({
        ticket_id: ticketId,
        staff_id: fx.techId,
        source: 'timer',
        started_at: '2026-11-27T01:00:00.000Z',
        created_at: '2026-11-27T01:00:00.000Z',
      }),
    ).rejects.toThrow(/UNIQUE/);
    const nothing = await refused(fx.supervisor.call('labour/stop', { ticketId }));
    expect(nothing.code).toBe('CONFLICT');
    expect(nothing.message).toMatch(/no timer running/);
  });

  it('a timer left running over 12 hours needs the minutes actually worked', async () => {
    await fx.tech.call('labour/start', { ticketId });
    depot.clock.advanceMinutes(14 * 60 + 5);
    const absurd = await refused(fx.tech.call('labour/stop', { ticketId }));
    expect(absurd).toMatchObject({ code: 'RULE', field: 'minutes', details: { elapsed: 845 } });
    expect(absurd.message).toMatch(/ran 14 h 5 min, more than 12 hours/);
    const stopped = await fx.tech.call('labour/stop', { ticketId, minutes: 95 });
    expect(stopped.labour.entries[0].minutes).toBe(95);
  });

  it('fewer minutes than elapsed may be recorded, never more', async () => {
    await fx.tech.call('labour/start', { ticketId });
    depot.clock.advanceMinutes(30);
    const more = await refused(fx.tech.call('labour/stop', { ticketId, minutes: 45 }));
    expect(more).toMatchObject({ code: 'RULE', field: 'minutes' });
    expect(more.message).toMatch(/ran 30 minutes/);
    const stopped = await fx.tech.call('labour/stop', { ticketId, minutes: 20 });
    expect(stopped.labour.totalMinutes).toBe(20);
  });

  it('your own timer may be stopped after the ticket moved on', async () => {
    await fx.tech.call('labour/start', { ticketId });
    depot.clock.advanceMinutes(10);
    await fx.force(ticketId, 'ready_for_pickup');
    const stopped = await fx.tech.call('labour/stop', { ticketId });
    expect(stopped.labour.totalMinutes).toBe(10);
  });
});

describe('labour typed in', () => {
  it('adds whole minutes with a note', async () => {
    await fx.tech.call('labour/add', { ticketId, minutes: 90, note: 'Strip and clean drum' });
    const log = await fx.tech.call('labour/add', { ticketId, minutes: 15 });
    expect(log.labour.entries).toMatchObject([
      { source: 'manual', minutes: 90, note: 'Strip and clean drum', startedAt: null },
      { source: 'manual', minutes: 15, note: null },
    ]);
    expect(log.labour.totalMinutes).toBe(105);
  });

  it('refuses negative, zero, fractional or absurd minutes, and writes nothing', async () => {
    const before = await fx.counts();
    const cases: [unknown, RegExp][] = [
      [-30, /Labour is at least 1 minute/],
      [0, /Labour is at least 1 minute/],
      [12.5, /Minutes must be whole minutes/],
      [721, /At most 720 minutes \(12 hours\) in one entry/],
      [100_000, /At most 720 minutes/],
      ['30', /Minutes must be a number/],
    ];
    for (const [minutes, message] of cases) {
      const result = await fx.tech.raw('labour/add', { ticketId, minutes });
      expect(result.ok, String(minutes)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.message).toMatch(/minutes: /);
        expect(result.error.message).toMatch(message);
      }
    }
    expect(await fx.counts()).toEqual(before);
  });

  it('only on a ticket you work on, while it is on the bench', async () => {
    const notMine = await refused(fx.otherTech.call('labour/add', { ticketId, minutes: 10 }));
    expect(notMine.code).toBe('FORBIDDEN');
    const notMineTimer = await refused(fx.otherTech.call('labour/start', { ticketId }));
    expect(notMineTimer.code).toBe('FORBIDDEN');
    await fx.force(ticketId, 'delivered');
    const offBench = await refused(fx.tech.call('labour/add', { ticketId, minutes: 10 }));
    expect(offBench.code).toBe('RULE');
    expect((await fx.tech.call('repairLog/get', { ticketId })).labour.entries).toEqual([]);
  });
});
