import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { checklistStatus } from './checklist';
import { repairLogFixture, type RepairLogFixture } from './repairLogFixture';

// Issue 5, item 3 (policy 3.3: after the repair the unit is tested fully): every item of the
// product type's checklist must pass before the ticket is ready for pickup; a failure says
// what failed; a pass from before a further repair does not count.

let depot: TestDepot;
let fx: RepairLogFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await repairLogFixture(depot);
  await depot.admin.call('settings/update', { security: { autoLockMinutes: 0 } });
});
afterEach(() => depot.close());

/** A claimed, covered ticket repaired and now in testing (through the lifecycle). */
async function inTesting(): Promise<number> {
  const id = await fx.onBench();
  await fx.move(id, 'in_repair', 'testing');
  return id;
}

async function items(ticketId: number) {
  return (await fx.tech.call('repairLog/get', { ticketId })).checklist.items;
}

async function passAll(ticketId: number) {
  for (const item of await items(ticketId)) {
    await fx.tech.call('checklist/record', {
      ticketId,
      itemId: item.id,
      result: 'pass',
      seenCheckId: item.checkId,
    });
  }
}

describe('checklists per product type', () => {
  it('a type without its own list is tested with the default list', async () => {
    const list = await fx.tech.call('checklist/items', { productTypeId: fx.intake.wmTypeId });
    expect(list.source).toBe('default');
    expect(list.items.map((i) => [i.code, i.labelZh])).toEqual([
      ['POWER_ON', '通電測試'],
      ['FUNCTION', '功能測試'],
      ['SAFETY', '安全漏電測試'],
      ['APPEARANCE', '外觀檢查'],
      ['ACCESSORIES', '配件齊全'],
    ]);
  });

  it('a supervisor gives a type its own list; an empty list goes back to the default', async () => {
    const typeId = fx.intake.acTypeId;
    const own = await fx.supervisor.call('checklist/saveItems', {
      productTypeId: typeId,
      items: [
        { code: 'cooling', labelEn: 'Cools to 18 °C in 15 min', labelZh: '15 分鐘內降至 18 °C' },
        { code: 'SAFETY', labelEn: 'Leakage current test', labelZh: '漏電測試' },
      ],
    });
    expect(own).toMatchObject({ productTypeId: typeId, source: 'type' });
    expect(own.items.map((i) => i.code)).toEqual(['COOLING', 'SAFETY']);
    // Reordered, one retired, one added.
    const again = await fx.supervisor.call('checklist/saveItems', {
      productTypeId: typeId,
      items: [
        { code: 'SAFETY', labelEn: 'Leakage current test', labelZh: '漏電測試' },
        { code: 'DRAIN', labelEn: 'Condensate drains', labelZh: '冷凝水排放正常' },
      ],
    });
    expect(again.items.map((i) => i.code)).toEqual(['SAFETY', 'DRAIN']);
    expect(again.items[0].id).toBe(own.items[1].id);
    const reverted = await fx.supervisor.call('checklist/saveItems', {
      productTypeId: typeId,
      items: [],
    });
    expect(reverted.source).toBe('default');
    expect(await depot.core.db('audit_log').where({ entity: 'checklist' })).toHaveLength(3);
  });

  it('refuses an empty default list, a code given twice, an unknown type and other roles', async () => {
    const before = await fx.counts();
    const empty = await refused(
      fx.supervisor.call('checklist/saveItems', { productTypeId: null, items: [] }),
    );
    expect(empty).toMatchObject({ code: 'RULE', field: 'items' });
    const item = { code: 'A', labelEn: 'A', labelZh: '甲' };
    const twice = await refused(
      fx.supervisor.call('checklist/saveItems', { productTypeId: null, items: [item, item] }),
    );
    expect(twice.code).toBe('VALIDATION');
    expect(twice.message).toMatch(/items\.1\.code: Code A is given twice/);
    const unknown = await refused(
      fx.supervisor.call('checklist/saveItems', { productTypeId: 999, items: [item] }),
    );
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: 'productTypeId' });
    const tech = await refused(
      fx.tech.call('checklist/saveItems', { productTypeId: null, items: [item] }),
    );
    expect(tech.code).toBe('FORBIDDEN');
    expect(await fx.counts()).toEqual(before);
  });
});

describe('recording test results', () => {
  it('only while the ticket is in testing', async () => {
    const ticketId = await fx.onBench();
    const [first] = await items(ticketId);
    const error = await refused(
      fx.tech.call('checklist/record', { ticketId, itemId: first.id, result: 'pass' }),
    );
    expect(error.code).toBe('RULE');
    expect(error.message).toMatch(
      /is diagnosing; test results are recorded while it is in testing/,
    );
  });

  it('a failure needs a note saying what failed', async () => {
    const ticketId = await inTesting();
    const [first] = await items(ticketId);
    const before = await fx.counts();
    const error = await refused(
      fx.tech.call('checklist/record', { ticketId, itemId: first.id, result: 'fail' }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/note: A failed check needs a note saying what failed/);
    expect(await fx.counts()).toEqual(before);
  });

  it("refuses an item that is not on the ticket's checklist, and another technician", async () => {
    const ticketId = await inTesting();
    // The air conditioners' own list does not apply to this washing machine.
    const ac = await fx.supervisor.call('checklist/saveItems', {
      productTypeId: fx.intake.acTypeId,
      items: [{ code: 'COOLING', labelEn: 'Cools', labelZh: '製冷' }],
    });
    const wrong = await refused(
      fx.tech.call('checklist/record', { ticketId, itemId: ac.items[0].id, result: 'pass' }),
    );
    expect(wrong).toMatchObject({ code: 'RULE', field: 'itemId' });
    const [first] = await items(ticketId);
    const other = await refused(
      fx.otherTech.call('checklist/record', { ticketId, itemId: first.id, result: 'pass' }),
    );
    expect(other.code).toBe('FORBIDDEN');
  });

  it('the latest result per item counts: passed only when every item passed', async () => {
    const ticketId = await inTesting();
    const [power, fn] = await items(ticketId);
    expect(await checklistStatus(depot.core.db, ticketId)).toEqual({
      passed: false,
      failing: [],
      missing: ['POWER_ON', 'FUNCTION', 'SAFETY', 'APPEARANCE', 'ACCESSORIES'],
    });
    await fx.tech.call('checklist/record', { ticketId, itemId: power.id, result: 'pass' });
    const failed = await fx.tech.call('checklist/record', {
      ticketId,
      itemId: fn.id,
      result: 'fail',
      note: 'Spin stops at 400 rpm',
    });
    expect(failed.checklist).toMatchObject({
      passed: false,
      failing: ['FUNCTION'],
      missing: ['SAFETY', 'APPEARANCE', 'ACCESSORIES'],
    });
    expect(failed.checklist.items[1]).toMatchObject({
      code: 'FUNCTION',
      result: 'fail',
      note: 'Spin stops at 400 rpm',
      by: { id: fx.techId },
    });
    await passAll(ticketId);
    expect(await checklistStatus(depot.core.db, ticketId)).toEqual({
      passed: true,
      failing: [],
      missing: [],
    });
  });
});

describe('two stations testing one unit', () => {
  it('a stale pass never replaces a newer fail: the later save is refused', async () => {
    const ticketId = await inTesting();
    await passAll(ticketId);
    const seenByB = (await items(ticketId))[2]; // station B loads the log: SAFETY passed
    const seenByA = (await items(ticketId))[2];
    await fx.tech.call('checklist/record', {
      ticketId,
      itemId: seenByA.id,
      result: 'fail',
      note: 'Leakage 2 mA',
      seenCheckId: seenByA.checkId,
    });
    const stale = await refused(
      fx.tech.call('checklist/record', {
        ticketId,
        itemId: seenByB.id,
        result: 'pass',
        seenCheckId: seenByB.checkId,
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/SAFETY was recorded meanwhile \(fail by Staff hao\)/);
    expect(await checklistStatus(depot.core.db, ticketId)).toMatchObject({
      passed: false,
      failing: ['SAFETY'],
    });
  });
});

describe('ready for pickup (policy 3.3)', () => {
  it('is refused until the checklist passed, naming what failed and what is untested', async () => {
    const ticketId = await inTesting();
    const [power] = await items(ticketId);
    await fx.tech.call('checklist/record', {
      ticketId,
      itemId: power.id,
      result: 'fail',
      note: 'Trips the breaker',
    });
    const version = await fx.version(ticketId);
    const error = await refused(
      fx.tech.call('bench/transition', { ticketId, version, to: 'ready_for_pickup' }),
    );
    expect(error.code).toBe('RULE');
    expect(error.message).toMatch(
      /test checklist has not passed \(failed: POWER_ON; not tested: FUNCTION, SAFETY, APPEARANCE, ACCESSORIES; policy 3\.3\)/,
    );
    expect(await fx.status(ticketId)).toBe('testing');
    await passAll(ticketId);
    const ready = await fx.tech.call('bench/transition', {
      ticketId,
      version,
      to: 'ready_for_pickup',
    });
    expect(ready.status).toBe('ready_for_pickup');
  });

  it('a pass from before a further repair does not count: test again', async () => {
    const ticketId = await inTesting();
    await passAll(ticketId);
    depot.clock.advanceMinutes(1);
    await fx.move(ticketId, 'in_repair');
    depot.clock.advanceMinutes(30);
    await fx.move(ticketId, 'testing');
    const status = await checklistStatus(depot.core.db, ticketId);
    expect(status.passed).toBe(false);
    expect(status.missing).toHaveLength(5);
    await passAll(ticketId);
    expect((await checklistStatus(depot.core.db, ticketId)).passed).toBe(true);
  });
});
