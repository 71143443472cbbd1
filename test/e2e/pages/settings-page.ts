import { expect, type Locator, type Page } from '@playwright/test';
import { openApp } from '../fixtures';

/** Settings: workspace reference data, one section per collection. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await openApp(this.page, '#/settings');
    await expect(this.page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** Types into "New <noun>" and clicks "Add <noun>", inside `within` (default: the section). */
  async add(section: string, noun: string, text: string, within?: Locator): Promise<void> {
    const scope = within ?? this.section(section);
    await scope.getByRole('textbox', { name: `New ${noun}`, exact: true }).fill(text);
    await scope.getByRole('button', { name: `Add ${noun}`, exact: true }).click();
  }

  saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save', exact: true });
  }
}
