import type { Page } from 'playwright-core';

// Page objects: tests say what a person does ("sign in as mei"), not which selector to click.

export class FirstRunPage {
  constructor(private readonly page: Page) {}

  async createAdmin(username: string, name: string, pin: string): Promise<void> {
    await this.page.getByTestId('setup-username').fill(username);
    await this.page.getByTestId('setup-name').fill(name);
    await this.page.getByTestId('setup-pin').fill(pin);
    await this.page.getByTestId('setup-pin2').fill(pin);
    await this.page.getByTestId('setup-submit').click();
  }
}

export class SignInPage {
  constructor(private readonly page: Page) {}

  async signIn(username: string, pin: string): Promise<void> {
    await this.page.getByTestId(`roster-${username}`).click();
    await this.page.getByTestId('pin-input').fill(pin);
    await this.page.getByTestId('signin-submit').click();
  }
}

export class ShellPage {
  constructor(private readonly page: Page) {}

  async open(workspace: 'intake' | 'bench' | 'stockroom' | 'manage' | 'settings'): Promise<string> {
    const title = this.page.getByTestId('page-title');
    const already = new RegExp(`#/${workspace}(/|$)`).test(this.page.url());
    const before = already ? null : await title.textContent().catch(() => null);
    await this.page.getByTestId(`nav-${workspace}`).click();
    await this.page.waitForURL(new RegExp(`#/${workspace}`));
    // The URL changes a frame before the page redraws: wait for the new title itself.
    await this.page.waitForFunction((previous) => {
      const text = document.querySelector('[data-testid="page-title"]')?.textContent ?? null;
      return text !== null && text !== previous;
    }, before);
    return (await title.textContent()) ?? '';
  }

  async openSettingsTab(
    tab:
      'depot' | 'policy' | 'calendar' | 'language' | 'security' | 'staff' | 'audit' | 'documents',
  ): Promise<void> {
    await this.page.getByTestId(`settings-tab-${tab}`).click();
  }

  async switchLanguage(label: 'EN' | '繁中'): Promise<void> {
    await this.page.getByTestId('lang-switch').getByText(label, { exact: true }).click();
  }

  async lock(): Promise<void> {
    await this.page.getByTestId('staff-menu').click();
    await this.page.getByTestId('menu-lock').click();
  }
}
