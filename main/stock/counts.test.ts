import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestClient, type TestDepot } from '../testing/testCore';
import type { Input } from '../handlers';
import { stockFixture, type StockFixture } from './stockFixture';

let depot: TestDepot;
let fx: StockFixture;
/** Bin A-01: a pump (10 on hand at 1000) and a belt (4 on hand at 250); bin B-02: a filter. */
let pump: number;
let belt: number;
let filter: number;

beforeEach(async () => {
  depot = await createTestDepot();
  fx = await stockFixture(depot);
  pump = (await fx.part({ partNo: 'PUMP-1', bin: 'A-01', category: 'PUMP' })).id;
  belt = (await fx.part({ partNo: 'BELT-1', bin: 'A-01', category: 'BELT', nameEn: 'Belt' })).id;
  filter = (await fx.part({ partNo: 'FILT-1', bin: 'B-02', category: 'PUMP' })).id;
  await fx.receive(pump, 10, 1000);
  await fx.receive(belt, 4, 250);
  await fx.receive(filter, 3, 800);
});
afterEach(() => depot.close());

const binA: Input<'counts/start'> = { scope: { kind: 'bin', value: 'A-01' } };

async function start(by: TestClient = fx.keeper, input = binA) {
  return (await by.call('counts/start', input)).count;
}

async function record(
  countId: number,
  partNo: string,
  quantity: number,
  source: 'scan' | 'typed' = 'scan',
) {
  return fx.keeper.call('counts/record', { countId, partNo, quantity, source });
}

/** Everything a refused call must leave as it was. */
async function snapshot() {
  const db = depot.core.db;
  const rows = async (t: string) => JSON.stringify(await db(t).orderBy(db.raw('1')));
  return {
    counts: await rows('stock_counts'),
    lines: await rows('stock_count_lines'),
    entries: await rows('stock_count_entries'),
    levels: await rows('stock_levels'),
    moves: await rows('stock_moves'),
    audit: await rows('audit_log'),
  };
}

const onHand = async (id: number) => (await fx.keeper.call('parts/get', { id })).onHand;

describe('starting a blind count (盤點, policy 5.2)', () => {
  it('covers the active parts of one bin, in any letter case, and none counted yet', async () => {
    const retired = await fx.part({ partNo: 'OLD-1', bin: 'A-01' });
    await fx.keeper.call('parts/update', {
      id: retired.id,
      version: retired.version,
      active: false,
    });
    const started = await fx.keeper.call('counts/start', {
      scope: { kind: 'bin', value: ' a-01 ' },
      note: 'Month end',
    });
    expect(started.count).toMatchObject({
      status: 'open',
      scope: { kind: 'bin', value: 'a-01' },
      note: 'Month end',
      lineCount: 2,
      uncounted: 2,
      flagged: 0,
    });
    expect(started.lines.map((l) => [l.partNo, l.counted, l.flagged])).toEqual([
      ['BELT-1', null, false],
      ['PUMP-1', null, false],
    ]);
  });

  it('covers a category across bins', async () => {
    const count = await start(fx.keeper, { scope: { kind: 'category', value: 'PUMP' } });
    const sheet = await fx.keeper.call('counts/get', { countId: count.id });
    expect(sheet.lines.map((l) => [l.partNo, l.bin])).toEqual([
      ['PUMP-1', 'A-01'],
      ['FILT-1', 'B-02'],
    ]);
  });

  it('refuses an empty scope and changes nothing', async () => {
    const before = await snapshot();
    const error = await refused(start(fx.keeper, { scope: { kind: 'bin', value: 'Z-99' } }));
    expect(error).toMatchObject({ code: 'RULE', field: 'scope.value' });
    expect(error.message).toMatch(/No active parts in bin Z-99/);
    const bad = await fx.keeper.raw('counts/start', { scope: { kind: 'shelf', value: 'A' } });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'VALIDATION' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a second open count over the same parts, naming the open one', async () => {
    const first = await start();
    const before = await snapshot();
    const same = await refused(start());
    expect(same).toMatchObject({ code: 'CONFLICT', details: { countId: first.id } });
    expect(same.message).toMatch(new RegExp(`Count #${first.id} of bin A-01 is still open`));
    // A category that shares the pump with the open bin count overlaps it too.
    const pumps = await refused(start(fx.keeper, { scope: { kind: 'category', value: 'pump' } }));
    expect(pumps).toMatchObject({ code: 'CONFLICT', details: { partNos: ['PUMP-1'] } });
    expect(await snapshot()).toEqual(before);
    // Another bin is fine; once the first count is cancelled its bin may be counted again.
    await start(fx.keeper, { scope: { kind: 'bin', value: 'B-02' } });
    await fx.supervisor.call('counts/cancel', {
      countId: first.id,
      version: first.version,
      reason: 'Started by mistake',
    });
    expect((await start()).lineCount).toBe(2);
  });
});

describe('recording entries', () => {
  it('the first entry sets the count; the part number is normalised like a typed one', async () => {
    const count = await start();
    const r = await record(count.id, ' pump-1 ', 9);
    expect(r).toEqual({
      status: 'counted',
      countId: count.id,
      partId: pump,
      partNo: 'PUMP-1',
      counted: 9,
      flagged: false,
    });
    const sheet = await fx.keeper.call('counts/get', { countId: count.id });
    expect(sheet.lines.find((l) => l.partId === pump)).toMatchObject({
      counted: 9,
      flagged: false,
      countedAt: depot.clock.now.toISOString(),
    });
    expect(sheet.count).toMatchObject({ uncounted: 1, version: count.version + 1 });
  });

  it('a duplicate scan is flagged, not added; a typed second entry too; both are logged', async () => {
    const count = await start();
    await record(count.id, 'PUMP-1', 9);
    const again = await record(count.id, 'PUMP-1', 9);
    expect(again).toMatchObject({ status: 'flagged', counted: 9, flagged: true });
    const typed = await record(count.id, 'PUMP-1', 3, 'typed');
    expect(typed).toMatchObject({ status: 'flagged', counted: 9, flagged: true });
    const sheet = await fx.keeper.call('counts/get', { countId: count.id });
    expect(sheet.lines.find((l) => l.partId === pump)).toMatchObject({ counted: 9, flagged: true });
    const review = await fx.supervisor.call('counts/review', { countId: count.id });
    expect(review.entries.map((e) => [e.partNo, e.quantity, e.source, e.duplicate])).toEqual([
      ['PUMP-1', 9, 'scan', false],
      ['PUMP-1', 9, 'scan', true],
      ['PUMP-1', 3, 'typed', true],
    ]);
  });

  it('two counters scanning the same part at once: one counts, the other is flagged', async () => {
    const count = await start();
    const other = await depot.as(['stockroom_keeper']);
    const both = await Promise.all([
      record(count.id, 'BELT-1', 4),
      other.call('counts/record', {
        countId: count.id,
        partNo: 'BELT-1',
        quantity: 5,
        source: 'scan',
      }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(['counted', 'flagged']);
    const review = await fx.supervisor.call('counts/review', { countId: count.id });
    expect(review.entries.map((e) => e.duplicate)).toEqual([false, true]);
    // The log is append-only: what was entered cannot be rewritten.
    const db = depot.core.db;
    await expect(db('stock_count_entries').update({ quantity: 9 })).rejects.toThrow(/append-only/);
    await expect(db('stock_count_entries').delete()).rejects.toThrow(/append-only/);
  });

  it('resolving sets the quantity explicitly and clears the flag', async () => {
    const count = await start();
    await record(count.id, 'PUMP-1', 9);
    await record(count.id, 'PUMP-1', 1);
    const r = await fx.keeper.call('counts/resolve', {
      countId: count.id,
      partId: pump,
      quantity: 10,
    });
    expect(r).toMatchObject({ status: 'counted', counted: 10, flagged: false });
    const review = await fx.supervisor.call('counts/review', { countId: count.id });
    expect(review.lines.find((l) => l.partId === pump)).toMatchObject({
      counted: 10,
      flagged: false,
      variance: 0,
    });
    expect(review.entries.at(-1)).toMatchObject({ source: 'resolve', quantity: 10 });
  });

  it('refuses unknown parts, parts outside the scope and bad quantities, changing nothing', async () => {
    const count = await start();
    const before = await snapshot();
    const unknown = await refused(record(count.id, 'NOPE-9', 1));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: 'partNo' });
    const outside = await refused(record(count.id, 'FILT-1', 1));
    expect(outside).toMatchObject({ code: 'RULE', field: 'partNo' });
    expect(outside.message).toMatch(/Part FILT-1 is not in bin A-01/);
    const resolveOutside = await refused(
      fx.keeper.call('counts/resolve', { countId: count.id, partId: filter, quantity: 1 }),
    );
    expect(resolveOutside).toMatchObject({ code: 'RULE' });
    const noCount = await refused(record(count.id + 99, 'PUMP-1', 1));
    expect(noCount).toMatchObject({ code: 'NOT_FOUND', field: 'countId' });
    for (const [input, message] of [
      [{ quantity: -1 }, /quantity: Quantity must be at least 0/],
      [{ quantity: 2.5 }, /quantity: Quantity must be a whole number/],
      [{ source: 'guess' }, /source: Source is scan or typed/],
      [{ partNo: 'PUMP\t1' }, /partNo: Part number may not contain control characters/],
    ] as [Record<string, unknown>, RegExp][]) {
      const r = await fx.keeper.raw('counts/record', {
        countId: count.id,
        partNo: 'PUMP-1',
        quantity: 1,
        source: 'scan',
        ...input,
      });
      expect(!r.ok && r.error.message).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('blind: counters never see the books', () => {
  it('counts/get and counts/list carry no on-hand, expected or variance, even for a supervisor', async () => {
    const count = await start();
    await record(count.id, 'PUMP-1', 7);
    await record(count.id, 'BELT-1', 4);
    const readers = [fx.keeper, fx.supervisor, fx.technician];
    const check = async () => {
      for (const who of readers) {
        const text = JSON.stringify([
          await who.call('counts/get', { countId: count.id }),
          await who.call('counts/list', {}),
        ]);
        expect(text).not.toMatch(/onHand|on_hand|expected|variance|avgCost|unitCost/i);
      }
    };
    await check();
    const { version } = await fx.supervisor
      .call('counts/review', { countId: count.id })
      .then((r) => r.count);
    await fx.supervisor.call('counts/post', { countId: count.id, version });
    await check();
  });
});

describe('review and posting (supervisor only)', () => {
  it('reviews expected, counted, variance and its value; posts + and - variances', async () => {
    const count = await start();
    await record(count.id, 'PUMP-1', 7); // 3 short
    await record(count.id, 'BELT-1', 6); // 2 over
    const review = await fx.supervisor.call('counts/review', { countId: count.id });
    expect(
      review.lines.map((l) => [l.partNo, l.expected, l.counted, l.variance, l.varianceValue]),
    ).toEqual([
      ['BELT-1', 4, 6, 2, 500],
      ['PUMP-1', 10, 7, -3, -3000],
    ]);
    expect(review.totals).toEqual({
      lines: 2,
      uncounted: 0,
      flagged: 0,
      withVariance: 2,
      surplusUnits: 2,
      shortageUnits: 3,
      surplusValue: 500,
      shortageValue: 3000,
      netValue: -2500,
    });

    const posted = await fx.supervisor.call('counts/post', {
      countId: count.id,
      version: review.count.version,
    });
    expect(posted.count).toMatchObject({ status: 'posted', version: review.count.version + 1 });
    expect(posted.count.postedAt).toBe(depot.clock.now.toISOString());
    expect(posted.lines.map((l) => [l.partNo, l.expected, l.variance, l.moveId !== null])).toEqual([
      ['BELT-1', 4, 2, true],
      ['PUMP-1', 10, -3, true],
    ]);
    // The books now equal the shelves (賬實相符), through the ledger.
    expect(await onHand(pump)).toBe(7);
    expect(await onHand(belt)).toBe(6);
    const moves = await depot.core
      .db('stock_moves')
      .where({ kind: 'count_variance', ref_type: 'stock_count', ref_id: String(count.id) })
      .orderBy('part_id');
    expect(
      moves.map((m: { part_id: number; quantity: number }) => [m.part_id, m.quantity]),
    ).toEqual([
      [pump, -3],
      [belt, 2],
    ]);
    expect(await fx.keeper.call('stock/verify', {})).toEqual({ consistent: true, mismatches: [] });
  });

  it('the variance is the shelf against the books when counted; later moves are kept', async () => {
    const count = await start();
    await record(count.id, 'PUMP-1', 8); // books 10: two missing
    await record(count.id, 'BELT-1', 4); // books 4: matches
    // After the count, two pumps are scrapped and a delivery of belts arrives.
    await fx.supervisor.call('stock/adjust', { partId: pump, quantity: -2, reason: 'Scrapped' });
    await fx.receive(belt, 3, 1000);
    const review = await fx.supervisor.call('counts/review', { countId: count.id });
    const line = (partNo: string) => review.lines.find((l) => l.partNo === partNo);
    expect(line('PUMP-1')).toMatchObject({ expected: 10, counted: 8, variance: -2 });
    expect(line('BELT-1')).toMatchObject({ expected: 4, counted: 4, variance: 0 });
    const posted = await fx.supervisor.call('counts/post', {
      countId: count.id,
      version: review.count.version,
    });
    expect(posted.lines.find((l) => l.partNo === 'BELT-1')).toMatchObject({
      variance: 0,
      moveId: null,
    });
    // The shortage found by the count is booked and the later moves stand: 10 - 2 - 2 = 6, 4 + 3.
    expect(await onHand(pump)).toBe(6);
    expect(await onHand(belt)).toBe(7);
    expect(await fx.keeper.call('stock/verify', {})).toMatchObject({ consistent: true });
  });

  it('resolve is only for a flagged line: a counted line is not silently recounted', async () => {
    const count = await start();
    await record(count.id, 'PUMP-1', 5);
    const error = await refused(
      fx.keeper.call('counts/resolve', { countId: count.id, partId: pump, quantity: 1 }),
    );
    expect(error.code).toBe('RULE');
    expect(error.message).toMatch(/no duplicate entry to resolve/);
    const review = await fx.supervisor.call('counts/review', { countId: count.id });
    expect(review.lines.find((l) => l.partNo === 'PUMP-1')?.counted).toBe(5);
  });

  it('an empty shelf counts as zero and takes the whole stock off the books', async () => {
    const count = await start();
    await record(count.id, 'PUMP-1', 0, 'typed');
    await record(count.id, 'BELT-1', 4);
    const { version } = (await fx.supervisor.call('counts/review', { countId: count.id })).count;
    await fx.supervisor.call('counts/post', { countId: count.id, version });
    expect(await onHand(pump)).toBe(0);
    expect(await fx.keeper.call('stock/verify', {})).toMatchObject({ consistent: true });
  });

  it('refuses to post while a line is uncounted or flagged, naming the parts', async () => {
    const count = await start();
    await record(count.id, 'PUMP-1', 7);
    await record(count.id, 'PUMP-1', 7);
    const review = await fx.supervisor.call('counts/review', { countId: count.id });
    const { version } = review.count;
    const before = await snapshot();
    const error = await refused(fx.supervisor.call('counts/post', { countId: count.id, version }));
    expect(error).toMatchObject({
      code: 'RULE',
      details: { uncounted: ['BELT-1'], flagged: ['PUMP-1'] },
    });
    expect(error.message).toMatch(/not yet counted: BELT-1; duplicate entries to resolve: PUMP-1/);
    // The review said so before the supervisor pressed Post, by the same rule.
    expect(review.actions.post).toEqual({
      allowed: false,
      refusal: {
        code: error.code,
        reason: error.reason,
        params: error.params,
        message: error.message,
      },
    });
    expect(review.actions.cancel.allowed).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('posting twice is refused and changes nothing; so is a stale version', async () => {
    const count = await start();
    await record(count.id, 'PUMP-1', 7);
    const stale = (await fx.supervisor.call('counts/review', { countId: count.id })).count.version;
    await record(count.id, 'BELT-1', 4);
    const before = await snapshot();
    const changed = await refused(
      fx.supervisor.call('counts/post', { countId: count.id, version: stale }),
    );
    expect(changed).toMatchObject({ code: 'CONFLICT' });
    expect(changed.message).toMatch(/changed since you reviewed it/);
    expect(await snapshot()).toEqual(before);

    const version = stale + 1;
    await fx.supervisor.call('counts/post', { countId: count.id, version });
    const posted = await snapshot();
    const twice = await refused(fx.supervisor.call('counts/post', { countId: count.id, version }));
    // The sheet and the review say so before anyone tries, by the same rule.
    const sheet = await fx.keeper.call('counts/get', { countId: count.id });
    expect(sheet.actions.record.refusal?.reason).toBe(twice.reason);
    const review = await fx.supervisor.call('counts/review', { countId: count.id });
    expect(review.actions.post.refusal?.reason).toBe(twice.reason);
    expect(twice).toMatchObject({ code: 'CONFLICT', details: { status: 'posted' } });
    expect(twice.message).toMatch(new RegExp(`Count #${count.id} already posted`));
    const late = await refused(record(count.id, 'PUMP-1', 1));
    expect(late.message).toMatch(/already posted/);
    const cancel = await refused(
      fx.supervisor.call('counts/cancel', { countId: count.id, version: version + 1, reason: 'x' }),
    );
    expect(cancel).toMatchObject({ code: 'CONFLICT' });
    expect(await snapshot()).toEqual(posted);
    expect(await onHand(pump)).toBe(7);
  });

  it('a cancelled count posts nothing and takes no more entries', async () => {
    const count = await start();
    await record(count.id, 'PUMP-1', 1);
    const { version } = (await fx.supervisor.call('counts/review', { countId: count.id })).count;
    const cancelled = await fx.supervisor.call('counts/cancel', {
      countId: count.id,
      version,
      reason: 'Wrong bin',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Wrong bin' });
    expect(await refused(record(count.id, 'BELT-1', 1))).toMatchObject({ code: 'CONFLICT' });
    expect(await onHand(pump)).toBe(10);
    const list = await fx.keeper.call('counts/list', {});
    expect(list.rows.map((r) => [r.id, r.status])).toEqual([[count.id, 'cancelled']]);
  });

  it('only supervisors review, post and cancel; technicians neither count nor post', async () => {
    const count = await start(fx.supervisor);
    const before = await snapshot();
    const calls: [TestClient, string, unknown][] = [
      [fx.technician, 'counts/start', binA],
      [
        fx.technician,
        'counts/record',
        { countId: count.id, partNo: 'PUMP-1', quantity: 1, source: 'scan' },
      ],
      [fx.technician, 'counts/resolve', { countId: count.id, partId: pump, quantity: 1 }],
      [fx.technician, 'counts/review', { countId: count.id }],
      [fx.technician, 'counts/post', { countId: count.id, version: count.version }],
      [fx.keeper, 'counts/review', { countId: count.id }],
      [fx.keeper, 'counts/post', { countId: count.id, version: count.version }],
      [fx.keeper, 'counts/cancel', { countId: count.id, version: count.version, reason: 'x' }],
    ];
    for (const [who, channel, input] of calls) {
      const r = await who.raw(channel, input);
      expect(!r.ok && r.error.code, channel).toBe('FORBIDDEN');
    }
    expect(await snapshot()).toEqual(before);
  });
});
