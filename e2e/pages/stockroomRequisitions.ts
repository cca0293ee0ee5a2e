import type { Page } from 'playwright-core';
import { StockroomPage } from './stockroom';

// Requisitions (領用申請表) as the technician, the supervisor and the stockroom keeper use them.
export class RequisitionsPage {
  private readonly stockroom: StockroomPage;

  constructor(private readonly page: Page) {
    this.stockroom = new StockroomPage(page);
  }

  /** The technician scans the ticket's label. */
  async forTicket(reportNo: string): Promise<void> {
    await this.page.getByTestId('req-new').waitFor();
    await this.stockroom.scan('req-ticket', reportNo);
    await this.page.getByTestId('req-ticket-card').waitFor();
  }

  /** Scans a part, types how many, Enter (back to the part field for the next one). */
  async addPart(partNo: string, quantity: number): Promise<void> {
    await this.stockroom.scan('req-part', partNo);
    await this.page.getByTestId(`req-line-${partNo}`).waitFor();
    // The quantity field has the focus with its text selected: typing replaces it.
    await this.page.keyboard.type(String(quantity));
    await this.page.keyboard.press('Enter');
  }

  /** Sends the form and returns the new requisition number. */
  async submit(): Promise<string> {
    await this.page.getByTestId('req-submit').click();
    const no = this.page.getByTestId('req-detail-no');
    await no.waitFor();
    return ((await no.textContent()) ?? '').trim();
  }

  async open(queue: 'pending' | 'to_issue' | 'done' | 'all', reqNo: string): Promise<void> {
    const index = { pending: 0, to_issue: 1, done: 2, all: 3 }[queue];
    await this.page.getByTestId('req-queue-filter').locator('label').nth(index).click();
    await this.page.getByTestId(`req-row-${reqNo}`).click();
    await this.page.locator(`[data-testid="req-detail"][data-req-no="${reqNo}"]`).waitFor();
  }

  async status(): Promise<string> {
    return (await this.page.getByTestId('req-detail-status').getAttribute('data-status')) ?? '';
  }

  async waitForStatus(status: string): Promise<void> {
    await this.page
      .locator(`[data-testid="req-detail-status"][data-status="${status}"]`)
      .waitFor({ timeout: 10_000 });
  }

  /** Sets the quantity in the current mode's column (approve / issue / return) of a line. */
  async quantity(mode: 'approve' | 'issue' | 'return', lineNo: number, n: number): Promise<void> {
    await this.page.getByTestId(`req-${mode}-qty-${lineNo}`).fill(String(n));
  }

  async overrideReason(lineNo: number, reason: string): Promise<void> {
    await this.page.getByTestId(`req-override-${lineNo}`).fill(reason);
  }

  /** A line's figure: requested, approved, issued, returned or on-hand. */
  async figure(
    lineNo: number,
    column: 'requested' | 'approved' | 'issued' | 'returned' | 'on-hand',
  ): Promise<string> {
    const cell = this.page.getByTestId(`req-detail-line-${lineNo}`).getByTestId(column);
    return ((await cell.textContent()) ?? '').trim();
  }
}
