import type { Locator, Page } from '@playwright/test';
import { expect, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { LibraryPage } from './pages/library-page';

// Every dialog keeps Tab and Shift+Tab inside (they cycle) and closes on Escape wherever focus is.

const onBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);

const holdsFocus = (dialog: Locator) => dialog.evaluate((d) => d.contains(document.activeElement));

/** Tab from the dialog's last control stays inside it, Shift+Tab comes back, a round stays in. */
async function expectTabCycles(page: Page, dialog: Locator): Promise<void> {
  const last = dialog.locator('button:not([disabled])').last();
  await last.focus();
  await page.keyboard.press('Tab');
  expect(await onBody(page)).toBe(false);
  expect(await holdsFocus(dialog)).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect(last).toBeFocused();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await holdsFocus(dialog)).toBe(true);
  }
}

test('the Create journey dialog cycles Tab inside and closes on Escape', async ({ page }) => {
  await new LibraryPage(page).goto();
  const create = page.getByRole('button', { name: 'Create journey' });
  await create.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Create journey' });
  await expectTabCycles(page, dialog);
  await dialog.getByRole('textbox', { name: 'Name' }).fill(uniqueName('Dialog keys'));
  await expectTabCycles(page, dialog);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(create).toBeFocused();
});

test('the Publish dialog, blocked or ready, cycles Tab inside and closes on Escape from anywhere', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('Dialog keys'), 'account');
  const publish = page.getByRole('button', { name: 'Publish', exact: true });
  const dialog = page.getByRole('dialog', { name: 'Publish journey' });

  // Blocked (no entry audience yet): Publish is disabled, so Cancel is its last control.
  await publish.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Publish' })).toBeDisabled();
  await expectTabCycles(page, dialog);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(publish).toBeFocused();

  // Ready: Publish is the last control; Tab goes round to the first.
  await canvas.fillEntryAudience(id);
  await canvas.saved();
  await publish.press('Enter');
  const confirm = dialog.getByRole('button', { name: 'Publish' });
  await expect(confirm).toBeEnabled();
  await expectTabCycles(page, dialog);
  // Even with focus knocked onto the page body, Escape still closes the dialog.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  expect(await onBody(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
