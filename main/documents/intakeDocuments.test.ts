import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noisePng, signaturePng } from '../testing/images';
import { intakeFixture, type IntakeFixture } from '../intake/intakeFixture';
import type { DocumentRef } from '../pdf/archive';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { documentBytes } from '../testing/documentBytes';

const run = promisify(execFile);

let depot: TestDepot;
let fx: IntakeFixture;
beforeEach(async () => {
  depot = await createTestDepot(); // the clock reads 2026-11-27T01:00Z
  fx = await intakeFixture(depot);
  await depot.admin.call('settings/update', {
    depot: { name: 'Northside Repair Depot', nameZh: '北區維修站', phone: '02-2507-1234' },
  });
});
afterEach(() => depot.close());

async function pdfOf(ref: DocumentRef): Promise<string> {
  const file = join(depot.dir, `${ref.kind}-${ref.id}.pdf`);
  writeFileSync(file, (await documentBytes(depot, ref.id)).pdf);
  return file;
}

/** What a person reading the printout sees, as poppler extracts it. */
async function textOf(ref: DocumentRef): Promise<string> {
  return (await run('pdftotext', ['-layout', await pdfOf(ref), '-'])).stdout;
}

/** poppler drops or adds spaces between Chinese glyphs: compare without any whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

function expectAll(text: string, expected: string[]): void {
  for (const e of expected) expect(squash(text)).toContain(squash(e));
}

async function pdfInfo(ref: DocumentRef): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [await pdfOf(ref)]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((line) => [line.split(':')[0], line.split(':').slice(1).join(':').trim()]),
  );
}

/** Pictures on the page (an image's transparency mask is listed apart as an smask). */
async function imagesIn(ref: DocumentRef): Promise<number> {
  const { stdout } = await run('pdfimages', ['-list', await pdfOf(ref)]);
  return stdout.split('\n').filter((line) => /^\s*\d+\s+\d+\s+image\s/.test(line)).length;
}

const LONG_FAULT =
  '室內機不製冷，開機約十分鐘後壓縮機發出異音並自動停機，遙控器顯示 E5 錯誤碼；' +
  '客戶表示上週曾自行拆下面板清洗濾網，之後開始出現問題。夜間運轉時有滴水現象，' +
  '室外機風扇偶爾不轉，斷電重開後可短暫恢復，約半小時後再次停機。';

const signature = `data:image/png;base64,${signaturePng().toString('base64')}`;

describe('the returned-unit receipt (收件單)', () => {
  it('prints a covered case in Chinese: report number, customer, serial, decision and reasons, signature', async () => {
    const ticket = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        accessories: ['power_cord', 'manual'],
        accessoriesNote: '底座螺絲一包',
        condition: '外殼右側輕微刮傷',
      }),
    );
    await fx.clerk.call('attachments/sign', { ticketId: ticket.id, data: signature });
    const ref = await fx.clerk.call('documents/receipt', {
      ticketId: ticket.id,
      language: 'zh-TW',
    });
    expect(ref).toMatchObject({ kind: 'receipt', language: 'zh-TW' });

    const text = await textOf(ref);
    expectAll(text, [
      '北區維修站',
      '收件單（報修回執）',
      '報修單號',
      'R2026-000001',
      '陳美玲',
      '0912-345-678',
      'WM80-0001',
      'WM-80 滾筒洗衣機 8 公斤',
      '購買發票日期',
      '2026-06-01',
      '故障描述',
      'Drum does not spin / 脫水不轉',
      '電源線',
      '說明書',
      '底座螺絲一包',
      '外殼右側輕微刮傷',
      ticket.warranty.reasons[0].zh, // 在保修期限內：自購買發票日期 2026-06-01 起 12 個月 ...
      '注意事項',
      '客戶簽名',
      'Staff mei',
    ]);
    expect(squash(text)).toContain('收件保修判定屬保修範圍');
    expect(squash(text)).not.toContain('緊急故障');

    const info = await pdfInfo(ref);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toMatch(/^419\.5\d* x 595\.2\d* pts/);
    expect(ref.bytes).toBeLessThan(150 * 1024);
    expect(await imagesIn(ref)).toBe(2); // the barcode and the customer's signature
  });

  it('prints a not-covered emergency case in English, with the explanation and the offer', async () => {
    const ticket = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newCustomer: { kind: 'person', name: '林志豪', phones: ['02-2500-1234'] },
        newUnit: { modelId: fx.acModelId, serial: 'AC22-7781', invoiceDate: '2023-05-02' },
        faultDescription: '室內機不製冷，壓縮機有異音',
        exclusions: [{ reason: 'tampered', note: '面板卡榫斷裂，客戶自述曾拆卸' }],
        notCoveredExplanation: 'Warranty expired and the unit was opened; quote agreed first.',
        offer: 'paid_repair',
      }),
    );
    expect(ticket.warranty.status).toBe('not_covered');
    expect(ticket.emergency).toBe(true);
    const ref = await fx.clerk.call('documents/receipt', { ticketId: ticket.id, language: 'en' });

    const text = await textOf(ref);
    expectAll(text, [
      'Returned-unit receipt',
      'R2026-000001',
      '林志豪',
      'AC22-7781',
      'Split AC 2200',
      'Not covered by the warranty',
      'Not covered: disassembled, modified or repaired by the customer or a third party.',
      '面板卡榫斷裂，客戶自述曾拆卸',
      'Not covered: past the warranty period, which ended on 2025-05-02',
      'Warranty expired and the unit was opened; quote agreed first.',
      'Paid repair: we quote first',
      'EMERGENCY',
      'Terms',
      'Customer signature',
    ]);
    expect(text).not.toContain('保修範圍');
    expect((await pdfInfo(ref)).Pages).toBe('1');
    expect(ref.bytes).toBeLessThan(150 * 1024);
  });

  it('stays under 150 KB at its heaviest: long Chinese text and the largest signature allowed', async () => {
    const heaviest = noisePng(140, 132); // random pixels: no compression can shrink them
    expect(heaviest.length).toBeGreaterThan(60 * 1024);
    const ticket = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newCustomer: { kind: 'person', name: '歐陽美玲', phones: ['0912-345-678'] },
        newUnit: { modelId: fx.acModelId, serial: 'AC22-7781', invoiceDate: null },
        faultDescription: LONG_FAULT,
        accessoriesNote: '遙控器背蓋缺失，另附原廠安裝支架兩組與室外機防震墊四片',
        condition: '面板右下角有約 3 公分刮痕，出風口葉片一片斷裂，室外機外殼生鏽',
        exclusions: [
          { reason: 'tampered', note: '面板卡榫斷裂，客戶自述曾拆卸清洗' },
          { reason: 'misuse', note: '室外機安裝於無遮蔽處，長期日曬雨淋' },
        ],
        notCoveredExplanation: '已向客戶說明無購買發票且曾自行拆卸，不屬保修範圍；客戶同意先報價。',
        offer: 'paid_repair',
      }),
    );
    await fx.clerk.call('attachments/sign', {
      ticketId: ticket.id,
      data: `data:image/png;base64,${heaviest.toString('base64')}`,
    });
    const ref = await fx.clerk.call('documents/receipt', {
      ticketId: ticket.id,
      language: 'zh-TW',
    });
    expect(ref.bytes).toBeLessThan(150 * 1024);
    expectAll(await textOf(ref), ['不屬保修範圍', '面板卡榫斷裂，客戶自述曾拆卸清洗', LONG_FAULT]);
  });

  it('is archived and audited on its ticket, and a reprint is the identical file', async () => {
    const ticket = await fx.clerk.call('tickets/create', fx.ticket());
    const ref = await fx.clerk.call('documents/receipt', {
      ticketId: ticket.id,
      language: 'zh-TW',
    });
    const original = (await documentBytes(depot, ref.id)).pdf;

    depot.clock.advanceMinutes(5);
    const again = await fx.clerk.call('documents/reprint', { documentId: ref.id });
    expect(again).toEqual(ref);
    expect((await documentBytes(depot, again.id)).pdf.equals(original)).toBe(true);

    expect(await fx.clerk.call('documents/ofTicket', { ticketId: ticket.id })).toEqual([ref]);
    const audit = await depot.admin.call('audit/list', {});
    // Each time the file was shown is audited too (issue 9, defect 3).
    expect(audit.slice(0, 4)).toMatchObject([
      { entity: 'document', entityId: String(ref.id), action: 'view' },
      { entity: 'ticket', entityId: String(ticket.id), action: 'reprint' },
      { entity: 'document', entityId: String(ref.id), action: 'view' },
      { entity: 'ticket', entityId: String(ticket.id), action: 'print' },
    ]);
  });

  it('prints before the customer signs, with an empty signature line', async () => {
    const ticket = await fx.clerk.call('tickets/create', fx.ticket());
    const ref = await fx.clerk.call('documents/receipt', { ticketId: ticket.id, language: 'en' });
    expect(await imagesIn(ref)).toBe(1); // the barcode only
  });

  it('is refused for a cancelled ticket, and for staff outside the intake desk', async () => {
    const ticket = await fx.clerk.call('tickets/create', fx.ticket());
    const tech = await depot.as(['technician']);
    expect(
      (await refused(tech.call('documents/receipt', { ticketId: ticket.id, language: 'en' }))).code,
    ).toBe('FORBIDDEN');
    const ref = await fx.clerk.call('documents/receipt', { ticketId: ticket.id, language: 'en' });
    expect((await refused(tech.call('documents/reprint', { documentId: ref.id }))).code).toBe(
      'FORBIDDEN',
    );

    await fx.clerk.call('tickets/cancel', {
      id: ticket.id,
      version: ticket.version,
      reason: 'Dup',
    });
    const error = await refused(
      fx.clerk.call('documents/receipt', { ticketId: ticket.id, language: 'en' }),
    );
    expect(error).toMatchObject({ code: 'RULE' });
    expect(error.message).toMatch(/R2026-000001 is cancelled/);
  });
});

describe('the unit label', () => {
  it('is one 62 x 40 mm page with the report number, serial and surname', async () => {
    const ticket = await fx.clerk.call('tickets/create', fx.ticket());
    const tech = await depot.as(['technician']);
    const ref = await tech.call('documents/unitLabel', { ticketId: ticket.id, language: 'zh-TW' });
    const info = await pdfInfo(ref);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toMatch(/^175\.7\d* x 113\.3\d* pts/);
    expectAll(await textOf(ref), ['R2026-000001', 'WM80-0001', '序號', '陳', '2026-11-27']);
  });

  it('stays on one page with every field at its longest', async () => {
    const LONG_SERIAL = 'SN-2026-ABCDEFGHJK-LMNPQRSTUV-0123456789'; // 40, the most allowed
    const model = await depot.admin.call('catalogue/createModel', {
      code: 'WM-90N-XL-2026',
      nameEn: 'Front loader 9 kg (energy label) with a very long marketing name indeed',
      nameZh: '滾筒洗衣機 9 公斤（節能標章）超長型號名稱，含蒸氣除菌與智慧聯網功能',
      typeId: fx.wmTypeId,
    });
    const ticket = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newCustomer: {
          kind: 'company',
          name: '大同電器股份有限公司台北市中山區民生東路服務中心',
          phones: ['02-2500-1234'],
        },
        newUnit: {
          modelId: model.id,
          serial: LONG_SERIAL,
          invoiceDate: '2026-06-01',
        },
      }),
    );
    for (const language of ['en', 'zh-TW'] as const) {
      const ref = await fx.clerk.call('documents/unitLabel', { ticketId: ticket.id, language });
      expect((await pdfInfo(ref)).Pages).toBe('1');
      // The serial shrinks rather than being cut; the model and the company are cut.
      expectAll(await textOf(ref), ['R2026-000001', LONG_SERIAL, '…']);
    }
  });
});
