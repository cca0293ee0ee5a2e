import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repairLogFixture, type RepairLogFixture } from '../bench/repairLogFixture';
import { addDays } from '../intake/civilDate';
import type { DocumentRef } from '../pdf/archive';
import { formatDate } from '../pdf/layout';
import { money } from '../pdf/templates/benchParts';
import type { RepairRecordSnapshot } from '../pdf/templates/repairRecordSnapshot';
import { signaturePng } from '../testing/images';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { documentBytes } from '../testing/documentBytes';

// Issue 5, items 4, 6, 7, 8: the bench's printouts, made from a ticket taken through the
// bench's own channels (claim, diagnosis, faults, parts, labour, quote, test, acceptance,
// factory), read back with pdftotext as a person reading the paper would.

const run = promisify(execFile);
const signature = `data:image/png;base64,${signaturePng().toString('base64')}`;

let depot: TestDepot;
let fx: RepairLogFixture;
let pumpId: number;
beforeEach(async () => {
  depot = await createTestDepot(); // the clock reads 2026-11-27T01:00Z
  fx = await repairLogFixture(depot);
  await depot.admin.call('settings/update', {
    depot: { name: 'Northside Repair Depot', nameZh: '北區維修站', phone: '02-2507-1234' },
    security: { autoLockMinutes: 0 },
  });
  const pump = await fx.stock.part({ partNo: 'PUMP-01', nameEn: 'Drain pump', nameZh: '排水泵' });
  pumpId = pump.id;
  await fx.stock.receive(pumpId, 5, 800);
});
afterEach(() => depot.close());

/** Pages as poppler extracts them (a form feed between pages). */
async function pagesOf(ref: DocumentRef): Promise<string[]> {
  const file = join(depot.dir, `${ref.kind}-${ref.id}.pdf`);
  writeFileSync(file, (await documentBytes(depot, ref.id)).pdf);
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  return stdout.split('\f').filter((p) => p.trim() !== '');
}

async function imagesOf(ref: DocumentRef): Promise<number> {
  const file = join(depot.dir, `${ref.kind}-${ref.id}-img.pdf`);
  writeFileSync(file, (await documentBytes(depot, ref.id)).pdf);
  const { stdout } = await run('pdfimages', ['-list', file]);
  const rows = stdout.split('\n').filter((l) => /^\s*\d+\s+\d+\s+image\s/.test(l));
  return new Set(rows.map((l) => l.trim().split(/\s+/)[10])).size;
}

/** poppler drops or adds spaces between Chinese glyphs: compare without any whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

function expectAll(text: string, expected: string[]): void {
  for (const e of expected) expect(squash(text), e).toContain(squash(e));
}

async function snapshotOf(documentId: number): Promise<RepairRecordSnapshot> {
  const row = (await depot.core.db('documents').where({ id: documentId }).first('snapshot')) as {
    snapshot: string;
  };
  return JSON.parse(row.snapshot) as RepairRecordSnapshot;
}

async function counts() {
  const [docs] = (await depot.core.db('documents').count({ n: '*' })) as { n: number }[];
  const [audit] = (await depot.core.db('audit_log').count({ n: '*' })) as { n: number }[];
  return { documents: Number(docs.n), audit: Number(audit.n) };
}

/**
 * A ticket diagnosed, coded, repaired with one drain pump (two issued, one returned), 95
 * minutes of labour, tested and ready for pickup. A not-covered one is quoted and approved
 * first (policy 3.2). Returns the ticket id and, when quoted, the quote id.
 */
async function readyForPickup(
  covered = true,
): Promise<{ ticketId: number; quoteId: number | null }> {
  const ticketId = await fx.onBench(covered);
  await fx.tech.call('repairLog/addNote', {
    ticketId,
    kind: 'diagnosis',
    text: 'Drain pump impeller cracked; 排水泵葉輪破裂',
  });
  await fx.tech.call('repairLog/addFault', {
    ticketId,
    symptom: 'NO_DRAIN',
    cause: 'COMPONENT',
    measure: 'REPLACE_PART',
    note: 'Impeller broken',
  });
  let quoteId: number | null = null;
  if (covered) {
    await fx.move(ticketId, 'in_repair');
  } else {
    const quoted = await fx.tech.call('quotes/create', {
      ticketId,
      version: await fx.version(ticketId),
      labourMinutes: 95,
      parts: [{ partId: pumpId, quantity: 1 }],
      note: 'Replace the drain pump',
    });
    quoteId = quoted.quoteId;
    await fx.clerk.call('quotes/decide', {
      quoteId,
      version: quoted.version,
      decision: 'approve',
    });
  }
  const { requisitionId, lineId } = await fx.issue(ticketId, pumpId, 2);
  await fx.giveBack(requisitionId, lineId, 1);
  await fx.tech.call('repairLog/addNote', {
    ticketId,
    kind: 'note',
    text: 'Replaced the drain pump; cleaned the sump',
  });
  await fx.tech.call('labour/add', { ticketId, minutes: 95 });
  await fx.move(ticketId, 'testing');
  const log = await fx.tech.call('repairLog/get', { ticketId });
  for (const item of log.checklist.items) {
    await fx.tech.call('checklist/record', { ticketId, itemId: item.id, result: 'pass' });
  }
  await fx.move(ticketId, 'ready_for_pickup');
  return { ticketId, quoteId };
}

async function accepted(ticketId: number): Promise<void> {
  await fx.clerk.call('acceptance/accept', {
    ticketId,
    version: await fx.version(ticketId),
    signature,
  });
}

const today = formatDate('2026-11-27T01:00:00.000Z');

describe('documents/repairRecord (維修記錄, in duplicate)', () => {
  it('prints a customer copy and a company copy with the whole repair and who bears the cost', async () => {
    const { ticketId } = await readyForPickup(false);
    const ref = await fx.tech.call('documents/repairRecord', { ticketId, language: 'zh-TW' });
    expect(ref).toMatchObject({ kind: 'repairRecord', language: 'zh-TW' });
    const pages = await pagesOf(ref);
    expect(pages).toHaveLength(2);
    const ticket = await fx.clerk.call('tickets/get', { id: ticketId });
    const facts = [
      '維修記錄',
      ticket.reportNo,
      ticket.customer.name,
      ticket.unit.serial,
      ticket.unit.model.code,
      ticket.faultDescription,
      '排水泵葉輪破裂',
      '不排水',
      '零件故障',
      '更換零件',
      'Impeller broken',
      'Replaced the drain pump; cleaned the sump',
      'PUMP-01',
      '排水泵',
      '1 pcs',
      '工時 1 小時 35 分鐘',
      'TWD 1,266.67', // 95 min at TWD 800.00 an hour
      'TWD 8.00', // one pump used at cost; the second went back to the stockroom
      'TWD 1,274.67',
      '由客戶支付',
      'Staff hao',
      `自 ${today} 起 90 天，至 ${addDays(today, 90)} 止`,
      '客戶簽名',
    ];
    expectAll(pages[0], ['客戶聯', ...facts]);
    expectAll(pages[1], ['公司聯', ...facts]);

    const audit = await depot.core
      .db('audit_log')
      .where({ entity: 'ticket', entity_id: String(ticketId), action: 'print' });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(String(audit[0].after))).toMatchObject({
      documentId: ref.id,
      kind: 'repairRecord',
    });
    const snapshot = await snapshotOf(ref.id);
    expect(snapshot.acceptance).toBeNull(); // not signed yet: a line to sign on paper
    expect(snapshot.reprint).toBeNull();
  });

  it("carries the customer's acceptance signature and says the company bears a covered repair", async () => {
    const { ticketId } = await readyForPickup(true);
    await accepted(ticketId);
    const ref = await fx.clerk.call('documents/repairRecord', { ticketId, language: 'en' });
    const pages = await pagesOf(ref);
    expectAll(pages.join('\n'), [
      'Borne by the company',
      'Covered by the warranty',
      'Customer copy',
      'Company copy',
    ]);
    expect(await imagesOf(ref)).toBe(2); // the barcode and the signature, once each
    expect((await snapshotOf(ref.id)).acceptance?.dataUrl).toMatch(/^data:image\/png;base64,/);
  });

  it('is refused before the repair passed its test, and for a unit returned unrepaired', async () => {
    const ticketId = await fx.onBench();
    await fx.move(ticketId, 'in_repair');
    const unrepaired = await fx.onBench();
    await fx.move(unrepaired, 'return_unrepaired');
    await fx.clerk.call('bench/transition', {
      ticketId: unrepaired,
      version: await fx.version(unrepaired),
      to: 'delivered',
    });
    const before = await counts();

    const early = await refused(
      fx.tech.call('documents/repairRecord', { ticketId, language: 'en' }),
    );
    expect(early.code).toBe('RULE');
    expect(early.message).toMatch(/is in repair; the repair record is printed when it is ready/);
    const none = await refused(
      fx.clerk.call('documents/repairRecord', { ticketId: unrepaired, language: 'en' }),
    );
    expect(none.code).toBe('RULE');
    expect(none.message).toMatch(/was not repaired/);
    const missing = await refused(
      fx.clerk.call('documents/repairRecord', { ticketId: 999_999, language: 'en' }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    const stockroom = await refused(
      fx.stock.keeper.call('documents/repairRecord', { ticketId, language: 'en' }),
    );
    expect(stockroom.code).toBe('FORBIDDEN');
    // Refused prints leave nothing behind: no file, no row, no audit entry.
    expect(await counts()).toEqual(before);
  });
});

describe('documents/repairRecordReprint', () => {
  it('re-renders the archived record marked as a duplicate, numbered, and logs every reprint', async () => {
    const { ticketId } = await readyForPickup(true);
    await accepted(ticketId);
    const original = await fx.clerk.call('documents/repairRecord', {
      ticketId,
      language: 'zh-TW',
    });
    // Later changes to the ticket do not reach a reprint: it copies the archive.
    await depot.core.db('customers').update({ name: 'Someone Else' });
    depot.clock.advanceMinutes(60 * 24);

    const first = await fx.clerk.call('documents/repairRecordReprint', { documentId: original.id });
    expect(first).toMatchObject({ kind: 'repairRecord', language: 'zh-TW' });
    expect(first.id).not.toBe(original.id);
    const pages = await pagesOf(first);
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expectAll(page, ['副本', 'DUPLICATE', '第 1 次補印', `原件 #${original.id}`, 'Staff']);
    }
    expectAll(pages[0], ['客戶聯']);
    expectAll(pages[1], ['公司聯']);
    expect(squash(pages.join(''))).not.toContain('SomeoneElse');

    const originalSnapshot = await snapshotOf(original.id);
    const reprinted = await snapshotOf(first.id);
    expect({ ...reprinted, reprint: null }).toEqual(originalSnapshot);
    expect(reprinted.reprint).toMatchObject({
      reprintOf: original.id,
      reprintNo: 1,
      at: '2026-11-28T01:00:00.000Z',
    });

    const second = await fx.tech.call('documents/repairRecordReprint', { documentId: original.id });
    // A reprint of a reprint copies the same original and takes the next number.
    const third = await fx.tech.call('documents/repairRecordReprint', { documentId: second.id });
    expect((await snapshotOf(second.id)).reprint?.reprintNo).toBe(2);
    expect((await snapshotOf(third.id)).reprint).toMatchObject({
      reprintOf: original.id,
      reprintNo: 3,
    });
    expectAll((await pagesOf(third))[1], ['第 3 次補印', '公司聯']);

    const logged = await depot.core
      .db('audit_log')
      .where({ entity: 'ticket', entity_id: String(ticketId), action: 'reprint' })
      .orderBy('id');
    expect(logged.map((r) => JSON.parse(String(r.after)) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ documentId: first.id, reprintOf: original.id, reprintNo: 1 }),
      expect.objectContaining({ documentId: second.id, reprintOf: original.id, reprintNo: 2 }),
      expect.objectContaining({ documentId: third.id, reprintOf: original.id, reprintNo: 3 }),
    ]);
    // The generic reprint (the identical file) never hands out an unmarked repair record.
    const bare = await refused(fx.clerk.call('documents/reprint', { documentId: original.id }));
    expect(bare.message).toMatch(/documents\/repairRecordReprint/);
  });

  // Issue 9, defect 5: one original (customer copy + company copy); every later print is a
  // marked, numbered duplicate, logged with who and when, rendered from the archived snapshot.
  it('prints the record again only as a numbered duplicate, never a second original', async () => {
    const { ticketId } = await readyForPickup(true);
    await accepted(ticketId);
    const original = await fx.clerk.call('documents/repairRecord', { ticketId, language: 'en' });
    await depot.core.db('customers').update({ name: 'Someone Else' });
    depot.clock.advanceMinutes(30);

    const again = await fx.tech.call('documents/repairRecord', { ticketId, language: 'en' });
    expect(again.id).not.toBe(original.id);
    expect((await snapshotOf(again.id)).reprint).toMatchObject({
      reprintOf: original.id,
      reprintNo: 1,
      at: '2026-11-27T01:30:00.000Z',
    });
    const pages = await pagesOf(again);
    for (const page of pages) expectAll(page, ['DUPLICATE', '副本', 'Reprint no. 1']);
    expect(squash(pages.join(''))).not.toContain('SomeoneElse');

    const rows = (await depot.core
      .db('documents')
      .where({ entity: 'ticket', entity_id: String(ticketId), kind: 'repairRecord' })
      .select('snapshot')) as { snapshot: string }[];
    const originals = rows.filter((r) => JSON.parse(r.snapshot).reprint === null);
    expect(originals).toHaveLength(1);
    const logged = await depot.core
      .db('audit_log')
      .where({ entity: 'ticket', entity_id: String(ticketId), action: 'reprint' })
      .first('staff_id', 'at', 'after');
    expect(logged).toMatchObject({ at: '2026-11-27T01:30:00.000Z' });
    expect(JSON.parse(String(logged.after))).toMatchObject({ documentId: again.id, reprintNo: 1 });
  });

  it('makes one original when two desks print it at the same moment', async () => {
    const { ticketId } = await readyForPickup(true);
    await accepted(ticketId);
    const both = await Promise.all([
      fx.clerk.call('documents/repairRecord', { ticketId, language: 'en' }),
      fx.tech.call('documents/repairRecord', { ticketId, language: 'zh-TW' }),
    ]);
    const marks = await Promise.all(both.map(async (d) => (await snapshotOf(d.id)).reprint));
    expect(marks.filter((m) => m === null)).toHaveLength(1);
    expect(marks.find((m) => m !== null)).toMatchObject({ reprintNo: 1 });
  });

  it('prints a duplicate in the other language from the same archived snapshot, still marked', async () => {
    const { ticketId } = await readyForPickup(true);
    await accepted(ticketId);
    const original = await fx.clerk.call('documents/repairRecord', { ticketId, language: 'zh-TW' });
    const english = await fx.clerk.call('documents/repairRecordReprint', {
      documentId: original.id,
      language: 'en',
    });
    expect(english).toMatchObject({ kind: 'repairRecord', language: 'en' });
    const en = await pagesOf(english);
    for (const page of en) {
      expectAll(page, ['DUPLICATE 副本', 'Reprint no. 1', 'Repair record', 'Fault as reported']);
      expect(squash(page)).not.toContain('故障描述');
    }
    expectAll(en[0], ['Customer copy']);
    expectAll(en[1], ['Company copy']);
    expect({ ...(await snapshotOf(english.id)), reprint: null }).toEqual(
      await snapshotOf(original.id),
    );

    // And the other way: an English original, a Chinese duplicate for the customer.
    const { ticketId: second } = await readyForPickup(true);
    await accepted(second);
    const enOriginal = await fx.clerk.call('documents/repairRecord', {
      ticketId: second,
      language: 'en',
    });
    const chinese = await fx.clerk.call('documents/repairRecord', {
      ticketId: second,
      language: 'zh-TW',
    });
    expect(chinese.language).toBe('zh-TW');
    for (const page of await pagesOf(chinese)) {
      expectAll(page, ['副本 DUPLICATE', '第 1 次補印', `原件 #${enOriginal.id}`, '故障描述']);
      expect(squash(page)).not.toContain('Faultasreported');
    }
  });

  it('refuses a document that is not a repair record, or none, and roles that may not print it', async () => {
    const { ticketId, quoteId } = await readyForPickup(false);
    const quote = await fx.clerk.call('documents/quote', { quoteId: quoteId ?? 0, language: 'en' });
    const before = await counts();
    const wrong = await refused(
      fx.clerk.call('documents/repairRecordReprint', { documentId: quote.id }),
    );
    expect(wrong.code).toBe('RULE');
    expect(wrong.message).toMatch(/is a quote, not a repair record/);
    const missing = await refused(
      fx.clerk.call('documents/repairRecordReprint', { documentId: 999_999 }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    const record = await fx.clerk.call('documents/repairRecord', { ticketId, language: 'en' });
    const stockroom = await refused(
      fx.stock.keeper.call('documents/repairRecordReprint', { documentId: record.id }),
    );
    expect(stockroom.code).toBe('FORBIDDEN');
    expect((await counts()).documents).toBe(before.documents + 1);
  });
});

describe('documents/quote (報價單)', () => {
  it('prints the quoted labour and parts, the total, how long it holds, and then the answer', async () => {
    const ticketId = await fx.onBench(false);
    const quoted = await fx.tech.call('quotes/create', {
      ticketId,
      version: await fx.version(ticketId),
      labourMinutes: 95,
      parts: [{ partId: pumpId, quantity: 2 }],
      note: 'Pump and hose',
    });
    const pending = await fx.tech.call('documents/quote', {
      quoteId: quoted.quoteId,
      language: 'en',
    });
    expect(pending.kind).toBe('quote');
    const [page] = await pagesOf(pending);
    expectAll(page, [
      'Repair quote',
      `Q${String(quoted.quoteId).padStart(6, '0')}`,
      quoted.reportNo,
      'Not covered by the warranty',
      'Labour',
      '1 h 35 min',
      'TWD 800.00 / h',
      'PUMP-01',
      '2 pcs',
      money(quoted.quote?.partsCost ?? -1, 'TWD'),
      'Tax',
      money(quoted.quote?.tax ?? -1, 'TWD'),
      money(quoted.quote?.total ?? -1, 'TWD'),
      'Pump and hose',
      `Prices hold until ${addDays(today, 30)}`,
      '□ I approve the repair at the quoted price',
      '□ I decline',
    ]);

    await fx.clerk.call('quotes/decide', {
      quoteId: quoted.quoteId,
      version: await fx.version(ticketId),
      decision: 'approve',
      note: 'By phone',
    });
    const answered = await fx.clerk.call('documents/quote', {
      quoteId: quoted.quoteId,
      language: 'zh-TW',
    });
    expectAll((await pagesOf(answered))[0], ['報價單', '■ 本人同意', '□ 本人不同意', 'By phone']);

    const missing = await refused(
      fx.clerk.call('documents/quote', { quoteId: 999, language: 'en' }),
    );
    expect(missing.code).toBe('NOT_FOUND');
  });
});

describe('documents/factoryForm (返廠維修單)', () => {
  it('prints the unit, fault, repair status and shipment, without customer data, and the report once back', async () => {
    const ticketId = await fx.onBench();
    await fx.tech.call('repairLog/addNote', {
      ticketId,
      kind: 'diagnosis',
      text: 'Inverter board fails self-test; 變頻板自檢失敗',
    });
    const sent = await fx.tech.call('factory/send', {
      ticketId,
      version: await fx.version(ticketId),
      carrier: '新竹物流 HCT',
      trackingNo: 'HCT-778812',
      fault: 'Inverter board fails self-test',
    });
    const form = await fx.tech.call('documents/factoryForm', {
      shipmentId: sent.shipmentId,
      language: 'zh-TW',
    });
    expect(form.kind).toBe('factoryForm');
    const [page] = await pagesOf(form);
    expectAll(page, [
      '返廠維修單',
      `F${String(sent.shipmentId).padStart(6, '0')}`,
      sent.reportNo,
      sent.unit.model.code,
      sent.unit.serial,
      'Inverter board fails self-test',
      '變頻板自檢失敗',
      '新竹物流 HCT',
      'HCT-778812',
      today,
      '以下由工廠填寫',
    ]);
    expect(squash(page)).not.toContain(squash(sent.customer.name));

    await fx.clerk.call('factory/receive', {
      ticketId,
      version: await fx.version(ticketId),
      factoryReport: '更換變頻板，測試正常',
    });
    const back = await fx.clerk.call('documents/factoryForm', {
      shipmentId: sent.shipmentId,
      language: 'en',
    });
    expectAll((await pagesOf(back))[0], ['Factory report', '更換變頻板，測試正常']);

    const missing = await refused(
      fx.clerk.call('documents/factoryForm', { shipmentId: 999, language: 'en' }),
    );
    expect(missing.code).toBe('NOT_FOUND');
  });
});

describe('documents/warrantyVoucher (保修憑證)', () => {
  it('prints at delivery what was repaired and the warranty on the repair, from the delivery date', async () => {
    await depot.admin.call('settings/update', { bench: { repairWarrantyDays: 180 } });
    const { ticketId } = await readyForPickup(true);
    const early = await refused(
      fx.clerk.call('documents/warrantyVoucher', { ticketId, language: 'en' }),
    );
    expect(early.code).toBe('RULE');
    expect(early.message).toMatch(
      /is ready for pickup; the warranty voucher is printed when it is delivered, closed/,
    );

    depot.clock.advanceMinutes(60 * 24 * 2);
    await accepted(ticketId);
    const voucher = await fx.clerk.call('documents/warrantyVoucher', {
      ticketId,
      language: 'zh-TW',
    });
    expect(voucher.kind).toBe('warrantyVoucher');
    const pages = await pagesOf(voucher);
    expect(pages).toHaveLength(1);
    const delivered = formatDate('2026-11-29T01:00:00.000Z');
    expectAll(pages[0], [
      '保修憑證',
      '更換零件',
      'Replaced the drain pump; cleaned the sump',
      'PUMP-01',
      `自 ${delivered} 起 180 天，至 ${addDays(delivered, 180)} 止`,
      '保固 180 天',
    ]);
  });

  it('is refused for a repair the customer rejected', async () => {
    const { ticketId } = await readyForPickup(true);
    await fx.clerk.call('acceptance/reject', {
      ticketId,
      version: await fx.version(ticketId),
      reason: 'Still drips',
    });
    const error = await refused(
      fx.clerk.call('documents/warrantyVoucher', { ticketId, language: 'en' }),
    );
    expect(error.code).toBe('RULE');
    expect(error.message).toMatch(/no repair to warrant/);
  });
});
