import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { repoRoot } from '../../main/cli/paths';

// Debian's Chromium, headless, with the flags this closed network needs (TOOLCHAIN.md).
export const SCREENSHOT_DIR = join(repoRoot, '.e2e-artifacts', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh page; uncaught errors in the page are collected so a test can assert there were none. */
export async function newPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 820 },
    locale: 'en-US',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Waits until nothing around this element is moving: its finite CSS animations and transitions
 * (a drawer sliding in, an overlay fading) and those of its ancestors have finished, and its box
 * is the same in two consecutive frames. Waiting on that state, not on a guessed time, keeps a
 * screenshot or a click from landing mid-slide on a loaded machine.
 */
export async function waitForStill(locator: Locator): Promise<void> {
  await locator.waitFor();
  const element = await locator.elementHandle();
  await locator.page().waitForFunction(async (el) => {
    if (!el) return true;
    const moving = document.getAnimations().filter((animation) => {
      const target = (animation.effect as KeyframeEffect | null)?.target;
      if (!(target instanceof Element) || !(target.contains(el) || el.contains(target))) {
        return false;
      }
      const timing = animation.effect?.getComputedTiming();
      return animation.playState === 'running' && timing?.iterations !== Infinity;
    });
    if (moving.length > 0) return false;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const before = JSON.stringify(el.getBoundingClientRect());
    await frame();
    await frame();
    return JSON.stringify(el.getBoundingClientRect()) === before;
  }, element);
}
