import type { Page } from 'playwright-core';
import { ShellPage } from './shell';

// The Manage workspace as customer service and the supervisor use it: the follow-up calls
// and the complaints. Each step waits for the state the core answers with, never for a time.

export class ManagePage {
  constructor(private readonly page: Page) {}

  async openView(view: 'followUps' | 'complaints'): Promise<void> {
    if (!/#\/manage(\/|$)/.test(this.page.url())) await new ShellPage(this.page).open('manage');
    const label = { followUps: 0, complaints: 1 }[view];
    await this.page.getByTestId('manage-views').locator('label').nth(label).click();
    await this.page.locator(`[data-testid="manage-${view}"][data-active="true"]`).waitFor();
  }

  async openFollowUp(reportNo: string): Promise<void> {
    await this.page.getByTestId(`followup-row-${reportNo}`).click();
    await this.page
      .locator(`[data-testid="followup-detail"][data-report-no="${reportNo}"]`)
      .waitFor();
  }

  /** Fills in the call: reached with a score 1-5 and comments (not yet recorded). */
  async fillCall(score: number, comments: string): Promise<void> {
    const form = this.page.getByTestId('followup-attempt-form');
    await form.getByText('Phone', { exact: true }).click();
    await form.getByText('Reached', { exact: true }).click();
    // The stars are radio buttons: focus the score and press Space, as on the keyboard.
    await this.page.getByTestId('followup-satisfaction').locator(`input[value="${score}"]`).focus();
    await this.page.keyboard.press('Space');
    await this.page.getByTestId('followup-comments').fill(comments);
  }

  async submitCall(): Promise<void> {
    await this.page.getByTestId('followup-submit').click();
    await this.page.locator('[data-testid="followup-detail"][data-status="done"]').waitFor();
  }

  /** Records a complaint from the follow-up in hand; its number. */
  async recordComplaint(description: string): Promise<number> {
    const rows = this.page.locator(
      '[data-testid^="followup-complaint-"]:not([data-testid="followup-complaint-open"])',
    );
    const before = await rows.count();
    await this.page.getByTestId('followup-complaint-open').click();
    await this.page.getByTestId('complaint-description').fill(description);
    await this.page.getByTestId('complaint-record-submit').click();
    await rows.nth(before).waitFor();
    const testId = (await rows.nth(before).getAttribute('data-testid')) ?? '';
    return Number(testId.replace('followup-complaint-', ''));
  }

  async openComplaint(id: number): Promise<void> {
    await this.page.getByTestId(`complaint-row-${id}`).click();
    await this.page.locator(`[data-testid="complaint-detail"][data-id="${id}"]`).waitFor();
  }

  async route(staffName: string, dueDate: string, note: string): Promise<void> {
    await this.page.getByTestId('complaint-action-route').click();
    await this.page.getByTestId('complaint-route-staff').click();
    await this.page.getByRole('option', { name: staffName }).click();
    const due = this.page.getByTestId('complaint-route-due');
    await due.fill(dueDate);
    await due.press('Tab');
    await this.page.getByTestId('complaint-route-note').fill(note);
    await this.page.getByTestId('complaint-route-submit').click();
    await this.page.getByTestId('complaint-route-form').waitFor({ state: 'detached' });
  }

  async start(): Promise<void> {
    await this.page.getByTestId('complaint-action-start').click();
    await this.waitForStatus('in_progress');
  }

  async resolve(resolution: string): Promise<void> {
    await this.page.getByTestId('complaint-action-resolve').click();
    await this.page.getByTestId('complaint-resolution').fill(resolution);
    await this.page.getByTestId('complaint-resolve-submit').click();
    await this.waitForStatus('resolved');
  }

  async close(): Promise<void> {
    await this.page.getByTestId('complaint-action-close').click();
    await this.waitForStatus('closed');
  }

  async waitForStatus(status: string): Promise<void> {
    await this.page.locator(`[data-testid="complaint-detail"][data-status="${status}"]`).waitFor();
  }
}
