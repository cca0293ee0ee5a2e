import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAudit } from '../audit/auditLog';
import { createTestDepot, type TestDepot } from '../testing/testCore';
import { repairLogFixture, type RepairLogFixture } from './repairLogFixture';

let depot: TestDepot;
let fx: RepairLogFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await repairLogFixture(depot);
});
afterEach(() => depot.close());

describe('the ticket timeline shows everything that happened, with who and when', () => {
  it('intake, the claim, notes, labour, a requisition approved and issued', async () => {
    const ticketId = await fx.onBench();
    await fx.tech.call('repairLog/addNote', { ticketId, kind: 'note', text: 'Drum bearing noisy' });
    await fx.tech.call('labour/add', { ticketId, minutes: 25 });
    const part = await fx.stock.part({ partNo: 'BRG-1' });
    await fx.stock.receive(part.id, 5, 300);
    await fx.issue(ticketId, part.id, 1);

    const view = await fx.tech.call('bench/ticket', { ticketId });
    const kinds = view.history.map((e) => e.kind);
    expect(kinds).toEqual([
      'intake',
      'status', // claimed: received → diagnosing
      'note',
      'labour',
      'requisition',
      'requisitionApproved',
      'partsIssued',
      ...kinds.slice(7),
    ]);
    const note = view.history.find((e) => e.kind === 'note')!;
    expect(note.params).toMatchObject({ text: 'Drum bearing noisy', kind: 'note' });
    expect(note.by).toBeTruthy();
    expect(note.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(view.history.find((e) => e.kind === 'labour')!.params).toMatchObject({ minutes: 25 });
    expect(view.history.find((e) => e.kind === 'requisition')!.params.reqNo).toMatch(/\S/);
    // In the order they were committed.
    const ids = view.history.map((e) => e.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it('the desk reads the same timeline on its own, without the bench view', async () => {
    const ticketId = await fx.onBench();
    const view = await fx.tech.call('bench/ticket', { ticketId });
    expect(await fx.clerk.call('tickets/history', { ticketId })).toEqual(view.history);
  });

  it("shows a payment's amount only to those who read payments (a technician sees that one was taken)", async () => {
    const ticketId = await fx.onBench();
    // A payment as payments/record audits it (payments.ts); a covered repair takes none, so
    // the row is written here.
    await depot.core.db.transaction((trx) =>
      writeAudit(trx, {
        entity: 'ticket',
        entityId: ticketId,
        action: 'payment',
        after: { amount: 10_000, method: 'cash', receiptNo: 'R-HIST-1' },
        channel: 'payments/record',
        staffId: null,
        at: new Date(),
      }),
    );
    const paid = (entries: { kind: string; params: Record<string, unknown> }[]) =>
      entries.find((e) => e.kind === 'payment');
    expect(paid(await fx.clerk.call('tickets/history', { ticketId }))?.params).toMatchObject({
      amount: 10_000,
      method: 'cash',
    });
    expect(paid((await fx.tech.call('bench/ticket', { ticketId })).history)?.params).toEqual({});
  });

  it('a status change says from and to', async () => {
    const ticketId = await fx.onBench();
    await fx.move(ticketId, 'in_repair');
    const view = await fx.tech.call('bench/ticket', { ticketId });
    const move = view.history.filter((e) => e.kind === 'status').at(-1)!;
    expect(move.params).toMatchObject({ from: 'diagnosing', status: 'in_repair' });
  });
});
