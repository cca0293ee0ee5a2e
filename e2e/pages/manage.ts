import type { Page } from 'playwright-core';
import { ShellPage } from './shell';

// The Manage workspace as customer service and the supervisor use it: the follow-up calls
// and the complaints. Each step waits for the state the core answers with, never for a time.

export type ManageView =
  | 'dashboard'
  | 'followUps'
  | 'complaints'
  | 'actions'
  | 'meetings'
  | 'indicators'
  | 'costReport'
  | 'customers';

export class ManagePage {
  constructor(private readonly page: Page) {}

  /** Opens a Manage view by its tab (the tabs offered depend on the role signed in). */
  async openView(view: ManageView): Promise<void> {
    if (!/#\/manage(\/|$)/.test(this.page.url())) await new ShellPage(this.page).open('manage');
    const input = this.page.getByTestId('manage-views').locator(`input[value="${view}"]`);
    const id = await input.getAttribute('id');
    await this.page.locator(`label[for="${id}"]`).click();
    const testId = view === 'costReport' ? 'manage-cost-report' : `manage-${view}`;
    await this.page.locator(`[data-testid="${testId}"][data-active="true"]`).waitFor();
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

/**
 * The manager's half of Manage (issue 10, items 1, 3-5): the dashboard, the improvement register
 * with its effectiveness review, the indicators and the period cost report.
 */
export class InsightPage {
  constructor(private readonly page: Page) {}

  /**
   * Picks "this year" on a view's period picker and waits until the view shows that period's
   * figures (its `data-shown`), not the month it opened on.
   */
  async thisYear(view: 'dashboard' | 'indicators' | 'cost-report', picker: string): Promise<void> {
    const input = this.page.getByTestId(`${picker}-preset`).locator('input[value="thisYear"]');
    const id = await input.getAttribute('id');
    await this.page.locator(`label[for="${id}"]`).click();
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const shown = `${d.getFullYear()}-01-01/${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    await this.page
      .locator(`[data-testid="manage-${view}"][data-shown="${shown}"]`)
      .waitFor({ state: 'attached' });
  }

  /** The code of the first fault of the dashboard's Pareto that offers a corrective action. */
  async topFaultWithAction(): Promise<string> {
    const button = this.page.locator('[data-testid^="dash-fault-action-symptoms-"]').first();
    await button.waitFor();
    return ((await button.getAttribute('data-testid')) ?? '').replace(
      'dash-fault-action-symptoms-',
      '',
    );
  }

  /** Picks an option of a Mantine Select by its text. */
  async choose(testId: string, option: string): Promise<void> {
    await this.page.getByTestId(testId).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** Types a date into a Mantine date field and leaves it. */
  async date(testId: string, day: string): Promise<void> {
    const field = this.page.getByTestId(testId);
    await field.fill(day);
    await field.press('Tab');
  }

  async problemStatus(status: string): Promise<void> {
    await this.page.locator(`[data-testid="problem-detail"][data-status="${status}"]`).waitFor();
  }
}
