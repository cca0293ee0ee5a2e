import knex from 'knex';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { startDepotServer, type DepotServer } from './support/depotServer';
import { BenchPage } from './pages/bench';
import { IntakePage } from './pages/intake';
import { ShellPage, SignInPage } from './pages/shell';

// Issue 11, item 5 (land where the work is): Ctrl+K's Enter opens the top hit where its next
// action is; parts are found by name; the timeline shows everything that happened; a scanned
// unit with an open ticket says at once that a new registration will be refused.

let server: DepotServer;
let browser: Browser;
let page: Page;
let errors: string[];

/** The newest ticket of a demo unit. */
async function ticketOf(dbFile: string, serial: string): Promise<{ id: number; reportNo: string }> {
  const db = knex({ client: 'sqlite3', connection: { filename: dbFile }, useNullAsDefault: true });
  try {
    const row = (await db('tickets as t')
      .join('units as u', 'u.id', 't.unit_id')
      .where('u.serial', serial)
      .orderBy('t.id', 'desc')
      .first('t.id', 't.report_no')) as { id: number; report_no: string };
    return { id: row.id, reportNo: row.report_no };
  } finally {
    await db.destroy();
  }
}

beforeAll(async () => {
  server = await startDepotServer({ seedDemo: true });
  browser = await launchBrowser();
  ({ page, errors } = await newPage(browser));
  await page.goto(server.url);
  await new SignInPage(page).signIn('hao', '1234');
  await page.getByTestId('nav-bench').waitFor();
  await new ShellPage(page).switchLanguage('EN');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('land where the work is, in Chromium', () => {
  it('Ctrl+K, the report number, Enter: a technician lands on the bench with the ticket in hand', async () => {
    // The demo's server-room air conditioner: received, unclaimed, so claiming it is the next move.
    const ticket = await ticketOf(server.dbFile, 'AC36-7788123');
    await page.keyboard.press('Control+K');
    const input = page.getByTestId('quick-search-input');
    await input.waitFor();
    await input.fill(ticket.reportNo);
    await page.getByTestId(`quick-search-result-${ticket.reportNo}`).waitFor();
    await screenshot(page, 'land-quick-search');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/bench\\?ticket=${ticket.id}$`));
    const bench = new BenchPage(page);
    await bench.waitForTicket(ticket.reportNo);
    await page.getByTestId('bench-claim').waitFor();
    await page.getByTestId('bench-claim').click();
    await bench.waitForStatus('diagnosing');
  });

  it('typing "LED" in a part picker finds the LED parts', async () => {
    const bench = new BenchPage(page);
    await bench.tab('parts');
    await page.getByTestId('bench-parts-request').click();
    await page.getByTestId('bench-request-form').waitFor();
    await page.getByTestId('bench-request-part').click();
    await page.keyboard.type('LED');
    await page.getByTestId('part-option-TV-LED-55').waitFor();
    await screenshot(page, 'land-part-picker');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByTestId('bench-request-form').waitFor({ state: 'detached' });
  });

  it('the timeline shows the intake and the claim, each with who and when', async () => {
    const bench = new BenchPage(page);
    await bench.tab('timeline');
    await page.locator('[data-testid^="bench-timeline-"][data-kind="intake"]').waitFor();
    await page.locator('[data-testid^="bench-timeline-"][data-to="diagnosing"]').waitFor();
    expect(
      await page.locator('[data-testid^="bench-timeline-"][data-to="diagnosing"]').textContent(),
    ).toContain('Lin Chih-hao');
    await screenshot(page, 'land-timeline');
  });

  it('the desk scans a unit with an open ticket: refused before anyone signs, with its ticket to open', async () => {
    const ticket = await ticketOf(server.dbFile, 'AC36-7788123');
    await new BenchPage(page).switchTo('mei');
    await new ShellPage(page).open('intake');
    await new IntakePage(page).scanSerial('AC36-7788123');
    const alert = page.getByTestId('unit-open-ticket');
    await alert.waitFor();
    expect(await alert.getAttribute('data-reason')).toBe('intake.unitHasOpenTicket');
    expect(await alert.textContent()).toContain(ticket.reportNo);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, 'land-intake-open-ticket');
    await page.getByTestId('unit-open-existing').click();
    await page
      .locator(`[data-testid="ticket-detail"][data-report-no="${ticket.reportNo}"]`)
      .waitFor();
    // The drawer's timeline: the same history the bench shows.
    await page.locator('[data-testid^="ticket-history-"][data-to="diagnosing"]').waitFor();
    await page.getByTestId('ticket-history').scrollIntoViewIfNeeded();
    await screenshot(page, 'land-drawer-timeline');
    expect(errors).toEqual([]);
  });
});
