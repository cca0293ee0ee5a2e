import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfEngine, type PdfEngine } from './engine';
import { receiptTerms } from './templates/receiptTerms';
import { receiptSnapshotNotCovered, unitLabelSnapshotSample } from './testing/intakeSnapshots';

const fontsDir = join(import.meta.dirname, '../../resources/fonts');
let dir: string;
let engine: PdfEngine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'depot-pdf-'));
  engine = createPdfEngine({ fontsDir, threads: 2 });
});
afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

async function text(pdf: Buffer): Promise<string> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const { stdout } = await promisify(execFile)('pdftotext', ['-layout', file, '-']);
  return stdout;
}

async function pages(pdf: Buffer): Promise<number> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const { stdout } = await promisify(execFile)('pdfinfo', [file]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

describe('the intake templates', () => {
  it('fit a heavy receipt (emergency, two exclusions, long fault, signature) on one A5 page', async () => {
    for (const language of ['zh-TW', 'en'] as const) {
      const snapshot = { ...receiptSnapshotNotCovered, terms: receiptTerms(language) };
      const pdf = await engine.render({ kind: 'receipt', language, snapshot });
      expect(await pages(pdf)).toBe(1);
      expect(pdf.length).toBeLessThan(150 * 1024);
    }
  });

  // Not byte-identical: pdfmake loads a document's images (barcode, signature) asynchronously,
  // so two renders may write them as PDF objects in a different order. The same snapshot still
  // gives the same document, and a reprint serves the archived file itself.
  it('render the same receipt to the same document', async () => {
    const request = {
      kind: 'receipt',
      language: 'zh-TW',
      snapshot: { ...receiptSnapshotNotCovered, terms: receiptTerms('zh-TW') },
    } as const;
    const [a, b] = await Promise.all([engine.render(request), engine.render(request)]);
    expect(a.length).toBe(b.length);
    expect(await text(a)).toBe(await text(b));
    expect(await text(a)).toContain(receiptSnapshotNotCovered.reportNo);
  });

  it('refuse a receipt snapshot that is not one', async () => {
    await expect(
      engine.render({ kind: 'receipt', language: 'en', snapshot: { reportNo: 'R1' } }),
    ).rejects.toThrow(/PDF "receipt" could not be rendered/);
  });

  it('keep the label on one page whatever the length of its text', async () => {
    const long = {
      ...unitLabelSnapshotSample,
      modelNameZh: '滾筒洗衣機 9 公斤（節能標章）超長型號名稱，含蒸氣除菌與智慧聯網功能',
      serial: 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW',
      customer: '大同電器股份有限公司台北市中山區民生東路服務中心',
    };
    for (const language of ['zh-TW', 'en'] as const) {
      const pdf = await engine.render({ kind: 'unitLabel', language, snapshot: long });
      expect(await pages(pdf)).toBe(1);
    }
  });
});
