import type { Locator, Page } from '@playwright/test';
import { expect, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { ActionFormPage } from './pages/inspector-page';

// A radio group is one Tab stop, checked or not; the arrow keys move between its choices.

/** Tab from `first` leaves the group (never lands on `other`); arrows reach `other`. */
async function expectOneTabStop(page: Page, first: Locator, other: Locator): Promise<void> {
  await first.focus();
  await page.keyboard.press('Tab');
  await expect(other).not.toBeFocused();
  await expect(first).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  // Back into the same group.
  const group = await first.getAttribute('name');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(group);
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(other).toBeFocused();
  await expect(other).toBeChecked();
}

test('the Wait choice, Accounts or People and the email source are each one Tab stop', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const form = new ActionFormPage(page);
  await canvas.createAndOpen(uniqueName('Radio groups'), 'account');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Wait');
  await canvas.node('Wait: Wait').click();
  const inspector = canvas.inspector;
  await expectOneTabStop(
    page,
    inspector.getByRole('radio', { name: 'For a duration' }),
    inspector.getByRole('radio', { name: 'Until a date' }),
  );

  // Nothing is checked yet: still one Tab stop.
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Take an action');
  await canvas.node('Take an action: Take an action').click();
  const accounts = form.root.getByRole('radio', { name: 'Accounts' });
  await expect(accounts).not.toBeChecked();
  await expectOneTabStop(page, accounts, form.root.getByRole('radio', { name: 'People' }));

  await form.chooseAction('Send email');
  await expectOneTabStop(
    page,
    form.root.getByRole('radio', { name: 'Create new email' }),
    form.root.getByRole('radio', { name: 'Select email from Marketo Engage' }),
  );
});
