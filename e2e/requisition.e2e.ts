import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knex from 'knex';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { startDepotServer, type DepotServer } from './support/depotServer';
import { openedDocument } from './support/documents';
import { ShellPage, SignInPage } from './pages/shell';
import { StockroomPage } from './pages/stockroom';
import { RequisitionsPage } from './pages/stockroomRequisitions';

// Issue 4, done when (policy 5.3): a technician requests parts for a ticket, one line above a
// critical part's quota; a supervisor approves less than asked, with a written override for
// that line; the stockroom issues in two goes and takes one unit back; the printed
// requisition form says who asked, for which ticket, who approved and what was handed over.

let server: DepotServer;
let browser: Browser;
let page: Page;
let errors: string[];
let reportNo = '';
let reqNo = '';

/** The demo's emergency air conditioner: its report number is on the unit's label. */
async function reportNoOf(dbFile: string, serial: string): Promise<string> {
  const db = knex({ client: 'sqlite3', connection: { filename: dbFile }, useNullAsDefault: true });
  try {
    const row = (await db('tickets as t')
      .join('units as u', 'u.id', 't.unit_id')
      .where('u.serial', serial)
      .first('t.report_no')) as { report_no: string };
    return row.report_no;
  } finally {
    await db.destroy();
  }
}

function pdfText(pdf: Buffer): string {
  const file = join(tmpdir(), `depot-e2e-req-${process.pid}-${Date.now()}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

beforeAll(async () => {
  server = await startDepotServer({ seedDemo: true });
  reportNo = await reportNoOf(server.dbFile, 'AC36-7788123');
  browser = await launchBrowser();
  ({ page, errors } = await newPage(browser));
  await page.goto(server.url);
  await new SignInPage(page).signIn('hao', '1234');
  await page.getByTestId('nav-stockroom').waitFor();
  await new ShellPage(page).switchLanguage('EN');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('requisition and issue in Chromium', () => {
  it('a technician requests parts for a ticket, one line over a critical part quota', async () => {
    await new StockroomPage(page).openView('requisitions');
    const reqs = new RequisitionsPage(page);
    await reqs.forTicket(reportNo);
    await reqs.addPart('AC-INV-PCB', 3);
    await reqs.addPart('AC-CAP-35', 2);
    // Quota: one inverter board per line, two per ticket.
    await page.getByTestId('req-line-over-AC-INV-PCB').waitFor();
    expect(await page.getByTestId('req-line-over-AC-CAP-35').count()).toBe(0);
    await page.getByTestId('req-note').fill('機房冷氣不製冷，兩片板子燒毀 / Two boards burnt');
    await new StockroomPage(page).settle();
    await screenshot(page, 'stockroom-requisition-new-en');

    reqNo = await reqs.submit();
    expect(reqNo).toMatch(/^RQ\d{6}$/);
    await reqs.waitForStatus('pending');
    // Technicians never see the approve buttons.
    expect(await page.getByTestId('req-approve').count()).toBe(0);
  });

  it('a supervisor approves less than asked, with a reason for the line over quota', async () => {
    const stockroom = new StockroomPage(page);
    await stockroom.switchTo('fen');
    await stockroom.openView('requisitions');
    const reqs = new RequisitionsPage(page);
    await reqs.open('pending', reqNo);
    await reqs.quantity('approve', 1, 2);
    await reqs.overrideReason(1, '兩片板子都燒毀 / Both boards burnt, confirmed on the bench');
    await new StockroomPage(page).settle();
    await screenshot(page, 'stockroom-requisition-approve-en');
    await page.getByTestId('req-approve').click();
    await reqs.waitForStatus('approved');
    expect(await reqs.figure(1, 'approved')).toBe('2');
    expect(await reqs.figure(2, 'approved')).toBe('2');
    expect(await page.getByTestId('req-override-text-1').textContent()).toContain(
      'Both boards burnt',
    );
  });

  it('the stockroom issues part of it, then the rest, then takes one unit back', async () => {
    const stockroom = new StockroomPage(page);
    await stockroom.switchTo('kuo');
    await stockroom.openView('requisitions');
    const reqs = new RequisitionsPage(page);
    await reqs.open('to_issue', reqNo);
    // Defaults: all that is approved and on the shelf; the keeper hands over one board now.
    expect(await page.getByTestId('req-issue-qty-1').inputValue()).toBe('2');
    await reqs.quantity('issue', 1, 1);
    await page.getByTestId('req-issue').click();
    await reqs.waitForStatus('partially_issued');
    expect(await reqs.figure(1, 'issued')).toBe('1');
    expect(await reqs.figure(2, 'issued')).toBe('2');

    expect(await page.getByTestId('req-issue-qty-1').inputValue()).toBe('1');
    await page.getByTestId('req-issue').click();
    await reqs.waitForStatus('issued');
    expect(await reqs.figure(1, 'issued')).toBe('2');

    await page.getByTestId('req-start-return').click();
    await reqs.quantity('return', 2, 1);
    await page.getByTestId('req-return').click();
    await expect.poll(() => reqs.figure(2, 'returned')).toBe('1');
    expect(await page.locator('[data-testid^="req-movement-"]').count()).toBe(4);
    await new StockroomPage(page).settle();
    await screenshot(page, 'stockroom-requisition-en');
  });

  it('prints the requisition form with request, approval and the issue record', async () => {
    const pdf = await openedDocument(page, () => page.getByTestId('req-print').click());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of [
      reqNo,
      reportNo,
      'Lin Chih-hao', // requested by
      'Chang Shu-fen', // approved by
      'Kuo Chien-hung', // issued and took back
      'AC-INV-PCB',
      'AC-CAP-35',
      'Both boards burnt',
    ]) {
      expect(text).toContain(expected);
    }
    // The issue record: two issues of the board, one of the capacitors, one return.
    expect(text.split('\n').filter((l) => /AC-INV-PCB/.test(l)).length).toBeGreaterThanOrEqual(3);
  });

  it('shows the requisition in Traditional Chinese', async () => {
    const shell = new ShellPage(page);
    await shell.switchLanguage('繁中');
    await page.getByText('發放記錄').waitFor();
    await new StockroomPage(page).settle();
    await screenshot(page, 'stockroom-requisition-zh-TW');
    await shell.switchLanguage('EN');
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
