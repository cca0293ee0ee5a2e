import knex from 'knex';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, waitForStill } from './support/browser';
import { startDepotServer, type DepotServer } from './support/depotServer';
import { BenchPage } from './pages/bench';
import { ShellPage, SignInPage } from './pages/shell';

// Issue 11, item 3, done when: with two workstations open on one depot, a delivery recorded at
// the desk updates the technician's bench without a reload, and a requisition the technician
// raises lights the supervisor's inbox. Each person has a browser context of their own (their
// own session, as on separate machines); nobody reloads a page.

let server: DepotServer;
let browser: Browser;
let desk: Page;
let tech: Page;
let supervisor: Page;
const errors: string[][] = [];

type DemoTicket = { id: number; reportNo: string };
type View = { id: number; version: number; status: string };

/** The newest ticket of a demo unit: its report number is on the unit's label. */
async function ticketOf(dbFile: string, serial: string): Promise<DemoTicket> {
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

/** A workstation of its own, signed in as `username`, in English. */
async function workstation(username: string, landmark: string): Promise<Page> {
  const opened = await newPage(browser);
  errors.push(opened.errors);
  await opened.page.goto(server.url);
  await new SignInPage(opened.page).signIn(username, '1234');
  await opened.page.getByTestId(landmark).waitFor();
  await new ShellPage(opened.page).switchLanguage('EN');
  return opened.page;
}

/** Marks the page; a reload or a navigation away would lose the mark. */
async function markNoReload(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { liveMark: boolean }).liveMark = true;
  });
}

async function stillNotReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { liveMark?: boolean }).liveMark === true);
}

async function inboxCount(page: Page): Promise<number> {
  const badge = page.locator('[data-testid="inbox-badge"][data-count]');
  await badge.waitFor();
  return Number(await badge.getAttribute('data-count'));
}

/** The requisitions waiting for this supervisor's approval, as the core counts them. */
async function approveCount(page: Page): Promise<number> {
  const inbox = await new BenchPage(page).call<{ items: { key: string; count: number }[] }>(
    'inbox/mine',
    {},
  );
  return inbox.items.find((i) => i.key === 'approve')?.count ?? 0;
}

beforeAll(async () => {
  server = await startDepotServer({ seedDemo: true });
  browser = await launchBrowser();
  desk = await workstation('mei', 'nav-bench');
  tech = await workstation('hao', 'nav-bench');
  supervisor = await workstation('fen', 'nav-stockroom');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('live screens across workstations', () => {
  it('a delivery at the desk updates the open bench without a reload', async () => {
    // The demo's server-room air conditioner, repaired and tested through the channels the
    // bench uses (the bench's own e2e test walks them on screen), open on the technician's bench.
    const ticket = await ticketOf(server.dbFile, 'AC36-7788123');
    const techBench = new BenchPage(tech);
    const view = await techBench.readyForPickup<View>(ticket.id);
    expect(view.status).toBe('ready_for_pickup');
    await techBench.open();
    await techBench.scanTicket(ticket.reportNo);
    await techBench.waitForStatus('ready_for_pickup');
    await markNoReload(tech);

    // The desk hands the unit back: the customer checks it and signs on screen.
    const deskBench = new BenchPage(desk);
    await deskBench.open();
    await deskBench.scanTicket(ticket.reportNo);
    await desk.getByTestId('bench-action-accept').click();
    await desk.getByTestId('bench-acceptance').waitFor();
    await deskBench.sign();
    await desk.getByTestId('bench-accept-submit').click();
    await deskBench.waitForStatus('delivered');

    // The technician's bench shows it, by itself, acceptance buttons gone.
    await techBench.waitForStatus('delivered');
    expect(await stillNotReloaded(tech)).toBe(true);
    expect(await tech.getByTestId('bench-action-accept').count()).toBe(0);
  });

  it("a requisition raised at the bench lights the supervisor's inbox without a reload", async () => {
    const before = await inboxCount(supervisor);
    const approveBefore = await approveCount(supervisor);
    await markNoReload(supervisor);

    // The technician claims another ticket and requests a part from it.
    const ticket = await ticketOf(server.dbFile, 'WM90N-00310');
    const techBench = new BenchPage(tech);
    await techBench.scanTicket(ticket.reportNo);
    await tech.getByTestId('bench-claim').click();
    await techBench.waitForStatus('diagnosing');
    const reqNo = await techBench.requestPart('AC-CAP-35', 1, 'Run capacitor for the drain pump');

    await supervisor
      .locator(`[data-testid="inbox-badge"][data-count="${before + 1}"]`)
      .waitFor({ timeout: 15_000 });
    expect(await stillNotReloaded(supervisor)).toBe(true);

    // The menu says what waits, and opens the requisition queue where it is approved.
    await supervisor.getByTestId('inbox-badge').click();
    const item = supervisor.getByTestId('inbox-item-approve');
    await waitForStill(supervisor.getByTestId('inbox-menu'));
    expect(await item.getAttribute('data-count')).toBe(String(approveBefore + 1));
    expect(await item.textContent()).toBe(
      `${approveBefore + 1} requisition${approveBefore === 0 ? '' : 's'} to approve`,
    );
    await screenshot(supervisor, 'inbox-menu-en');
    await item.click();
    await supervisor.getByTestId(`req-row-${reqNo}`).waitFor();

    for (const list of errors) expect(list).toEqual([]);
  });
});
