import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/** The Remotes page, driven as a user would: by roles and names. */
export class RemotesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Remotes' })
      .click();
  }

  row(remoteName: string) {
    return this.page
      .getByRole('table', { name: 'Remotes' })
      .getByRole('row')
      .filter({ hasText: remoteName });
  }

  /** Adds a remote through the form and tests its connection. */
  async addAndTest(remoteName: string, url: string, token: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add remote' });
    await form.getByRole('textbox', { name: 'Name' }).fill(remoteName);
    await form.getByRole('textbox', { name: 'URL' }).fill(url);
    await form.getByLabel('Token').fill(token);
    await form.getByRole('button', { name: 'Add remote' }).click();
    await this.row(remoteName)
      .getByRole('button', { name: `Test connection to ${remoteName}` })
      .click();
    await expect(
      this.page.getByRole('status').filter({ hasText: 'the token is accepted' }),
    ).toContainText('API version 1');
  }

  /** Pushes version 1 of `journeyName` to `remoteName` and waits for the finished progress bar. */
  async push(remoteName: string, journeyName: string): Promise<void> {
    await this.page
      .getByRole('combobox', { name: 'Remote to push to and pull from' })
      .selectOption(remoteName);
    await this.page
      .getByRole('table', { name: 'Published journeys to push' })
      .getByRole('checkbox', { name: `Select ${journeyName} version 1` })
      .check();
    await this.page.getByRole('button', { name: 'Push', exact: true }).click();
    await expect(
      this.page.getByRole('status', { name: `Pushed 1 journey to ${remoteName}` }),
    ).toContainText('1 journey created');
    await expect(this.page.getByRole('progressbar', { name: 'Push progress' })).toHaveAttribute(
      'value',
      '1',
    );
  }
}
