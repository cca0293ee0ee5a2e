import type { Page } from 'playwright-core';

// The intake desk as a clerk uses it: scan, fill, sign, submit.
export class IntakePage {
  constructor(private readonly page: Page) {}

  /** A barcode scanner types the serial in a fast burst and ends with Enter. */
  async scanSerial(serial: string): Promise<void> {
    const field = this.page.getByTestId('intake-serial');
    await field.click();
    await this.page.keyboard.type(serial, { delay: 5 });
    await this.page.keyboard.press('Enter');
  }

  async chooseModel(code: string): Promise<void> {
    const model = this.page.getByTestId('intake-model');
    await model.click();
    await model.fill(code);
    await this.page
      .getByRole('option', { name: new RegExp(code) })
      .first()
      .click();
  }

  async invoiceDate(date: string): Promise<void> {
    const field = this.page.getByTestId('intake-invoice-date');
    await field.fill(date);
    await field.press('Tab');
  }

  async newCustomer(name: string, phone: string): Promise<void> {
    await this.page.getByTestId('customer-new').click();
    await this.page.getByTestId('customer-name').fill(name);
    await this.page.getByTestId('customer-phone-0').fill(phone);
  }

  async describeFault(text: string, accessories: string[]): Promise<void> {
    await this.page.getByTestId('fault').fill(text);
    for (const code of accessories) await this.page.getByTestId(`accessory-${code}`).check();
  }

  /** The customer signs with the mouse on the pad. */
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

  async warrantyText(): Promise<string> {
    return (await this.page.getByTestId('warranty-panel').textContent()) ?? '';
  }

  /** Submits and returns the new report number shown to the clerk. */
  async submit(): Promise<string> {
    await this.page.getByTestId('intake-submit').click();
    const reportNo = this.page.getByTestId('intake-report-no');
    await reportNo.waitFor({ timeout: 30_000 });
    return ((await reportNo.textContent()) ?? '').trim();
  }
}
