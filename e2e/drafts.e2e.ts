import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, waitForStill } from './support/browser';
import { startDepotServer, type DepotServer } from './support/depotServer';
import { IntakePage } from './pages/intake';
import { ShellPage, SignInPage } from './pages/shell';

// Issue 11, item 4, done when: half-typed intake, switch workspace, lock, unlock, come back: the
// draft is there. Also through a reload, signing out and in, and another clerk's turn at the
// workstation (each person has their own drafts); registering it leaves a fresh form.

let server: DepotServer;
let browser: Browser;
let page: Page;
let errors: string[];
const serial = `WM80-DRAFT-${Date.now() % 100000}`;

/** The intake form as the draft left it: what the clerk had typed, field by field. */
class DraftDesk {
  constructor(private readonly page: Page) {}

  /** The form has read the kept draft (and put it back, if there was one). */
  async loaded(): Promise<void> {
    await this.page.locator('[data-testid="intake-form"][data-draft="loaded"]').waitFor();
  }

  value(testId: string): Promise<string> {
    return this.page.getByTestId(testId).inputValue();
  }

  async typed(): Promise<Record<string, string>> {
    return {
      serial: await this.value('intake-serial'),
      model: await this.value('intake-model'),
      customer: await this.value('customer-name'),
      phone: await this.value('customer-phone-0'),
      fault: await this.value('fault'),
    };
  }

  restoredNotice() {
    return this.page.getByTestId('intake-draft-restored');
  }
}

const halfTyped = {
  serial,
  model: expect.stringContaining('WM-80'),
  customer: '林雅婷',
  phone: '0933-222-111',
  fault: 'Door seal leaks / 門封漏水',
};

beforeAll(async () => {
  server = await startDepotServer({ seedDemo: true });
  browser = await launchBrowser();
  ({ page, errors } = await newPage(browser));
  await page.goto(server.url);
  await new SignInPage(page).signIn('mei', '1234');
  await page.getByTestId('intake-serial').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signInAgain(username: string): Promise<void> {
  await page.getByTestId('pin-input').waitFor();
  await new SignInPage(page).signIn(username, '1234');
  await page.getByTestId('nav-intake').waitFor();
}

describe('drafts survive in Chromium', () => {
  it('keeps a half-typed intake through a workspace switch, the lock and unlocking', async () => {
    const shell = new ShellPage(page);
    const desk = new DraftDesk(page);
    const intake = new IntakePage(page);
    await shell.switchLanguage('EN');
    await desk.loaded();
    await intake.scanSerial(serial);
    await intake.chooseModel('WM-80');
    await intake.invoiceDate('2026-06-01');
    await intake.newCustomer('林雅婷', '0933-222-111');
    await page.getByTestId('fault').fill('Door seal leaks / 門封漏水');

    await shell.open('bench');
    await shell.lock();
    await signInAgain('mei');
    await shell.open('intake');
    await desk.loaded();
    await desk.restoredNotice().waitFor();
    expect(await desk.typed()).toEqual(halfTyped);
    // The serial is settled again as the new unit it was, without the clerk pressing Enter.
    await page.getByText('New unit', { exact: true }).waitFor();
    await expect.poll(() => intake.warrantyText()).toMatch(/Covered/i);
    await waitForStill(desk.restoredNotice());
    await screenshot(page, 'intake-draft-restored');
  });

  it('saves what was typed just before the lock, without waiting for a pause', async () => {
    const desk = new DraftDesk(page);
    await page.getByTestId('condition').fill('Scratch on the lid');
    // Ctrl+L straight after the last key: the lock saves the draft before it locks.
    await page.keyboard.press('Control+l');
    await signInAgain('mei');
    await desk.loaded();
    await desk.restoredNotice().waitFor();
    expect(await desk.value('condition')).toBe('Scratch on the lid');
    expect(await desk.typed()).toEqual(halfTyped);
  });

  it('keeps it through a reload and signing out and in again', async () => {
    const desk = new DraftDesk(page);
    await page.reload();
    await desk.loaded();
    await desk.restoredNotice().waitFor();
    expect(await desk.typed()).toEqual(halfTyped);

    await page.getByTestId('staff-menu').click();
    await page.getByTestId('menu-sign-out').click();
    await page.getByTestId('roster-mei').waitFor();
    await new SignInPage(page).signIn('mei', '1234');
    await new ShellPage(page).open('intake');
    await desk.loaded();
    await desk.restoredNotice().waitFor();
    expect(await desk.typed()).toEqual(halfTyped);
  });

  it("is the clerk's own: a colleague at the same workstation starts from an empty form", async () => {
    const shell = new ShellPage(page);
    const desk = new DraftDesk(page);
    await page.getByTestId('staff-menu').click();
    await page.getByTestId('menu-switch-staff').click();
    await signInAgain('fen');
    await shell.open('intake');
    await desk.loaded();
    expect(await desk.restoredNotice().count()).toBe(0);
    expect(await desk.value('intake-serial')).toBe('');

    await page.getByTestId('staff-menu').click();
    await page.getByTestId('menu-switch-staff').click();
    await signInAgain('mei');
    await shell.open('intake');
    await desk.loaded();
    await desk.restoredNotice().waitFor();
    expect(await desk.typed()).toEqual(halfTyped);
  });

  it('is gone once the intake is registered: the next form is empty, after a reload too', async () => {
    const desk = new DraftDesk(page);
    const intake = new IntakePage(page);
    await page.getByText('New unit', { exact: true }).waitFor();
    await expect.poll(() => intake.warrantyText()).toMatch(/Covered/i);
    await intake.sign();
    const reportNo = await intake.submit();
    expect(reportNo).toMatch(/^R\d{4}-\d{6}$/);

    await page.getByTestId('intake-new').click();
    await desk.loaded();
    expect(await desk.value('intake-serial')).toBe('');
    expect(await desk.restoredNotice().count()).toBe(0);

    await page.reload();
    await desk.loaded();
    expect(await desk.restoredNotice().count()).toBe(0);
    expect(await desk.value('intake-serial')).toBe('');
    expect(await desk.value('fault')).toBe('');
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
