import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Whether keyboard focus is inside `within`. */
function focusInside(within: Locator): Promise<boolean> {
  return within.evaluate((el) => el.contains(document.activeElement));
}

/** Presses Tab (or Shift+Tab) `times` times; after each press focus must still be in `within`. */
async function tabAround(page: Page, within: Locator, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    expect(
      await focusInside(within),
      `${key} #${i + 1}: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`,
    ).toBe(true);
  }
}

/** Opens Help and starts the tour with Enter on its button; returns that button. */
async function startFromHelp(page: Page): Promise<Locator> {
  await openApp(page, '#/help');
  const start = page.getByRole('button', { name: 'Start the guided tour' });
  await start.focus();
  await page.keyboard.press('Enter');
  return start;
}

test('the guided tour takes focus, keeps Tab inside, and Escape closes it with focus back on the screen', async ({
  page,
}) => {
  const start = await startFromHelp(page);

  const first = page.getByRole('dialog', { name: 'Your journeys' });
  await expect(first).toBeVisible();
  await expect(first.getByRole('button', { name: 'Next tip' })).toBeFocused();
  // Two buttons (Skip tour, Next tip): Tab and Shift+Tab go round them, never out to the app.
  await tabAround(page, first, 'Tab', 3);
  await tabAround(page, first, 'Shift+Tab', 3);
  await first.getByRole('button', { name: 'Next tip' }).focus();
  await page.keyboard.press('Enter');

  // The next step (on the journey map) keeps focus in the card, on its main button.
  const second = page.getByRole('dialog', { name: 'The journey map' });
  await expect(second).toBeVisible();
  await expect(second.getByRole('button', { name: 'Next tip' })).toBeFocused();
  await tabAround(page, second, 'Tab', 4);
  // Back to the first step: Back is gone, focus moves to its main button instead of the page.
  await second.getByRole('button', { name: 'Back' }).focus();
  await page.keyboard.press('Enter');
  await expect(first).toBeVisible();
  await expect(first.getByRole('button', { name: 'Next tip' })).toBeFocused();

  // Escape closes it; the tour went to the library, so Help comes back and the button that
  // started the tour takes focus again (not the screen's title, not the page body).
  await page.keyboard.press('Escape');
  await expect(first).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeVisible();
  await expect(start).toBeFocused();
});

test('finishing the tour from its last step returns focus to Help’s "Start the guided tour"', async ({
  page,
}) => {
  const start = await startFromHelp(page);
  const card = page.locator('dialog.tour-card');
  // Next tip until the last step, whose main button is Finish tour (focus stays on it each step).
  const finish = card.getByRole('button', { name: 'Finish tour' });
  for (let i = 0; i < 10 && !(await finish.isVisible()); i++) {
    const next = card.getByRole('button', { name: 'Next tip' });
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(finish).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card).toBeHidden();
  await expect(start).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});
