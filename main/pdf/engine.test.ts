import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPdfEngine, type DocumentKind, type PdfEngine } from './engine';
import { sampleSnapshot } from './testing/sampleSnapshot';

const fontsDir = join(import.meta.dirname, '../../resources/fonts');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'depot-pdf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a person reading the printout sees, as poppler extracts it. */
async function textOf(pdf: Buffer): Promise<string> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const { stdout } = await promisify(execFile)('pdftotext', ['-layout', file, '-']);
  return stdout;
}

describe('the PDF engine', () => {
  let engine: PdfEngine;
  beforeAll(() => {
    engine = createPdfEngine({ fontsDir, threads: 2 });
  });
  afterAll(() => engine.close());

  it('renders the sample in Chinese: header, title, customers, faults, reference', async () => {
    const pdf = await engine.render({
      kind: 'sample',
      language: 'zh-TW',
      snapshot: sampleSnapshot,
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await textOf(pdf);
    for (const expected of [
      '北區維修站',
      '範例文件',
      '陳美玲',
      '林志豪',
      '不製冷，壓縮機有異音',
      '客戶',
      '故障描述',
      'SAMPLE-20261127',
    ]) {
      expect(text).toContain(expected);
    }
    // poppler drops the spaces it sees between Chinese glyphs, hence the loose match
    expect(text).toMatch(/第\s*1\s*\/\s*1\s*頁/);
  });

  it('labels the document in English when asked, keeping the Chinese data', async () => {
    const text = await textOf(
      await engine.render({ kind: 'sample', language: 'en', snapshot: sampleSnapshot }),
    );
    for (const expected of ['Northside Repair Depot', 'Sample document', 'Customer', 'Fault']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('Drum does not spin / 脫水不轉');
    expect(text).toContain('Page 1 / 1');
    expect(text).not.toContain('故障描述');
  });

  it('renders the same snapshot to the same bytes (dates come from the snapshot)', async () => {
    const request = { kind: 'sample', language: 'zh-TW', snapshot: sampleSnapshot } as const;
    const [a, b] = await Promise.all([engine.render(request), engine.render(request)]);
    expect(a.equals(b)).toBe(true);
  });

  it('rejects a render that fails and keeps serving the next ones', async () => {
    await expect(
      engine.render({ kind: 'nonsense' as DocumentKind, language: 'en', snapshot: {} }),
    ).rejects.toThrow(/Unknown document kind "nonsense"/);
    await expect(
      engine.render({ kind: 'sample', language: 'en', snapshot: { rows: 'not a table' } }),
    ).rejects.toThrow(/could not be rendered/);
    const pdf = await engine.render({ kind: 'sample', language: 'en', snapshot: sampleSnapshot });
    expect(pdf.length).toBeGreaterThan(1000);
  });
});

describe('the worker pool', () => {
  let engine: PdfEngine | undefined;
  afterEach(() => engine?.close());

  const crashing = () =>
    createPdfEngine({
      fontsDir,
      threads: 1,
      workerFile: join(import.meta.dirname, 'testing/crashingWorker.mjs'),
    });

  it('fails only the document whose worker crashed, and replaces the worker', async () => {
    engine = crashing();
    const doomed = engine.render({ kind: 'sample', language: 'en', snapshot: 'crash' });
    const queued = engine.render({ kind: 'sample', language: 'en', snapshot: 'after' });
    await expect(doomed).rejects.toThrow(/PDF worker crashed \(simulated crash\)/);
    expect((await queued).toString()).toBe('%PDF-fake after');
  });

  it('refuses renders after close and rejects the ones still waiting', async () => {
    engine = crashing();
    const first = engine.render({ kind: 'sample', language: 'en', snapshot: 'a' });
    const waiting = engine.render({ kind: 'sample', language: 'en', snapshot: 'b' });
    const outcomes = Promise.allSettled([first, waiting]);
    await engine.close();
    for (const outcome of await outcomes) {
      expect(outcome).toMatchObject({ status: 'rejected', reason: { message: /closed/ } });
    }
    await expect(engine.render({ kind: 'sample', language: 'en', snapshot: 'c' })).rejects.toThrow(
      /closed/,
    );
  });

  it('says which font is missing when the fonts folder is wrong', async () => {
    engine = createPdfEngine({ fontsDir: join(dir, 'no-fonts'), threads: 1 });
    await expect(
      engine.render({ kind: 'sample', language: 'en', snapshot: sampleSnapshot }),
    ).rejects.toThrow(/NotoSansTC-Regular\.ttf/);
  });
});
