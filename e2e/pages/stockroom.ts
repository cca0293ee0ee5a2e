import type { Page } from 'playwright-core';
import { ShellPage, SignInPage } from './shell';

// The stockroom as its staff use it: the workspace's views, handing the workstation over, and
// the one way a test asks the core a question "through the page" (its own token and session).

export class StockroomPage {
  constructor(private readonly page: Page) {}

  async openView(view: 'parts' | 'requisitions' | 'receiving' | 'counts' | 'reorder') {
    const shell = new ShellPage(this.page);
    if (!/#\/stockroom(\/|$)/.test(this.page.url())) await shell.open('stockroom');
    const label = { parts: 0, requisitions: 1, receiving: 2, counts: 3, reorder: 4 }[view];
    await this.page.getByTestId('stockroom-views').locator('label').nth(label).click();
    await this.page.getByTestId(`stockroom-${view}`).waitFor();
  }

  /** "Switch staff" in the staff menu, then the next person signs in with their PIN. */
  async switchTo(username: string, pin = '1234'): Promise<void> {
    await this.page.getByTestId('staff-menu').click();
    await this.page.getByTestId('menu-switch-staff').click();
    await new SignInPage(this.page).signIn(username, pin);
    await this.page.getByTestId('nav-stockroom').waitFor();
  }

  /** A barcode scanner: the whole code in a burst of keystrokes, then Enter. */
  async scan(testId: string, code: string): Promise<void> {
    await this.page.getByTestId(testId).click();
    await this.page.getByTestId(testId).fill('');
    await this.page.keyboard.type(code, { delay: 5 });
    await this.page.keyboard.press('Enter');
  }

  /** Before a screenshot: the pointer out of the way and the last notifications gone. */
  async settle(): Promise<void> {
    await this.page.mouse.move(1, 1);
    // Closed rather than waited out: a notification's time on screen is not a state to wait on.
    await this.page.evaluate(() => {
      document
        .querySelectorAll<HTMLElement>(
          '.mantine-Notification-root .mantine-Notification-closeButton',
        )
        .forEach((close) => close.click());
    });
    await this.page.waitForFunction(
      () => document.querySelectorAll('.mantine-Notification-root').length === 0,
    );
  }

  /** Calls a channel as the person signed in on this page (browser mode's own token). */
  async call<T>(channel: string, input: unknown): Promise<T> {
    const result = await this.page.evaluate(
      async ([name, body]) => {
        const response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${sessionStorage.getItem('depot.token') ?? ''}`,
            'X-Depot-Session': sessionStorage.getItem('depot.sessionId') ?? '',
          },
          body: JSON.stringify(body),
        });
        return (await response.json()) as { ok: boolean; data?: unknown; error?: unknown };
      },
      [channel, input] as const,
    );
    if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
    return result.data as T;
  }
}
