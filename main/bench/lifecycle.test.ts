import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { signaturePng } from '../testing/images';
import { benchFixture, type BenchFixture } from './benchFixture';
import { TICKET_STATUSES, TRANSITIONS, type TicketStatus } from './lifecycle';

// Issue 5, item 2: the ticket lifecycle is one table; every listed move is allowed for its
// roles and conditions, every other move is refused by the core with a clear message.

let depot: TestDepot;
let fx: BenchFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await benchFixture(depot);
});
afterEach(() => depot.close());

const signature = `data:image/png;base64,${signaturePng().toString('base64')}`;

/** Puts a ticket straight into a status (test setup only), assigned to the technician. */
async function force(id: number, status: TicketStatus): Promise<number> {
  const version = (await fx.version(id)) + 1;
  await depot.core.db('tickets').where({ id }).update({ status, version, assigned_to: fx.techId });
  return version;
}

async function approvedQuote(ticketId: number, status: 'approved' | 'declined' = 'approved') {
  await depot.core.db('quotes').insert({
    ticket_id: ticketId,
    labour_minutes: 30,
    labour_cost: 40000,
    parts_cost: 0,
    total: 40000,
    lines: '[]',
    status,
    created_by: fx.techId,
    created_at: '2026-11-27T01:00:00.000Z',
  });
}

describe('claiming (issue 5, item 1)', () => {
  it('a technician claims a received ticket: assigned to them, diagnosing, on the timeline', async () => {
    const id = await fx.ticket();
    const view = await fx.tech.call('bench/claim', { ticketId: id, version: 1 });
    expect(view).toMatchObject({ status: 'diagnosing', assignedTo: { id: fx.techId } });
    expect(view.timeline).toMatchObject([{ from: 'received', to: 'diagnosing' }]);
    // A double click is the same claim.
    expect((await fx.tech.call('bench/claim', { ticketId: id, version: 1 })).version).toBe(
      view.version,
    );
  });

  it('a second technician claiming a claimed ticket is refused, naming who has it', async () => {
    const id = await fx.ticket();
    const version = await fx.claimed(id);
    const error = await refused(fx.otherTech.call('bench/claim', { ticketId: id, version }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/already claimed by Staff hao/);
    expect(await fx.version(id)).toBe(version);
  });

  it('sends what each reader may do on the ticket, by the rules the handlers refuse by', async () => {
    const id = await fx.ticket();
    const reasonOf = (o: { refusal: { reason: string } | null }) => o.refusal?.reason ?? null;
    const before = (await fx.otherTech.call('bench/ticket', { ticketId: id })).actions;
    expect(before.claim.allowed).toBe(true);
    expect(reasonOf(before.writeLog)).toBe('bench.notNow'); // received: not diagnosed yet
    expect(reasonOf(before.assign)).toBe('access.roleMayNot');
    const version = await fx.claimed(id);
    const mine = (await fx.tech.call('bench/ticket', { ticketId: id })).actions;
    expect(mine.writeLog).toEqual({ allowed: true, refusal: null });
    expect(reasonOf(mine.claim)).toBe('bench.alreadyYours');
    const theirs = (await fx.otherTech.call('bench/ticket', { ticketId: id })).actions;
    expect(reasonOf(theirs.claim)).toBe('bench.claimedBy');
    expect(reasonOf(theirs.writeLog)).toBe('bench.assignedToOther');
    // The handler answers what the view said, with the same reason.
    expect(
      (await refused(fx.otherTech.call('bench/claim', { ticketId: id, version }))).reason,
    ).toBe('bench.claimedBy');
    const desk = (await fx.clerk.call('bench/ticket', { ticketId: id })).actions;
    expect([desk.claim, desk.writeLog, desk.assign].map(reasonOf)).toEqual([
      'access.roleMayNot',
      'access.roleMayNot',
      'access.roleMayNot',
    ]);
    expect(
      (await fx.supervisor.call('bench/ticket', { ticketId: id })).actions.assign.allowed,
    ).toBe(true);
    // Whom it may be given to is the rule bench/assign refuses by: those who work tickets.
    const assignees = await fx.supervisor.call('bench/assignees', {});
    expect(assignees.map((a) => a.id)).toContain(fx.techId);
    expect(
      assignees.every((a) => a.roles.includes('technician') || a.roles.includes('supervisor')),
    ).toBe(true);
    expect((await refused(fx.tech.call('bench/assignees', {}))).code).toBe('FORBIDDEN');
  });

  it('a supervisor reassigns; the new technician may work it, the old one no longer', async () => {
    const id = await fx.ticket();
    const version = await fx.claimed(id);
    const ting = (await depot.core.db('staff').where({ username: 'ting' }).first('id')) as {
      id: number;
    };
    const view = await fx.supervisor.call('bench/assign', {
      ticketId: id,
      version,
      staffId: ting.id,
      note: 'Hao is on leave',
    });
    expect(view.assignedTo?.id).toBe(ting.id);
    const old = await refused(
      fx.tech.call('bench/transition', { ticketId: id, version: view.version, to: 'in_repair' }),
    );
    expect(old.code).toBe('FORBIDDEN');
    expect(old.message).toMatch(/assigned to another technician/);
    const moved = await fx.otherTech.call('bench/transition', {
      ticketId: id,
      version: view.version,
      to: 'in_repair',
    });
    expect(moved.status).toBe('in_repair');
    const notSupervisor = await refused(
      fx.tech.call('bench/assign', { ticketId: id, version: moved.version, staffId: fx.techId }),
    );
    expect(notSupervisor.code).toBe('FORBIDDEN');
  });
});

describe('every move in the table (issue 5, item 2)', () => {
  const plain = TRANSITIONS.filter((t) => !t.channel);
  it.each(plain.map((t) => [t.from, t.to] as const))(
    '%s → %s is allowed through bench/transition and kept on the timeline',
    async (from, to) => {
      const id = await fx.ticket();
      const version = await force(id, from);
      const t = plain.find((x) => x.from === from && x.to === to)!;
      if (t.guards?.includes('checklistPassed')) {
        // Every checklist item of the ticket's type passes (the checklist's own tests cover it).
        const items = (await fx.tech.call('repairLog/get', { ticketId: id })).checklist.items;
        for (const item of items) {
          await fx.tech.call('checklist/record', { ticketId: id, itemId: item.id, result: 'pass' });
        }
      }
      const by = t.roles.includes('technician') ? fx.tech : fx.supervisor;
      const current = await fx.version(id);
      const view = await by.call('bench/transition', { ticketId: id, version: current, to });
      expect(view.status).toBe(to);
      expect(view.timeline.at(-1)).toMatchObject({ from, to });
      expect(version).toBeGreaterThan(1);
    },
  );

  it('every move not in the table is refused with where the ticket may go next', async () => {
    const id = await fx.ticket();
    let checked = 0;
    for (const from of TICKET_STATUSES) {
      for (const to of TICKET_STATUSES) {
        if (TRANSITIONS.some((t) => t.from === from && t.to === to)) continue;
        const version = await force(id, from);
        const result = await fx.supervisor.raw('bench/transition', { ticketId: id, version, to });
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('RULE');
          expect(result.error.message).toMatch(/cannot go to/);
        }
        expect(await fx.status(id)).toBe(from);
        checked += 1;
      }
    }
    expect(checked).toBe(TICKET_STATUSES.length ** 2 - TRANSITIONS.length);
  });

  it('a move recorded by its own channel is refused through bench/transition', async () => {
    const id = await fx.ticket();
    const version = await force(id, 'ready_for_pickup');
    const error = await refused(
      fx.supervisor.call('bench/transition', { ticketId: id, version, to: 'delivered' }),
    );
    expect(error.message).toMatch(/recorded with acceptance\/accept/);
  });

  it('a stale version is refused: the later save does not overwrite the earlier one', async () => {
    const id = await fx.ticket();
    const version = await fx.claimed(id);
    await fx.tech.call('bench/transition', { ticketId: id, version, to: 'in_repair' });
    const stale = await refused(
      fx.tech.call('bench/transition', { ticketId: id, version, to: 'awaiting_parts' }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/changed by someone else/);
    expect(await fx.status(id)).toBe('in_repair');
  });

  it('only the assignee or a supervisor moves a ticket; the intake desk cannot repair', async () => {
    const id = await fx.ticket();
    const version = await fx.claimed(id);
    const other = await refused(
      fx.otherTech.call('bench/transition', { ticketId: id, version, to: 'in_repair' }),
    );
    expect(other.code).toBe('FORBIDDEN');
    const desk = await refused(
      fx.clerk.call('bench/transition', { ticketId: id, version, to: 'in_repair' }),
    );
    expect(desk.code).toBe('FORBIDDEN');
    expect(
      (await fx.supervisor.call('bench/transition', { ticketId: id, version, to: 'in_repair' }))
        .status,
    ).toBe('in_repair');
  });
});

describe('out of warranty: no repair beyond diagnosis before the quote is approved (policy 3.2)', () => {
  it('refuses repair, parts and pickup until the customer approves', async () => {
    const id = await fx.ticket({ covered: false });
    const version = await fx.claimed(id);
    // The bench is told so before anyone presses a button, by the checks the moves are refused by.
    const before = await fx.tech.call('bench/ticket', { ticketId: id });
    for (const to of ['in_repair', 'awaiting_parts', 'at_factory'] as const) {
      expect(before.nextActions.find((a) => a.to === to)?.unmet).toEqual(['repairAllowed']);
    }
    for (const to of ['in_repair', 'awaiting_parts'] as const) {
      const error = await refused(fx.tech.call('bench/transition', { ticketId: id, version, to }));
      expect(error.message).toMatch(/has not approved a quote.*policy 3\.2/);
    }
    await approvedQuote(id);
    const after = await fx.tech.call('bench/ticket', { ticketId: id });
    expect(after.nextActions.flatMap((a) => a.unmet)).toEqual([]);
    const view = await fx.tech.call('bench/transition', { ticketId: id, version, to: 'in_repair' });
    expect(view.status).toBe('in_repair');
  });

  it('a covered ticket needs no quote, and is offered none', async () => {
    const id = await fx.ticket();
    const version = await fx.claimed(id);
    const view = await fx.tech.call('bench/ticket', { ticketId: id });
    expect(view.nextActions.map((a) => a.channel)).not.toContain('quotes/create');
    expect(view.nextActions.map((a) => a.to)).toContain('in_repair');
    const other = await fx.ticket({ covered: false });
    await fx.claimed(other);
    const uncovered = await fx.tech.call('bench/ticket', { ticketId: other });
    expect(uncovered.nextActions.map((a) => a.channel)).toContain('quotes/create');
    expect(
      (await fx.tech.call('bench/transition', { ticketId: id, version, to: 'in_repair' })).status,
    ).toBe('in_repair');
  });
});

describe('customer acceptance (policy 3.4)', () => {
  it('accepting with a signature delivers the unit and completes the ticket', async () => {
    const id = await fx.ticket();
    const version = await force(id, 'ready_for_pickup');
    const view = await fx.clerk.call('acceptance/accept', { ticketId: id, version, signature });
    expect(view.status).toBe('delivered');
    expect(view.acceptance).toMatchObject({ outcome: 'accepted' });
    expect(view.acceptance?.signatureAttachmentId).toBeGreaterThan(0);
    expect(view.completedAt).toBe('2026-11-27T01:00:00.000Z');
  });

  it('rejecting closes the ticket and opens a re-repair linked to it, for the same technician', async () => {
    const id = await fx.ticket();
    const version = await force(id, 'ready_for_pickup');
    const view = await fx.clerk.call('acceptance/reject', {
      ticketId: id,
      version,
      reason: 'Still noisy when spinning',
    });
    expect(view.status).toBe('closed');
    const rerepair = await fx.tech.call('bench/ticket', { ticketId: view.rerepairTicketId });
    expect(rerepair).toMatchObject({
      status: 'received',
      repeatOf: { id, reportNo: view.reportNo },
      assignedTo: { id: fx.techId },
    });
    expect(rerepair.reportNo).not.toBe(view.reportNo);
    expect(rerepair.faultDescription).toMatch(/Still noisy when spinning/);
    expect(view.acceptance).toMatchObject({
      outcome: 'rejected',
      rerepair: { id: view.rerepairTicketId },
    });
  });

  it('refuses acceptance before the ticket is ready for pickup', async () => {
    const id = await fx.ticket();
    const version = await fx.claimed(id);
    const error = await refused(
      fx.clerk.call('acceptance/accept', { ticketId: id, version, signature }),
    );
    expect(error.message).toMatch(/ready for pickup/);
    expect(await depot.core.db('acceptances').count({ n: '*' }).first()).toEqual({ n: 0 });
    // Issue 9: a refused call changes nothing, on disk either: no signature file was kept.
    expect(existsSync(join(depot.core.services.dataDir, 'attachments'))).toBe(false);
  });

  it('delivering a not-covered ticket needs an approved quote', async () => {
    const id = await fx.ticket({ covered: false });
    const version = await force(id, 'ready_for_pickup');
    const error = await refused(
      fx.clerk.call('acceptance/accept', { ticketId: id, version, signature }),
    );
    expect(error.message).toMatch(/has not approved a quote/);
    expect(await depot.core.db('acceptances').count({ n: '*' }).first()).toEqual({ n: 0 });
  });
});

describe('return to factory (issue 5, item 7)', () => {
  it('sends the unit with carrier and tracking, waits at factory, comes back to the bench', async () => {
    const id = await fx.ticket();
    const version = await fx.claimed(id);
    const sent = await fx.tech.call('factory/send', {
      ticketId: id,
      version,
      carrier: 'Hsinchu Logistics',
      trackingNo: 'HL-778812',
      fault: 'Inverter board fails self-test',
    });
    expect(sent.status).toBe('at_factory');
    expect(sent.shipments).toMatchObject([{ carrier: 'Hsinchu Logistics', receivedAt: null }]);
    const back = await fx.clerk.call('factory/receive', {
      ticketId: id,
      version: sent.version,
      factoryReport: 'Board replaced under factory warranty',
    });
    expect(back.status).toBe('back_from_factory');
    expect(back.shipments[0]).toMatchObject({
      factoryReport: 'Board replaced under factory warranty',
    });
    expect(back.timeline.map((x) => x.to)).toEqual([
      'diagnosing',
      'at_factory',
      'back_from_factory',
    ]);
  });
});

describe('cancelling (intake, checked by the lifecycle)', () => {
  it('a ticket under repair can no longer be cancelled; a received one can, on its timeline', async () => {
    const repairing = await fx.ticket();
    const version = await force(repairing, 'in_repair');
    const error = await refused(
      fx.clerk.call('tickets/cancel', { id: repairing, version, reason: 'Customer withdrew' }),
    );
    expect(error.message).toMatch(
      /is in repair; a ticket is cancelled only before its repair starts/,
    );
    const fresh = await fx.ticket();
    await fx.clerk.call('tickets/cancel', { id: fresh, version: 1, reason: 'Customer withdrew' });
    const view = await fx.tech.call('bench/ticket', { ticketId: fresh });
    expect(view.timeline).toMatchObject([
      { from: 'received', to: 'cancelled', note: 'Customer withdrew' },
    ]);
  });
});

describe('the queue (issue 5, item 1)', () => {
  it('lists emergencies first, then the oldest; mine and unclaimed; never finished tickets', async () => {
    const plain = await fx.ticket();
    const urgent = await fx.ticket({ patch: { emergency: true } });
    const mine = await fx.ticket();
    await fx.claimed(mine);
    const others = await fx.ticket();
    await fx.otherTech.call('bench/claim', { ticketId: others, version: 1 });
    const done = await fx.ticket();
    await force(done, 'delivered');
    const queue = await fx.tech.call('bench/queue', {});
    expect(queue.rows.map((r) => r.id)).toEqual([urgent, plain, mine]);
    const all = await fx.supervisor.call('bench/queue', { scope: 'all' });
    expect(all.rows.map((r) => r.id)).toEqual([urgent, plain, mine, others]);
    expect(all.rows.find((r) => r.id === mine)?.assignedTo?.id).toBe(fx.techId);
  });
});

describe('quotes (issue 5, item 4; policy 3.2)', () => {
  it('quotes a not-covered repair; approval lets the repair go on', async () => {
    const id = await fx.ticket({ covered: false });
    const version = await fx.claimed(id);
    const quoted = await fx.tech.call('quotes/create', {
      ticketId: id,
      version,
      labourMinutes: 90,
      note: 'Replace the drain pump',
    });
    expect(quoted.status).toBe('awaiting_approval');
    // 90 minutes at the default rate (1,200.00); no parts estimated; the price rules add the
    // default 5% tax on the whole (issue 10, item 1): 60.00, total 1,260.00.
    expect(quoted.quote).toMatchObject({
      status: 'pending',
      labourMinutes: 90,
      labourCost: 120_000,
      partsCost: 0,
      tax: 6_000,
      total: 126_000,
    });
    const approved = await fx.clerk.call('quotes/decide', {
      quoteId: quoted.quoteId,
      version: quoted.version,
      decision: 'approve',
      note: 'Customer approved by phone',
    });
    expect(approved.status).toBe('in_repair');
    expect(approved.quote?.status).toBe('approved');
    const again = await refused(
      fx.clerk.call('quotes/decide', {
        quoteId: quoted.quoteId,
        version: approved.version,
        decision: 'decline',
      }),
    );
    expect(again.code).toBe('CONFLICT');
  });

  it('a declined quote sends the unit back unrepaired', async () => {
    const id = await fx.ticket({ covered: false });
    const version = await fx.claimed(id);
    const quoted = await fx.tech.call('quotes/create', {
      ticketId: id,
      version,
      labourMinutes: 30,
    });
    const declined = await fx.clerk.call('quotes/decide', {
      quoteId: quoted.quoteId,
      version: quoted.version,
      decision: 'decline',
    });
    expect(declined.status).toBe('return_unrepaired');
    const delivered = await fx.clerk.call('bench/transition', {
      ticketId: id,
      version: declined.version,
      to: 'delivered',
    });
    expect(delivered.status).toBe('delivered');
  });

  it('a covered ticket is not quoted, and absurd minutes are refused', async () => {
    const covered = await fx.ticket();
    const version = await fx.claimed(covered);
    const error = await refused(
      fx.tech.call('quotes/create', { ticketId: covered, version, labourMinutes: 30 }),
    );
    expect(error.message).toMatch(/covered by warranty/);
    const notCovered = await fx.ticket({ covered: false });
    const v2 = await fx.claimed(notCovered);
    for (const labourMinutes of [-5, 0, 10_000, 1.5]) {
      const r = await fx.tech.raw('quotes/create', {
        ticketId: notCovered,
        version: v2,
        labourMinutes,
      });
      expect(r.ok).toBe(false);
    }
    expect(await depot.core.db('quotes').count({ n: '*' }).first()).toEqual({ n: 0 });
  });
});

describe('review findings', () => {
  it('at pickup the desk is offered the hand-over: the signature its form gathers is no reason to wait', async () => {
    const id = await fx.ticket();
    await force(id, 'ready_for_pickup');
    const view = await fx.clerk.call('bench/ticket', { ticketId: id });
    expect(view.nextActions.find((a) => a.channel === 'acceptance/accept')).toMatchObject({
      to: 'delivered',
      guards: ['accepted', 'repairAllowed'],
      unmet: [],
    });
    // The core still refuses the move itself without the customer's acceptance.
    const error = await refused(
      fx.clerk.call('bench/transition', { ticketId: id, version: view.version, to: 'delivered' }),
    );
    expect(error.code).not.toBe('INTERNAL');
  });

  it('a re-repair given to its technician starts diagnosis when they claim it', async () => {
    const id = await fx.ticket({ patch: { emergency: true } });
    const version = await force(id, 'ready_for_pickup');
    const rejected = await fx.clerk.call('acceptance/reject', {
      ticketId: id,
      version,
      reason: 'Still leaking',
    });
    const rerepair = await fx.tech.call('bench/ticket', { ticketId: rejected.rerepairTicketId });
    expect(rerepair.responseDueAt).not.toBeNull();
    expect(rerepair.nextActions).toContainEqual({
      to: 'diagnosing',
      channel: 'bench/claim',
      guards: [],
      unmet: [],
    });
    const claimed = await fx.tech.call('bench/claim', {
      ticketId: rerepair.id,
      version: rerepair.version,
    });
    expect(claimed.status).toBe('diagnosing');
  });

  it('a not-covered unit does not go to the factory before the quote is approved', async () => {
    const id = await fx.ticket({ covered: false });
    const version = await fx.claimed(id);
    const error = await refused(
      fx.tech.call('factory/send', {
        ticketId: id,
        version,
        carrier: 'HL',
        trackingNo: '1',
        fault: 'Board',
      }),
    );
    expect(error.message).toMatch(/has not approved a quote/);
    expect(await depot.core.db('factory_shipments').count({ n: '*' }).first()).toEqual({ n: 0 });
  });

  it('a unit back from the factory unrepaired can be quoted or handed back', async () => {
    const quoted = await fx.ticket({ covered: false });
    const v1 = await force(quoted, 'back_from_factory');
    expect(
      (await fx.tech.call('quotes/create', { ticketId: quoted, version: v1, labourMinutes: 30 }))
        .status,
    ).toBe('awaiting_approval');
    const back = await fx.ticket();
    const v2 = await force(back, 'back_from_factory');
    expect(
      (
        await fx.tech.call('bench/transition', {
          ticketId: back,
          version: v2,
          to: 'return_unrepaired',
        })
      ).status,
    ).toBe('return_unrepaired');
  });

  it("a technician does not answer a colleague's quote or hand back a colleague's unit", async () => {
    const id = await fx.ticket({ covered: false });
    const version = await fx.claimed(id);
    const quoted = await fx.tech.call('quotes/create', {
      ticketId: id,
      version,
      labourMinutes: 30,
    });
    const error = await refused(
      fx.otherTech.call('quotes/decide', {
        quoteId: quoted.quoteId,
        version: quoted.version,
        decision: 'decline',
      }),
    );
    expect(error.code).toBe('FORBIDDEN');
  });

  it('cancelling a received ticket is not a response', async () => {
    const id = await fx.ticket({ patch: { emergency: true } });
    await fx.clerk.call('tickets/cancel', { id, version: 1, reason: 'Duplicate call' });
    const row = (await depot.core.db('tickets').where({ id }).first('responded_at')) as {
      responded_at: string | null;
    };
    expect(row.responded_at).toBeNull();
  });

  it('the queue reads the partial index of unfinished tickets (no full scan of a million)', async () => {
    // The handler's own SQL, captured as it runs, then explained.
    const sent: { sql: string; bindings: unknown[] }[] = [];
    const listen = (q: { sql: string; bindings: unknown[] }) => sent.push(q);
    depot.core.db.on('query', listen);
    await fx.tech.call('bench/queue', { stationId: fx.intake.stationId });
    depot.core.db.off('query', listen);
    const queue = sent.find((q) => q.sql.includes('NOT IN') && q.sql.includes('order by'));
    expect(queue).toBeDefined();
    const plan = (await depot.core.db.raw(
      `EXPLAIN QUERY PLAN ${queue!.sql}`,
      queue!.bindings as never[],
    )) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/tickets_bench_queue_station/);
  });
});

describe('labour stops with the work', () => {
  it('a timer still running when the unit leaves the bench is stopped at that moment', async () => {
    const id = await fx.ticket();
    const version = await fx.claimed(id);
    await fx.tech.call('labour/start', { ticketId: id });
    depot.clock.advanceMinutes(8); // within the idle lock
    await fx.tech.call('factory/send', {
      ticketId: id,
      version,
      carrier: 'HL',
      trackingNo: 'HL-1',
      fault: 'Compressor',
    });
    const log = await fx.tech.call('repairLog/get', { ticketId: id });
    expect(log.labour.running).toBeNull();
    expect(log.labour.totalMinutes).toBe(8);
    // Hours later the ticket still costs those 8 minutes.
    depot.clock.advanceMinutes(600);
    const entries = (await depot.core.db('labour_entries').where({ ticket_id: id })) as {
      minutes: number;
    }[];
    expect(entries.map((e) => e.minutes)).toEqual([8]);
  });
});
