import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../contract/language';
import { createPdfEngine, type DocumentKind, type PdfEngine } from './engine';
import {
  factoryFormSample,
  quoteSample,
  repairRecordSample,
  warrantyVoucherSample,
} from './testing/benchSnapshots';
import type { RepairRecordSnapshot } from './templates/repairRecordSnapshot';
import { warrantyVoucherTerms } from './templates/warrantyVoucherTerms';

const run = promisify(execFile);
const fontsDir = join(import.meta.dirname, '../../resources/fonts');
const LANGUAGES: Language[] = ['zh-TW', 'en'];
let dir: string;
let engine: PdfEngine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'depot-bench-pdf-'));
  engine = createPdfEngine({ fontsDir, threads: 2 });
});
afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

type Printed = { pages: string[]; info: Record<string, string>; images: number };

/** What a reader sees, page by page (poppler separates pages with a form feed). */
async function print(kind: DocumentKind, language: Language, snapshot: unknown): Promise<Printed> {
  const file = join(dir, `${kind}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await engine.render({ kind, language, snapshot }));
  const text = (await run('pdftotext', ['-layout', file, '-'])).stdout;
  const info = Object.fromEntries(
    (await run('pdfinfo', [file])).stdout
      .split('\n')
      .map((line) => [line.split(':')[0], line.split(':').slice(1).join(':').trim()]),
  );
  const { stdout } = await run('pdfimages', ['-list', file]);
  // Distinct image objects: a picture shown on several pages is listed once per page.
  const images = new Set(
    stdout
      .split('\n')
      .filter((l) => /^\s*\d+\s+\d+\s+image\s/.test(l))
      .map((l) => l.trim().split(/\s+/)[10]),
  ).size;
  return { pages: text.split('\f').filter((p) => p.trim() !== ''), info, images };
}

/** poppler drops or adds spaces between Chinese glyphs: compare without any whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

function expectAll(text: string, expected: string[]): void {
  for (const e of expected) expect(squash(text), e).toContain(squash(e));
}

/** The repair record's facts, in the words of the document's language. */
function recordFacts(s: RepairRecordSnapshot, language: Language): string[] {
  const zh = language === 'zh-TW';
  return [
    zh ? '維修記錄' : 'Repair record',
    s.reportNo,
    s.customer.name,
    s.customer.phones[0],
    s.unit.modelCode,
    s.unit.serial,
    zh ? '故障描述' : 'Fault as reported',
    s.reportedFault.slice(0, 20),
    zh ? '收件時間' : 'Received',
    '2026-11-27',
    zh ? '完修時間' : 'Completed',
    '2026-11-30',
    s.diagnosis[1],
    zh ? '不製冷' : 'Does not cool',
    zh ? '電容失效' : 'Capacitor failed',
    zh ? '更換零件' : 'Part replaced',
    s.measures[0],
    'CAP-35UF',
    'PUMP-01',
    zh ? '排水泵' : 'Drain pump',
    '2 pcs',
    zh ? '工時 1 小時 35 分鐘' : 'Labour 1 h 35 min',
    'TWD 1,266.67',
    'TWD 2,050.00',
    'TWD 3,316.67',
    zh ? '由客戶支付' : 'Billed to the customer',
    s.technician,
    zh ? '自 2026-11-30 起 90 天，至 2027-02-28 止' : '90 days from 2026-11-30, until 2027-02-28',
    zh ? '客戶簽名' : 'Customer signature',
  ];
}

describe('the repair record (維修記錄), in duplicate', () => {
  it('holds a customer copy and a company copy, each complete on its own page, in both languages', async () => {
    for (const language of LANGUAGES) {
      const { pages, info, images } = await print('repairRecord', language, repairRecordSample);
      expect(pages).toHaveLength(2);
      expect(info['Page size']).toMatch(/595\.\d+ x 841\.\d+/); // A4
      expectAll(pages[0], [
        '客戶聯',
        'Customer copy',
        ...recordFacts(repairRecordSample, language),
      ]);
      expectAll(pages[1], ['公司聯', 'Company copy', ...recordFacts(repairRecordSample, language)]);
      expect(squash(pages[0])).not.toContain('公司聯');
      expect(squash(pages[1])).not.toContain('客戶聯');
      // Page numbers count within each copy: the customer's pages are complete on their own.
      expectAll(pages[0], [language === 'en' ? 'Page 1 / 1' : '第 1 / 1 頁']);
      expectAll(pages[1], [language === 'en' ? 'Page 1 / 1' : '第 1 / 1 頁']);
      expect(squash(pages.join(''))).not.toContain('DUPLICATE');
      // One barcode and one signature, each embedded once and shown on both copies.
      expect(images).toBe(2);
    }
  });

  it('says who bears the cost: the company on a covered repair', async () => {
    const covered: RepairRecordSnapshot = {
      ...repairRecordSample,
      warrantyStatus: 'covered',
      cost: { ...repairRecordSample.cost, bearer: 'company' },
      acceptance: null,
    };
    const zh = await print('repairRecord', 'zh-TW', covered);
    expectAll(zh.pages.join(''), ['由公司承擔', '屬保修範圍']);
    const en = await print('repairRecord', 'en', covered);
    expectAll(en.pages.join(''), ['Borne by the company', 'Covered by the warranty']);
    expect(en.images).toBe(1); // no signature yet: a blank line to sign on paper
  });

  it('marks a reprint as a duplicate on every page of both copies, with its number, date and who printed it', async () => {
    const reprint: RepairRecordSnapshot = {
      ...repairRecordSample,
      reprint: { reprintOf: 41, reprintNo: 2, at: '2026-12-03T01:30:00.000Z', by: '王小明 Wang' },
    };
    for (const language of LANGUAGES) {
      const { pages } = await print('repairRecord', language, reprint);
      expect(pages).toHaveLength(2);
      for (const page of pages) {
        expectAll(page, ['副本', 'DUPLICATE', '2026-12-03', '王小明 Wang', '#41']);
        expectAll(page, [language === 'en' ? 'Reprint no. 2' : '第 2 次補印']);
        // The content is the archived one: printed when the original was.
        expectAll(page, [language === 'en' ? 'Printed 2026-11-30' : '列印：2026-11-30']);
      }
      expectAll(pages[0], ['客戶聯']);
      expectAll(pages[1], ['公司聯']);
    }
  });

  it('starts the company copy on a new page when a long record takes several pages per copy', async () => {
    const long: RepairRecordSnapshot = {
      ...repairRecordSample,
      diagnosis: Array.from(
        { length: 12 },
        (_, i) => `${i + 1}. ${repairRecordSample.diagnosis[0]}`,
      ),
      parts: Array.from({ length: 24 }, (_, i) => ({
        ...repairRecordSample.parts[0],
        partNo: `CAP-${String(i + 1).padStart(3, '0')}`,
      })),
    };
    const { pages } = await print('repairRecord', 'zh-TW', long);
    expect(pages.length % 2).toBe(0);
    const half = pages.length / 2;
    expect(half).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      const copy = i < half ? '客戶聯' : '公司聯';
      expectAll(page, [copy, `第 ${(i % half) + 1} / ${half} 頁`]);
    });
    expectAll(pages[half], ['Northside Repair Depot', '維修記錄']);
    expectAll(pages[half - 1], ['客戶簽名']);
  });

  it('refuses a snapshot that is not a repair record', async () => {
    await expect(
      engine.render({ kind: 'repairRecord', language: 'en', snapshot: { reportNo: 'R1' } }),
    ).rejects.toThrow(/PDF "repairRecord" could not be rendered/);
  });
});

describe('the quote (報價單)', () => {
  it('lists labour and parts with the total, why the customer pays, validity and the approval line', async () => {
    for (const language of LANGUAGES) {
      const zh = language === 'zh-TW';
      const { pages, info } = await print('quote', language, quoteSample);
      expect(pages).toHaveLength(1);
      expect(info['Page size']).toMatch(/595\.\d+ x 841\.\d+/);
      expectAll(pages[0], [
        zh ? '報價單' : 'Repair quote',
        'Q000042',
        'R2026-000123',
        quoteSample.customer.name,
        'AC22-7781-XK',
        zh ? '不屬保修範圍' : 'Not covered by the warranty',
        zh ? '已超過保修期限' : 'past the warranty period',
        zh ? '工時' : 'Labour',
        zh ? '1 小時 35 分鐘' : '1 h 35 min',
        'CAP-35UF',
        'PUMP-01',
        'TWD 1,266.67',
        'TWD 3,316.67',
        zh ? '報價合計' : 'Total',
        zh ? '有效期限至 2026-12-28' : 'Prices hold until 2026-12-28',
        zh ? '本人同意依上列報價進行維修' : 'I approve the repair at the quoted price',
        zh ? '客戶簽名' : 'Customer signature',
        zh ? '第 1 / 1 頁' : 'Page 1 / 1',
      ]);
    }
  });

  it("shows the customer's recorded answer", async () => {
    const decided = {
      ...quoteSample,
      decision: {
        status: 'approved',
        by: '陳雅婷 Amy Chen',
        at: '2026-11-28T05:00:00.000Z',
        note: null,
      },
    };
    const { pages } = await print('quote', 'en', decided);
    expectAll(pages[0], ['■ I approve', '□ I decline', 'Recorded 2026-11-28', 'Amy Chen']);
  });
});

describe('the return-to-factory form (返廠維修單)', () => {
  it('tells the factory the unit, fault, repair status so far and the shipment, and names no customer', async () => {
    for (const language of LANGUAGES) {
      const zh = language === 'zh-TW';
      const { pages } = await print('factoryForm', language, factoryFormSample);
      expect(pages).toHaveLength(1);
      expectAll(pages[0], [
        zh ? '返廠維修單' : 'Return-to-factory form',
        'F000007',
        'R2026-000123',
        'AC-2200',
        'AC22-7781-XK',
        factoryFormSample.fault,
        zh ? '目前維修狀況' : 'Repair status so far',
        factoryFormSample.diagnosis[0],
        factoryFormSample.workDone[0],
        'CAP-35UF',
        '新竹物流 HCT',
        'HCT-5566-7788-99',
        '2026-11-28 07:45',
        zh ? '以下由工廠填寫' : 'to be filled in by the factory',
      ]);
      // Policy 4: customer data only to those who need it.
      expect(squash(pages[0])).not.toContain('歐陽美玲');
      expect(squash(pages[0])).not.toContain('0912-345-678');
    }
  });

  it("shows the factory's report once the unit is back", async () => {
    const back = {
      ...factoryFormSample,
      returned: {
        at: '2026-12-05T03:00:00.000Z',
        by: '陳雅婷 Amy Chen',
        factoryReport: '更換壓縮機，測試正常',
      },
    };
    const { pages } = await print('factoryForm', 'zh-TW', back);
    expectAll(pages[0], ['工廠檢修結果', '更換壓縮機，測試正常', '2026-12-05']);
  });
});

describe('the warranty voucher (保修憑證)', () => {
  it('fits one A5 page with what was repaired and the warranty on the repair', async () => {
    for (const language of LANGUAGES) {
      const zh = language === 'zh-TW';
      const snapshot = { ...warrantyVoucherSample, terms: warrantyVoucherTerms(language, 90) };
      const { pages, info } = await print('warrantyVoucher', language, snapshot);
      expect(pages).toHaveLength(1);
      expect(info['Page size']).toMatch(/419\.\d+ x 595\.\d+/); // A5
      expectAll(pages[0], [
        zh ? '保修憑證' : 'Warranty voucher',
        'R2026-000123',
        warrantyVoucherSample.customer.name,
        'AC-2200',
        'AC22-7781-XK',
        zh
          ? '自 2026-11-30 起 90 天，至 2027-02-28 止'
          : '90 days from 2026-11-30, until 2027-02-28',
        zh ? '更換零件' : 'Part replaced',
        warrantyVoucherSample.measures[0],
        'CAP-35UF',
        'PUMP-01',
        zh ? '保固 90 天' : 'warranted for 90 days',
        zh ? '第 1 / 1 頁' : 'Page 1 / 1',
      ]);
    }
  });
});
