import type { Page } from 'playwright-core';
import { StockroomPage } from './stockroom';

// Blind stock counts (盲盤) as the stockroom keeper counts and the supervisor posts them.
export class CountsPage {
  private readonly stockroom: StockroomPage;

  constructor(private readonly page: Page) {
    this.stockroom = new StockroomPage(page);
  }

  /** Starts a count of one bin and returns its id. */
  async startBin(bin: string): Promise<number> {
    await this.page.getByTestId('count-start').click();
    await this.page.getByTestId('count-start-value').fill(bin);
    await this.page.getByTestId('count-start-submit').click();
    const sheet = this.page.getByTestId('count-sheet');
    await sheet.waitFor();
    return Number(await sheet.getAttribute('data-count-id'));
  }

  /** A scanner reads the shelf label, then the counter types how many and presses Enter. */
  async count(partNo: string, quantity: number): Promise<string> {
    const before = await this.page.evaluate(
      () => document.querySelector('[data-testid="count-last"]')?.textContent ?? null,
    );
    await this.stockroom.scan('count-part', partNo);
    const field = this.page.getByTestId('count-quantity');
    await this.page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'count-quantity',
    );
    await field.fill(String(quantity));
    await field.press('Enter');
    // The entry's answer replaces the last one shown.
    await this.page.waitForFunction((previous) => {
      const text = document.querySelector('[data-testid="count-last"]')?.textContent ?? null;
      return text !== null && text !== previous;
    }, before);
    return (await this.page.getByTestId('count-last').getAttribute('data-status')) ?? '';
  }

  async resolve(partNo: string, quantity: number): Promise<void> {
    await this.page.getByTestId(`count-resolve-${partNo}`).click();
    await this.page.getByTestId('count-resolve-quantity').fill(String(quantity));
    await this.page.getByTestId('count-resolve-confirm').click();
    await this.page.locator(`[data-testid="count-line-${partNo}"]:not([data-flagged])`).waitFor();
  }

  async open(countId: number): Promise<void> {
    await this.page.getByTestId(`count-row-${countId}`).click();
  }

  async review(): Promise<void> {
    await this.page.getByTestId('count-review-open').click();
    await this.page.getByTestId('count-review').waitFor();
  }

  async post(): Promise<void> {
    await this.page.getByTestId('count-post').click();
    await this.page.getByTestId('count-post-confirm').click();
    await this.page.getByTestId('count-read-only').waitFor();
  }
}
