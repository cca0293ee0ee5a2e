import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { startDepotServer, type DepotServer } from './support/depotServer';
import { documentsOf } from './support/documents';
import { FirstRunPage, ShellPage, SignInPage } from './pages/shell';

// The foundation, as a person meets it: first start, sign-in, the three workspaces and
// Settings in both languages, lock and sign in again, and a printed sample document.

let server: DepotServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await startDepotServer();
  browser = await launchBrowser();
  ({ page, errors } = await newPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the Depot shell in Chromium', () => {
  it('asks for the first admin on first start', async () => {
    await page.goto(server.url);
    await page.getByTestId('setup-username').waitFor();
    await screenshot(page, 'first-run');
    await new FirstRunPage(page).createAdmin('boss', '王大同 Wang Ta-tung', '2468');
    await page.getByTestId('nav-intake').waitFor();
    expect(page.url()).not.toContain('token='); // the token leaves the visible URL
  });

  it('shows each workspace in English', async () => {
    const shell = new ShellPage(page);
    await shell.switchLanguage('EN');
    for (const [workspace, title] of [
      ['intake', 'Intake'],
      ['bench', 'Bench'],
      ['stockroom', 'Stockroom'],
      ['settings', 'Settings'],
    ] as const) {
      await expect.poll(() => shell.open(workspace)).toContain(title);
      await screenshot(page, `${workspace}-en`);
    }
  });

  it('switches to Traditional Chinese at run time and remembers it', async () => {
    const shell = new ShellPage(page);
    await shell.switchLanguage('繁中');
    for (const [workspace, title] of [
      ['intake', '收件'],
      ['bench', '維修'],
      ['stockroom', '倉庫'],
      ['settings', '設定'],
    ] as const) {
      await expect.poll(() => shell.open(workspace)).toContain(title);
      await screenshot(page, `${workspace}-zh-TW`);
    }
    await page.reload();
    await expect.poll(() => shell.open('intake')).toContain('收件');
    await shell.switchLanguage('EN');
    await expect.poll(() => shell.open('intake')).toContain('Intake');
  });

  it('has a dark theme', async () => {
    await page.getByTestId('theme-toggle').click();
    await page.waitForFunction(
      () => document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark',
    );
    await screenshot(page, 'intake-dark');
    await page.getByTestId('theme-toggle').click();
    await page.waitForFunction(
      () => document.documentElement.getAttribute('data-mantine-color-scheme') === 'light',
    );
  });

  it('locks the workstation and signs in again with the PIN', async () => {
    const shell = new ShellPage(page);
    await shell.lock();
    await page.getByTestId('pin-input').waitFor();
    await screenshot(page, 'lock-screen');
    await new SignInPage(page).signIn('boss', '2468');
    await page.getByTestId('nav-intake').waitFor();
  });

  it('prints the sample document with Chinese text into a new tab', async () => {
    const shell = new ShellPage(page);
    await shell.open('settings');
    await shell.openSettingsTab('documents');
    const documents = await documentsOf(page);
    await page.getByTestId('print-sample').click();
    const opened = await documents.next();
    expect(opened.status).toBe(200);
    // Issue 9, defect 3: a single-use ticket in the URL, no token, no document id.
    const url = new URL(opened.url);
    expect(url.pathname).toMatch(/^\/documents\/[A-Za-z0-9_-]{43}\.pdf$/);
    expect(url.search).toBe('');
    const pdf = opened.pdf;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The ticket is used up: the same URL again serves nothing.
    const again = await fetch(url);
    expect(again.status).toBe(404);
    expect(again.headers.get('content-type')).not.toBe('application/pdf');
    const file = join(tmpdir(), `depot-e2e-sample-${process.pid}.pdf`);
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('陳美玲');
    await opened.tab?.close();
  });

  it('refuses API calls without the token, with field errors for bad input', async () => {
    const noToken = await fetch(`${server.origin}/api/staff/create`, {
      method: 'POST',
      body: '{}',
    });
    expect(noToken.status).toBe(401);
    const bad = await fetch(`${server.origin}/api/session/signIn`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${server.token}`,
        'content-type': 'application/json',
        'x-depot-session': 'e2e-shell-probe',
      },
      body: JSON.stringify({ staffId: 'one', pin: '12' }),
    });
    const body = await bad.json();
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.details.issues.map((i: { field: string }) => i.field).sort()).toEqual([
      'pin',
      'staffId',
    ]);
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
