import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { StockroomPage } from './stockroom';

// The parts catalogue, its part drawer, the CSV import/export and receiving, as the stockroom
// keeper uses them.

export type LedgerLine = { text: string; balance: string };

/** Before a screenshot: drawers and modals done sliding and fading in (spinners aside). */
export async function untilStill(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

export class PartsPage {
  private readonly stockroom: StockroomPage;

  constructor(private readonly page: Page) {
    this.stockroom = new StockroomPage(page);
  }

  /** The part numbers of the rows the list has drawn, top to bottom. */
  async listed(): Promise<string[]> {
    return this.page
      .getByTestId('parts-scroll')
      .locator('[data-testid^="part-row-"]')
      .evaluateAll((rows) =>
        rows.map((r) => (r.getAttribute('data-testid') ?? '').replace(/^part-row-/, '')),
      );
  }

  /** "21 parts shown" under the list. */
  async shown(): Promise<string> {
    return ((await this.page.getByTestId('parts-count').textContent()) ?? '').trim();
  }

  /** Types into the search field as a person does (the list follows after a short pause). */
  async filter(text: string): Promise<void> {
    const search = this.page.getByTestId('parts-search');
    await search.fill('');
    await search.pressSequentially(text, { delay: 80 });
  }

  async clearFilter(): Promise<void> {
    await this.page.getByTestId('parts-search').fill('');
  }

  /** A scanner reads the part's label into the search field: its drawer opens. */
  async scanToOpen(partNo: string): Promise<void> {
    await this.stockroom.scan('parts-search', partNo);
    await this.page.locator(`[data-testid="part-detail"][data-part-no="${partNo}"]`).waitFor();
    // The ledger has loaded: its rows, or the line saying there are none yet.
    await this.ledger()
      .locator('[data-testid^="ledger-row-"], [data-testid="part-ledger-empty"]')
      .first()
      .waitFor();
  }

  drawer(): Locator {
    return this.page.getByTestId('part-detail');
  }

  ledger(): Locator {
    return this.page.getByTestId('part-ledger');
  }

  /** The ledger's rows as shown, newest first. */
  async ledgerLines(): Promise<LedgerLine[]> {
    return this.ledger()
      .locator('[data-testid^="ledger-row-"]')
      .evaluateAll((rows) =>
        rows.map((r) => ({
          text: (r.textContent ?? '').replace(/\s+/g, ' ').trim(),
          balance: (r.querySelector('[data-testid="ledger-balance"]')?.textContent ?? '').trim(),
        })),
      );
  }

  async closeDrawer(): Promise<void> {
    await this.page.locator('.mantine-Drawer-close').click();
    await this.drawer().waitFor({ state: 'hidden' });
  }

  /** Import CSV: picks the file in the browser's file chooser and waits for the preview. */
  async importFile(file: string): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByTestId('parts-import').click(),
    ]);
    await chooser.setFiles(file);
    await this.page.locator('[data-testid="import-modal"][data-stage="preview"]').waitFor();
  }

  async importCount(kind: 'create' | 'update' | 'unchanged' | 'rejected'): Promise<string> {
    return ((await this.page.getByTestId(`import-count-${kind}`).textContent()) ?? '').trim();
  }

  /** Confirms the preview and waits until every slice is applied. */
  async confirmImport(): Promise<void> {
    await this.page.getByTestId('import-confirm').click();
    await this.page
      .locator('[data-testid="import-modal"][data-stage="done"]')
      .waitFor({ timeout: 30_000 });
  }

  async applied(kind: 'created' | 'updated' | 'unchanged' | 'skipped'): Promise<string> {
    return ((await this.page.getByTestId(`import-${kind}`).textContent()) ?? '').trim();
  }

  async closeImport(): Promise<void> {
    await this.page.getByTestId('import-close').click();
    await this.page.getByTestId('import-modal').waitFor({ state: 'hidden' });
  }

  /** Export CSV: the file the browser downloads, with its name. */
  async exportCsv(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('parts-export').click(),
    ]);
    const path = await download.path();
    return { fileName: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }
}

export class ReceivingPage {
  private readonly stockroom: StockroomPage;

  constructor(private readonly page: Page) {
    this.stockroom = new StockroomPage(page);
  }

  async delivery(supplier: string, reference: string): Promise<void> {
    await this.page.getByTestId('receiving-form').waitFor();
    await this.page.getByTestId('receiving-supplier').fill(supplier);
    await this.page.getByTestId('receiving-reference').fill(reference);
  }

  /** Scans a part of the delivery: a new line, or one more unit on its line. */
  async scan(partNo: string): Promise<void> {
    const before =
      (await this.line(partNo).count()) === 0 ? null : await this.quantity(partNo, 'received');
    await this.stockroom.scan('receiving-scan', partNo);
    await this.page.waitForFunction(
      ([no, previous]) => {
        const input = document.querySelector<HTMLInputElement>(
          `[data-testid="receipt-line-${no}"] [data-testid="line-received"]`,
        );
        return input !== null && input.value !== previous;
      },
      [partNo, before] as const,
    );
  }

  line(partNo: string): Locator {
    return this.page.getByTestId(`receipt-line-${partNo}`);
  }

  async quantity(partNo: string, field: 'received' | 'rejected' | 'accepted'): Promise<string> {
    return this.line(partNo).getByTestId(`line-${field}`).inputValue();
  }

  async setQuantity(
    partNo: string,
    field: 'received' | 'rejected' | 'accepted',
    n: number,
  ): Promise<void> {
    await this.line(partNo).getByTestId(`line-${field}`).fill(String(n));
  }

  async rejectReason(partNo: string, reason: string): Promise<void> {
    await this.line(partNo).getByTestId('line-reject-reason').fill(reason);
  }

  /** Receive into stock; waits for the summary. */
  async submit(): Promise<void> {
    await this.page.getByTestId('receiving-submit').click();
    await this.page.getByTestId('receiving-success').waitFor();
  }

  /** A line of the summary: accepted, rejected and the new on-hand, as shown. */
  async result(partNo: string): Promise<{ accepted: string; rejected: string; onHand: string }> {
    const cells = await this.page
      .getByTestId(`receipt-result-${partNo}`)
      .locator('td')
      .allTextContents();
    return { accepted: cells[1].trim(), rejected: cells[2].trim(), onHand: cells[3].trim() };
  }
}
