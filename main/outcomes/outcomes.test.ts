import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { ticketCost } from '../bench/cost';
import { repairLogFixture, type RepairLogFixture } from '../bench/repairLogFixture';
import { addWorkingDays } from '../intake/workingDays';
import { ticketMoney } from '../pricing/ticketMoney';
import { signaturePng } from '../testing/images';
import { fillOutcomes, recountOutcomes } from './fill';
import type { OutcomeRow } from './outcomeRows';

// ticket_outcomes is a summary kept exact in the transactions of the events it sums (issue 10,
// performance): after each event, through the real channels, the table equals a full recount
// from the source rows; a bill stays as it was handed over when prices change later.

let depot: TestDepot;
let fx: RepairLogFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await repairLogFixture(depot);
}, 60_000);
afterEach(() => depot.close());

const settings = () => depot.core.services.settings.current();
const outcome = async (ticketId: number) =>
  (await depot.core.db('ticket_outcomes').where({ ticket_id: ticketId }).first()) as
    OutcomeRow | undefined;

/** A not-covered repair with an approved quote, a pump issued and 30 minutes, ready for pick-up. */
async function readyForPickup() {
  const pump = await fx.stock.part({ nameEn: 'Drain pump', nameZh: '排水泵' });
  await fx.stock.receive(pump.id, 10, 1500);
  const id = await fx.onBench(false);
  await depot.core.db('quotes').insert({
    ticket_id: id,
    labour_minutes: 30,
    labour_cost: 40_000,
    parts_cost: 3000,
    total: 43_000,
    lines: '[]',
    status: 'approved',
    created_by: fx.techId,
    created_at: '2026-11-27T01:00:00.000Z',
  });
  const issued = await fx.issue(id, pump.id, 2);
  await fx.tech.call('labour/add', { ticketId: id, minutes: 30 });
  await fx.force(id, 'ready_for_pickup');
  return { id, ...issued };
}

const signature = `data:image/png;base64,${signaturePng().toString('base64')}`;

/** The customer signs for the unit: delivered, the hand-over of bench/transition.ts. */
async function deliver(id: number) {
  await fx.clerk.call('acceptance/accept', {
    ticketId: id,
    version: await fx.version(id),
    signature,
  });
}

describe('ticket outcomes (main/outcomes/)', () => {
  it('are written at hand-over and kept by every later event, equal to a full recount', async () => {
    const t = await readyForPickup();
    expect(await outcome(t.id)).toBeUndefined();
    await deliver(t.id);
    const handedOver = await outcome(t.id);
    // 30 min at 800.00/h = 400.00; 2 pumps at 15.00; billed at cost (no selling price, no
    // markup) + labour 400.00, tax 5 % of 430.00 = 21.50.
    expect(handedOver).toMatchObject({ minutes: 30, labour: 40_000, parts: 3000, paid: 0 });
    expect(Number(handedOver!.bill_parts) + Number(handedOver!.bill_labour)).toBe(43_000);
    expect(Number(handedOver!.tax)).toBe(2150);
    expect(await recountOutcomes(depot.core.db, settings())).toEqual([]);

    // Paid at the desk after hand-over.
    await fx.clerk.call('payments/record', {
      ticketId: t.id,
      kind: 'repair',
      method: 'cash',
      amount: 10_000,
      receiptNo: 'R-OUT-1',
    });
    expect(Number((await outcome(t.id))!.paid)).toBe(10_000);

    // The follow-up call reaches the customer.
    const f = (await depot.core.db('follow_ups').where({ ticket_id: t.id }).first('id')) as {
      id: number;
    };
    await fx.clerk.call('followUps/recordAttempt', {
      followUpId: f.id,
      method: 'phone',
      reached: true,
      satisfaction: 4,
    });
    expect((await outcome(t.id))!.score).toBe(4);

    // The unit comes back within the re-repair window, then that ticket is cancelled.
    const unit = (await depot.core.db('tickets').where({ id: t.id }).first('unit_id')) as {
      unit_id: number;
    };
    const again = await fx.ticket({
      covered: false,
      patch: { newUnit: undefined, unitId: unit.unit_id },
    });
    expect((await outcome(t.id))!.rerepair_id).toBe(again);
    expect(await recountOutcomes(depot.core.db, settings())).toEqual([]);
    await fx.clerk.call('tickets/cancel', {
      id: again,
      version: await fx.version(again),
      reason: 'Registered twice',
    });
    expect((await outcome(t.id))!.rerepair_id).toBeNull();
    expect(await recountOutcomes(depot.core.db, settings())).toEqual([]);

    // One pump comes back to the stockroom after hand-over: the cost follows the ledger; the
    // bill the customer was handed stays (a recount today would bill one pump less).
    await fx.giveBack(t.requisitionId, t.lineId, 1);
    expect(Number((await outcome(t.id))!.parts)).toBe(1500);

    const differences = await recountOutcomes(depot.core.db, settings());
    expect(differences.map((d) => d.column)).toEqual(['bill_parts', 'tax']);
  });

  it('keep the bill as it was handed over when the tax changes later', async () => {
    const t = await readyForPickup();
    await deliver(t.id);
    const before = await ticketMoney(depot.core.db, t.id, settings());
    await fx.supervisor.call('prices/update', { taxRatePercent: 10 });
    const after = await ticketMoney(depot.core.db, t.id, settings());
    expect(after.billed).toEqual(before.billed);
    // The recount at today's rules differs in the tax alone: the row is the bill as handed over.
    const differences = await recountOutcomes(depot.core.db, settings());
    expect(differences.map((d) => d.column)).toEqual(['tax']);
  });

  it('keep labour at the rate of the hand-over, on the bench as in the reports', async () => {
    const t = await readyForPickup();
    await deliver(t.id);
    await depot.admin.call('settings/update', { policy: { labourRatePerHour: 120_000 } });
    // 30 min stays 400.00 (at 800.00/h), not 600.00.
    expect((await ticketCost(depot.core.db, t.id, settings())).labourCost).toBe(40_000);
    const log = await fx.tech.call('repairLog/get', { ticketId: t.id });
    expect(log.cost).toMatchObject({ labourCost: 40_000, partsCost: 3000, total: 43_000 });
  });

  it('refuse to issue parts once the unit is handed back: the bill has gone with it', async () => {
    const t = await readyForPickup();
    const belt = await fx.stock.part({ nameEn: 'Belt', nameZh: '皮帶' });
    await fx.stock.receive(belt.id, 5, 250);
    const req = await fx.stock.technician.call('requisitions/create', {
      ticketId: t.id,
      lines: [{ partId: belt.id, quantity: 1 }],
    });
    await fx.stock.supervisor.call('requisitions/decide', {
      id: req.id,
      version: req.version,
      decision: 'approve',
      lines: [{ lineId: req.lines[0].id, approved: 1 }],
    });
    await deliver(t.id);
    const error = await refused(
      fx.stock.keeper.call('requisitions/issue', {
        id: req.id,
        lines: [{ lineId: req.lines[0].id, quantity: 1 }],
      }),
    );
    expect(error.message).toMatch(/is delivered; nothing more is issued/);
    expect(await recountOutcomes(depot.core.db, settings())).toEqual([]);
  });

  it("judge on time by today's calendar: a holiday entered later moves the due day", async () => {
    const t = await readyForPickup();
    await deliver(t.id);
    const before = (await outcome(t.id))!;
    const holiday = addWorkingDays(before.reported_day, 1, settings().calendar);
    await depot.admin.call('settings/update', { calendar: { holidays: [holiday] } });
    const after = (await outcome(t.id))!;
    expect(after.due_day).toBe(addWorkingDays(before.due_day, 1, settings().calendar));
    expect(await recountOutcomes(depot.core.db, settings())).toEqual([]);
  });

  it('are filled at start-up for tickets handed back without one, once', async () => {
    const a = await readyForPickup();
    await deliver(a.id);
    const b = await fx.onBench(true);
    await depot.core
      .db('tickets')
      .where({ id: b })
      .update({ status: 'delivered', completed_at: '2026-11-20T03:00:00.000Z' });
    expect(await outcome(b)).toBeUndefined();
    expect(await fillOutcomes(depot.core.db, settings())).toBe(1);
    expect(await fillOutcomes(depot.core.db, settings())).toBe(0);
    expect(await outcome(b)).toMatchObject({ ticket_id: b, warranty_status: 'covered' });
    expect(await recountOutcomes(depot.core.db, settings())).toEqual([]);
  });
});
