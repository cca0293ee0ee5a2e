import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knex from 'knex';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Part } from '../main/stock/partRepo';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { startDepotServer, type DepotServer } from './support/depotServer';
import { ShellPage, SignInPage } from './pages/shell';
import { StockroomPage } from './pages/stockroom';
import { PartsPage, ReceivingPage, untilStill } from './pages/stockroomParts';

// Issue 4, items 1 and 7 (policy 5.1, 5.2): the stockroom keeper finds parts by number or name
// and by scanning a label, sees a part's stock ledger, receives an inspected delivery (one line
// partly rejected, with the reason) whose accepted units show up on the books, and loads new
// parts from a CSV file after a preview that names each rejected row by its line.

let server: DepotServer;
let browser: Browser;
let page: Page;
let errors: string[];
let csvDir = '';
let activeParts = 0;

const SUPPLIER = '大同零件 Tatung Parts';
const DELIVERY_NOTE = 'DN-2612-0077';

async function countActiveParts(dbFile: string): Promise<number> {
  const db = knex({ client: 'sqlite3', connection: { filename: dbFile }, useNullAsDefault: true });
  try {
    const row = (await db('parts').where('active', true).count({ n: '*' }).first()) as {
      n: number | string;
    };
    return Number(row.n);
  } finally {
    await db.destroy();
  }
}

const partByNumber = (partNo: string) =>
  new StockroomPage(page).call<Part>('parts/byNumber', { partNo });

beforeAll(async () => {
  server = await startDepotServer({ seedDemo: true });
  activeParts = await countActiveParts(server.dbFile);
  csvDir = mkdtempSync(join(tmpdir(), 'depot-e2e-csv-'));
  browser = await launchBrowser();
  ({ page, errors } = await newPage(browser));
  await page.goto(server.url);
  await new SignInPage(page).signIn('kuo', '1234');
  await page.getByTestId('nav-stockroom').waitFor();
  await new ShellPage(page).switchLanguage('EN');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (csvDir) rmSync(csvDir, { recursive: true, force: true });
});

describe('parts, receiving and CSV import in Chromium', () => {
  it('lists the demo parts, narrows them by number and by Chinese name', async () => {
    const stockroom = new StockroomPage(page);
    await stockroom.openView('parts');
    const parts = new PartsPage(page);
    expect(activeParts).toBeGreaterThan(12);
    await expect.poll(() => parts.shown()).toBe(`${activeParts} parts shown`);
    const listed = await parts.listed();
    expect(listed).toContain('WM-PUMP-01');
    expect(listed).toContain('AC-INV-PCB');
    // By part number, sorted.
    expect(listed).toEqual([...listed].sort());
    // Critical parts and parts below their safety stock are marked on the row.
    const board = page.getByTestId('part-row-AC-INV-PCB');
    expect(await board.getAttribute('data-critical')).toBe('true');
    await stockroom.settle();
    await screenshot(page, 'stockroom-parts-en');

    const shell = new ShellPage(page);
    await shell.switchLanguage('繁中');
    await page.getByTestId('parts-count').filter({ hasText: '已顯示' }).waitFor();
    await page.getByTestId('part-row-AC-CAP-35').getByText('運轉電容 35µF').waitFor();
    await stockroom.settle();
    await screenshot(page, 'stockroom-parts-zh-TW');
    await shell.switchLanguage('EN');
    await page.getByTestId('parts-count').filter({ hasText: 'parts shown' }).waitFor();

    await parts.filter('ac-');
    await expect
      .poll(() => parts.listed())
      .toEqual(['AC-CAP-35', 'AC-FAN-IN', 'AC-INV-PCB', 'AC-R32-3KG', 'AC-REM-01', 'AC-SENS-T']);
    expect(await parts.shown()).toBe('6 parts shown');
    // A name prefix in Chinese: the two door parts of the washing machines.
    await parts.filter('門');
    await expect.poll(() => parts.listed()).toEqual(['WM-DOOR-SEAL', 'WM-LOCK-01']);
    await parts.filter('no-such-part');
    await page.getByTestId('parts-empty').waitFor();
    await parts.clearFilter();
    await expect.poll(() => parts.shown()).toBe(`${activeParts} parts shown`);
  });

  it('a scanned part number opens the part with its stock ledger', async () => {
    const parts = new PartsPage(page);
    await parts.scanToOpen('WM-PUMP-01');
    expect(await page.getByTestId('part-detail-title').textContent()).toBe(
      'WM-PUMP-01 · Drain pump',
    );
    // The demo: 8 received from Tatung, 1 issued for the drum ticket.
    expect(await page.getByTestId('part-detail-on-hand').textContent()).toMatch(/^7\s*pcs$/);
    expect(await page.getByTestId('part-detail-bin').textContent()).toBe('A-01');
    const ledger = await parts.ledgerLines();
    expect(ledger).toHaveLength(2);
    expect(ledger[0].text).toContain('Issue');
    expect(ledger[0].text).toContain('-1');
    expect(ledger[0].balance).toBe('7');
    expect(ledger[1].text).toContain('Receipt');
    expect(ledger[1].text).toContain('+8');
    expect(ledger[1].text).toContain('DN-2611-0412');
    expect(ledger[1].balance).toBe('8');
    await parts.ledger().scrollIntoViewIfNeeded();
    await new StockroomPage(page).settle();
    await untilStill(page);
    await screenshot(page, 'stockroom-part-detail-en');

    // A number that is not in the catalogue says so under the field, and opens nothing.
    await parts.closeDrawer();
    await new StockroomPage(page).scan('parts-search', 'WM-NOPE-99');
    await page.getByText('No part numbered WM-NOPE-99').waitFor();
    expect(await parts.drawer().count()).toBe(0);
    await parts.clearFilter();
  });

  it('receives a delivery of two parts, one partly rejected with its reason', async () => {
    const pumpBefore = (await partByNumber('WM-PUMP-01')).onHand;
    const capBefore = (await partByNumber('AC-CAP-35')).onHand;
    const stockroom = new StockroomPage(page);
    await stockroom.openView('receiving');
    const receiving = new ReceivingPage(page);
    await receiving.delivery(SUPPLIER, DELIVERY_NOTE);
    await receiving.scan('WM-PUMP-01');
    await receiving.scan('AC-CAP-35');
    // The same label scanned again: one more unit on its line, not a second line.
    await receiving.scan('AC-CAP-35');
    expect(await receiving.quantity('AC-CAP-35', 'received')).toBe('2');
    expect(await page.locator('[data-testid^="receipt-line-"]').count()).toBe(2);

    // A box of twelve capacitors; five pumps, one with a cracked housing sent back.
    await receiving.setQuantity('AC-CAP-35', 'received', 12);
    await receiving.setQuantity('WM-PUMP-01', 'received', 5);
    await receiving.setQuantity('WM-PUMP-01', 'rejected', 1);
    expect(await receiving.quantity('WM-PUMP-01', 'accepted')).toBe('4');
    await receiving.rejectReason('WM-PUMP-01', '外殼破裂 / Cracked housing');
    await stockroom.settle();
    await screenshot(page, 'stockroom-receiving-en');

    await receiving.submit();
    const title = (await page.getByTestId('receiving-success-title').textContent()) ?? '';
    expect(title).toContain(SUPPLIER);
    expect(title).toContain(DELIVERY_NOTE);
    expect(await receiving.result('WM-PUMP-01')).toEqual({
      accepted: '4',
      rejected: '1',
      onHand: String(pumpBefore + 4),
    });
    expect(await receiving.result('AC-CAP-35')).toEqual({
      accepted: '12',
      rejected: '0',
      onHand: String(capBefore + 12),
    });
  });

  it("shows the receipt in the part's ledger", async () => {
    const stockroom = new StockroomPage(page);
    await stockroom.openView('parts');
    const parts = new PartsPage(page);
    await parts.scanToOpen('WM-PUMP-01');
    const [newest] = await parts.ledgerLines();
    // Only the accepted units enter stock (policy 5.1).
    expect(newest.text).toContain('Receipt');
    expect(newest.text).toContain('+4');
    expect(newest.text).toContain(`${SUPPLIER} ${DELIVERY_NOTE}`);
    expect(newest.text).toContain('Kuo Chien-hung');
    expect(newest.balance).toBe('11');
    expect(await page.getByTestId('part-detail-on-hand').textContent()).toMatch(/^11\s*pcs$/);
    await parts.closeDrawer();
    await parts.clearFilter();
  });

  it('imports a CSV: a preview with new, changed and rejected rows, then the import', async () => {
    const belt = await partByNumber('WM-BELT-80');
    expect(belt.bin).toBe('A-01');
    const update = [
      belt.partNo,
      belt.nameEn,
      belt.nameZh,
      belt.category,
      belt.unit,
      'A-04',
      belt.unitCost,
      belt.safetyStock,
      belt.maxStock,
    ].join(',');
    // As a spreadsheet saves it: BOM, CRLF, a quoted name with a comma. Line 1 is the header.
    const csv =
      '\uFEFF' +
      [
        'part_no,name_en,name_zh,category,unit,bin,unit_cost,safety_stock,max_stock',
        'DW-PUMP-02,Dishwasher wash pump,洗碗機洗滌泵,DW,pcs,E-01,52000,2,8',
        'DW-HEAT-01,Dishwasher heater,洗碗機加熱器,DW,pcs,E-01,31000,1,5',
        update,
        'DW-SPRAY-ARM,Lower spray arm,下噴臂,DW,pcs,E-02,12.50,2,10',
        'DW-FILTER-01,"Drain filter, fine mesh",排水濾網（細目）,DW,pcs,E-02,6500,4,20',
      ].join('\r\n') +
      '\r\n';
    const file = join(csvDir, 'parts-dishwasher.csv');
    writeFileSync(file, csv, 'utf8');

    const parts = new PartsPage(page);
    await parts.importFile(file);
    expect(await parts.importCount('create')).toBe('3');
    expect(await parts.importCount('update')).toBe('1');
    expect(await parts.importCount('unchanged')).toBe('0');
    expect(await parts.importCount('rejected')).toBe('1');
    const change = (await page.getByTestId('import-change-4').textContent()) ?? '';
    expect(change).toContain('WM-BELT-80');
    expect(change).toContain('bin: A-01 → A-04');
    expect(change).not.toContain('name');
    const rejected = page.getByTestId('import-rejected-5');
    const cells = (await rejected.locator('td').allTextContents()).map((c) => c.trim());
    expect(cells[0]).toBe('5');
    expect(cells[1]).toBe('DW-SPRAY-ARM');
    expect(cells[2]).toBe('unit_cost: whole minor units, not "12.50" (write 1200 for 12.00)');
    expect(await page.getByTestId('import-confirm').textContent()).toBe('Import 4 parts');
    await new StockroomPage(page).settle();
    await untilStill(page);
    await screenshot(page, 'stockroom-csv-preview-en');

    await parts.confirmImport();
    expect(await parts.applied('created')).toBe('3');
    expect(await parts.applied('updated')).toBe('1');
    expect(await parts.applied('skipped')).toBe('0');
    expect(await page.getByTestId('import-progress-text').textContent()).toBe(
      '4 of 4 rows applied',
    );
    await parts.closeImport();
    await expect.poll(() => parts.shown()).toBe(`${activeParts + 3} parts shown`);
    expect(await parts.listed()).not.toContain('DW-SPRAY-ARM');

    // A new part, found by scanning its label: names, bin, nothing on the shelf yet.
    await parts.scanToOpen('DW-FILTER-01');
    expect(await page.getByTestId('part-detail-title').textContent()).toBe(
      'DW-FILTER-01 · Drain filter, fine mesh',
    );
    // The Chinese name under the title and in the catalogue fields.
    expect(await parts.drawer().getByText('排水濾網（細目）', { exact: true }).count()).toBe(2);
    expect(await page.getByTestId('part-detail-bin').textContent()).toBe('E-02');
    await page.getByTestId('part-ledger-empty').waitFor();
    await parts.closeDrawer();
    expect((await partByNumber('WM-BELT-80')).bin).toBe('A-04');
  });

  it('exports the catalogue as a dated CSV with the imported parts', async () => {
    const parts = new PartsPage(page);
    const { fileName, text } = await parts.exportCsv();
    expect(fileName).toMatch(/^parts-\d{8}\.csv$/);
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^part_no,name_en,name_zh,category,unit,bin,unit_cost,/);
    expect(lines).toHaveLength(activeParts + 3 + 1);
    expect(lines.find((l) => l.startsWith('DW-FILTER-01,'))).toContain(
      '"Drain filter, fine mesh",排水濾網（細目）,DW,pcs,E-02,6500,',
    );
    expect(lines.find((l) => l.startsWith('WM-BELT-80,'))).toContain(',A-04,');
    expect(lines.some((l) => l.startsWith('DW-SPRAY-ARM,'))).toBe(false);
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
