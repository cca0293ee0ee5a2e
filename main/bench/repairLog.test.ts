import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { repairLogFixture, type RepairLogFixture } from './repairLogFixture';

// Issue 5, item 3 (policy 3.3): the technician working a ticket logs what was found and done;
// nobody else writes in it, and nothing is written once the ticket has left the bench.

let depot: TestDepot;
let fx: RepairLogFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await repairLogFixture(depot);
});
afterEach(() => depot.close());

const fault = { symptom: 'no_spin', cause: 'COMPONENT', measure: 'REPLACE_PART' };

describe('diagnosis notes', () => {
  it('are kept in order with who wrote them and when', async () => {
    const ticketId = await fx.onBench();
    await fx.tech.call('repairLog/addNote', {
      ticketId,
      kind: 'diagnosis',
      text: 'Drain pump jammed; motor OK.\n排水泵卡住',
    });
    depot.clock.advanceMinutes(5);
    const log = await fx.supervisor.call('repairLog/addNote', {
      ticketId,
      kind: 'note',
      text: '  Customer called about the due date  ',
    });
    expect(log.notes).toMatchObject([
      {
        kind: 'diagnosis',
        text: 'Drain pump jammed; motor OK.\n排水泵卡住',
        by: { id: fx.techId, name: 'Staff hao' },
        at: '2026-11-27T01:00:00.000Z',
      },
      { kind: 'note', text: 'Customer called about the due date', at: '2026-11-27T01:05:00.000Z' },
    ]);
    const audit = await depot.core.db('audit_log').where({ entity: 'ticket', action: 'addNote' });
    expect(audit).toHaveLength(2);
  });

  it('refuse an empty note, or one of control characters, and write nothing', async () => {
    const ticketId = await fx.onBench();
    const before = await fx.counts();
    for (const text of ['', '   ', 'bad\u0000text']) {
      const error = await refused(
        fx.tech.call('repairLog/addNote', { ticketId, kind: 'note', text }),
      );
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(/^Invalid input for repairLog\/addNote: text: Note/);
    }
    expect(await fx.counts()).toEqual(before);
  });
});

describe('who may write in the repair log', () => {
  it('not the technician it is assigned to: FORBIDDEN, and nothing is written', async () => {
    const ticketId = await fx.onBench();
    const before = await fx.counts();
    const error = await refused(
      fx.otherTech.call('repairLog/addNote', { ticketId, kind: 'note', text: 'mine now' }),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/assigned to another technician/);
    expect(await fx.counts()).toEqual(before);
  });

  it('an unclaimed ticket is not on the bench yet: RULE', async () => {
    const ticketId = await fx.ticket();
    const error = await refused(fx.supervisor.call('repairLog/addFault', { ticketId, ...fault }));
    expect(error.code).toBe('RULE');
    expect(error.message).toMatch(/is received; this is not possible now/);
  });

  it('a ticket that left the bench (ready for pickup, delivered) is closed for writing: RULE', async () => {
    const ticketId = await fx.onBench();
    for (const status of ['ready_for_pickup', 'delivered'] as const) {
      await fx.force(ticketId, status);
      const error = await refused(
        fx.tech.call('repairLog/addNote', { ticketId, kind: 'note', text: 'late' }),
      );
      expect(error.code).toBe('RULE');
    }
  });

  it('the intake desk and finance read the log but do not write in it', async () => {
    const ticketId = await fx.onBench();
    const finance = await depot.as(['finance']);
    expect((await fx.clerk.call('repairLog/get', { ticketId })).ticketId).toBe(ticketId);
    expect((await finance.call('repairLog/get', { ticketId })).status).toBe('diagnosing');
    const error = await refused(
      fx.clerk.call('repairLog/addNote', { ticketId, kind: 'note', text: 'x' }),
    );
    expect(error.code).toBe('FORBIDDEN');
    const stockroom = await refused(fx.stock.keeper.call('repairLog/get', { ticketId }));
    expect(stockroom.code).toBe('FORBIDDEN');
  });

  it('an unknown ticket is NOT_FOUND', async () => {
    const error = await refused(fx.tech.call('repairLog/get', { ticketId: 9999 }));
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'intake.ticketNotFound',
      field: 'ticketId',
    });
  });
});

describe('faults (the fault taxonomy)', () => {
  it('are recorded as symptom, cause and measure codes, shown in both languages', async () => {
    const ticketId = await fx.onBench();
    const log = await fx.tech.call('repairLog/addFault', {
      ticketId,
      ...fault,
      note: 'Impeller broken',
    });
    expect(log.faults).toMatchObject([
      {
        symptom: { code: 'NO_SPIN', nameEn: 'Does not spin', nameZh: '不脫水' },
        cause: { code: 'COMPONENT', nameEn: 'Component failure', nameZh: '零件故障' },
        measure: { code: 'REPLACE_PART', nameEn: 'Replace part', nameZh: '更換零件' },
        note: 'Impeller broken',
        by: { id: fx.techId },
      },
    ]);
  });

  it('refuse an unknown or retired code, naming the field, and the same fault twice', async () => {
    const ticketId = await fx.onBench();
    const unknown = await refused(
      fx.tech.call('repairLog/addFault', { ticketId, ...fault, cause: 'GREMLINS' }),
    );
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: 'cause' });
    expect(unknown.message).toMatch(/No cause code GREMLINS/);
    const wrongKind = await refused(
      fx.tech.call('repairLog/addFault', { ticketId, ...fault, symptom: 'COMPONENT' }),
    );
    expect(wrongKind).toMatchObject({ code: 'NOT_FOUND', field: 'symptom' });

    const wear = (await fx.supervisor.call('faultCodes/list', { kind: 'cause' })).find(
      (c) => c.code === 'WEAR',
    )!;
    await fx.supervisor.call('faultCodes/save', {
      kind: 'cause',
      code: 'WEAR',
      nameEn: wear.nameEn,
      nameZh: wear.nameZh,
      active: false,
      version: wear.version,
    });
    const retired = await refused(
      fx.tech.call('repairLog/addFault', { ticketId, ...fault, cause: 'WEAR' }),
    );
    expect(retired).toMatchObject({ code: 'RULE', field: 'cause' });
    expect(retired.message).toMatch(/retired/);

    await fx.tech.call('repairLog/addFault', { ticketId, ...fault });
    const twice = await refused(fx.tech.call('repairLog/addFault', { ticketId, ...fault }));
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toMatch(/already has the fault NO_SPIN \/ COMPONENT \/ REPLACE_PART/);
    expect((await fx.tech.call('repairLog/get', { ticketId })).faults).toHaveLength(1);
  });

  it('removing one keeps the row with who removed it; a second removal is a CONFLICT', async () => {
    const ticketId = await fx.onBench();
    const added = await fx.tech.call('repairLog/addFault', { ticketId, ...fault });
    const faultId = added.faults[0].id;
    // Removed by mistake, re-added: allowed again once the first is gone.
    const removed = await fx.tech.call('repairLog/removeFault', { ticketId, faultId });
    expect(removed.faults).toEqual([]);
    const row = await depot.core.db('ticket_faults').where({ id: faultId }).first();
    expect(row).toMatchObject({ removed_by: fx.techId, removed_at: '2026-11-27T01:00:00.000Z' });
    const again = await refused(fx.supervisor.call('repairLog/removeFault', { ticketId, faultId }));
    expect(again).toMatchObject({ code: 'CONFLICT', field: 'faultId' });
    expect(again.message).toMatch(/already removed/);
    await fx.tech.call('repairLog/addFault', { ticketId, ...fault });
  });

  it('a fault of another ticket is NOT_FOUND on this one', async () => {
    const a = await fx.onBench();
    const b = await fx.onBench();
    const faultId = (await fx.tech.call('repairLog/addFault', { ticketId: a, ...fault })).faults[0]
      .id;
    const error = await refused(fx.tech.call('repairLog/removeFault', { ticketId: b, faultId }));
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'faultId' });
    expect((await fx.tech.call('repairLog/get', { ticketId: a })).faults).toHaveLength(1);
  });
});
