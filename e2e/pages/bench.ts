import type { Page } from 'playwright-core';
import { openedDocument } from '../support/documents';
import { ShellPage, SignInPage } from './shell';
import { StockroomPage } from './stockroom';

// The bench (維修台) as technicians and the desk use it: the queue, the ticket in hand, its
// repair log, its moves and its printouts.

export type BenchTab = 'log' | 'labour' | 'parts' | 'checklist' | 'timeline' | 'history';

export class BenchPage {
  private readonly stockroom: StockroomPage;

  constructor(private readonly page: Page) {
    this.stockroom = new StockroomPage(page);
  }

  /** "Switch staff" in the staff menu, then the next person signs in with their PIN. */
  async switchTo(username: string, pin = '1234'): Promise<void> {
    await this.page.getByTestId('staff-menu').click();
    await this.page.getByTestId('menu-switch-staff').click();
    await new SignInPage(this.page).signIn(username, pin);
    await this.page.getByTestId('staff-menu').waitFor();
  }

  async open(): Promise<void> {
    // Already at the bench (with a ticket open in the address): stay, the jump field is there.
    if (!/#\/bench([/?]|$)/.test(this.page.url())) await new ShellPage(this.page).open('bench');
    await this.page.getByTestId('bench-queue').waitFor();
  }

  /** The ticket's label scanned into the queue's jump field (the queue or else the depot). */
  async scanTicket(reportNo: string): Promise<void> {
    await this.stockroom.scan('bench-jump', reportNo);
    await this.waitForTicket(reportNo);
  }

  async waitForTicket(reportNo: string): Promise<void> {
    await this.page
      .locator(`[data-testid="bench-ticket"][data-report-no="${reportNo}"]`)
      .waitFor({ timeout: 15_000 });
  }

  async waitForStatus(status: string): Promise<void> {
    await this.page
      .locator(`[data-testid="bench-ticket"][data-status="${status}"]`)
      .waitFor({ timeout: 15_000 });
  }

  /** A move button (bench-action-<key>) for a bare move: made at once. */
  async move(to: string): Promise<void> {
    await this.page.getByTestId(`bench-action-to_${to}`).click();
    await this.waitForStatus(to);
  }

  async tab(tab: BenchTab): Promise<void> {
    await this.page.getByTestId(`bench-tab-${tab}`).click();
  }

  async addDiagnosis(text: string): Promise<void> {
    await this.tab('log');
    await this.page.getByTestId('bench-note-text').fill(text);
    await this.page.getByTestId('bench-note-add').click();
    // The note in the list (live: it may show before the box below is cleared).
    await this.page.getByTestId('bench-notes').locator('p', { hasText: text }).waitFor();
  }

  /** Symptom, cause and measure picked from the code lists by their codes. */
  async addFault(codes: { symptom: string; cause: string; measure: string }): Promise<void> {
    await this.tab('log');
    for (const kind of ['symptom', 'cause', 'measure'] as const) {
      const input = this.page.getByTestId(`bench-fault-${kind}`);
      await input.click();
      await input.fill(codes[kind]);
      await this.page.getByRole('option', { name: new RegExp(`^${codes[kind]} ·`) }).click();
    }
    await this.page.getByTestId('bench-fault-add').click();
    await this.page
      .getByTestId('bench-faults')
      .locator('tbody tr')
      .filter({ hasText: codes.measure })
      .waitFor();
  }

  async addLabour(minutes: number, note: string): Promise<void> {
    await this.tab('labour');
    await this.page.getByTestId('bench-labour-minutes').fill(String(minutes));
    await this.page.getByTestId('bench-labour-note').fill(note);
    await this.page.getByTestId('bench-labour-add').click();
    await this.page.getByTestId('bench-labour-entries').getByText(note).waitFor();
  }

  /** Requests one part from the ticket; returns the requisition number shown on its line. */
  async requestPart(partNo: string, quantity: number, note: string): Promise<string> {
    await this.tab('parts');
    await this.page.getByTestId('bench-parts-request').click();
    await this.page.getByTestId('bench-request-form').waitFor();
    await this.stockroom.scan('bench-request-part', partNo);
    await this.page.getByTestId(`req-line-${partNo}`).waitFor();
    // The quantity field has the focus with its text selected: typing replaces it.
    await this.page.keyboard.type(String(quantity));
    await this.page.keyboard.press('Enter');
    await this.page.getByTestId('bench-request-note').fill(note);
    await this.page.getByTestId('bench-request-submit').click();
    const line = this.page.getByTestId(`bench-part-${partNo}`);
    await line.waitFor();
    const reqNo = /RQ\d+/.exec((await line.textContent()) ?? '')?.[0];
    if (!reqNo) throw new Error(`no requisition number on the ${partNo} line`);
    return reqNo;
  }

  async partStatus(partNo: string): Promise<string> {
    return (await this.page.getByTestId(`bench-part-${partNo}`).getAttribute('data-status')) ?? '';
  }

  /** Every item of the test checklist passes, one by one. */
  async passChecklist(): Promise<number> {
    await this.tab('checklist');
    const items = this.page.locator('[data-testid^="bench-check-item-"]');
    await items.first().waitFor();
    const count = await items.count();
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      const code = ((await item.getAttribute('data-testid')) ?? '').replace(
        'bench-check-item-',
        '',
      );
      await item.getByTestId('bench-check-pass').click();
      await this.page
        .locator(`[data-testid="bench-check-item-${code}"][data-result="pass"]`)
        .waitFor();
    }
    await this.page.locator('[data-testid="bench-checklist"][data-passed="true"]').waitFor();
    return count;
  }

  /** The customer signs with the mouse on the acceptance form's pad. */
  async sign(): Promise<void> {
    const pad = this.page.getByTestId('signature-pad');
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + 20, y);
    await this.page.mouse.down();
    for (let i = 1; i <= 20; i++) {
      await this.page.mouse.move(
        box.x + 20 + i * ((box.width - 40) / 20),
        y + Math.sin(i / 2) * 25,
      );
    }
    await this.page.mouse.up();
  }

  /** Picks a printout from the ticket's print menu; answers the PDF the new tab shows. */
  async print(
    doc: 'repairRecord' | 'reprint' | 'reprintOther' | 'quote' | 'factoryForm' | 'warrantyVoucher',
  ): Promise<Buffer> {
    await this.page.getByTestId('bench-print').click();
    return openedDocument(this.page, () => this.page.getByTestId(`bench-print-${doc}`).click());
  }

  /**
   * Claims a ticket, repairs and tests it with every checklist item passed, and moves it to
   * ready for pickup, through the channels the bench screen uses; the ticket's view.
   */
  async readyForPickup<T extends { version: number }>(ticketId: number): Promise<T> {
    let view = await this.call<T>('bench/claim', { ticketId, version: 1 });
    for (const to of ['in_repair', 'testing']) {
      view = await this.call<T>('bench/transition', { ticketId, version: view.version, to });
    }
    const log = await this.call<{ checklist: { items: { id: number }[] } }>('repairLog/get', {
      ticketId,
    });
    for (const item of log.checklist.items) {
      await this.call('checklist/record', { ticketId, itemId: item.id, result: 'pass' });
    }
    view = await this.call<T>('bench/ticket', { ticketId });
    return this.call<T>('bench/transition', {
      ticketId,
      version: view.version,
      to: 'ready_for_pickup',
    });
  }

  /** Calls a channel as the person signed in on this page. */
  call<T>(channel: string, input: unknown): Promise<T> {
    return this.stockroom.call<T>(channel, input);
  }

  /** Before a screenshot: scrolled back to the page's top, pointer away, notifications gone. */
  async settle(): Promise<void> {
    await this.page.getByTestId('page-title').scrollIntoViewIfNeeded();
    await this.stockroom.settle();
  }
}
