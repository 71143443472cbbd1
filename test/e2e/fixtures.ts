import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { startSecondInstance, type SecondInstance } from './second-instance';

export const E2E_TOKEN = 'e2e-token-not-secret';

/** Opens the app with the access token and waits until the library has loaded. */
export async function openApp(page: Page, hash = '#/journeys'): Promise<void> {
  await page.goto(`/?token=${E2E_TOKEN}${hash}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Saves a screenshot under screenshots/ for a person to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/${name}.png` });
}

/** Waits until the canvas viewport stops moving (fit-view animates): two frames with the same transform. */
export async function viewportSettled(page: Page, within: Locator | Page = page): Promise<void> {
  const viewport = within.locator('.react-flow__viewport').first();
  await expect
    .poll(async () => {
      const before = await viewport.getAttribute('style');
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      return before === (await viewport.getAttribute('style'));
    })
    .toBe(true);
}

/** A name unique within a test's store (kept for tests that create several journeys). */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/**
 * Every test gets its own host on its own temp data directory (the demo workspace, the tour
 * already seen, the shared token), so no test sees another's journeys or settings.
 */
export const test = base.extend<{ host: SecondInstance }>({
  host: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
    async ({}, use) => {
      const host = await startSecondInstance({ demo: true, token: E2E_TOKEN });
      await use(host);
      await host.stop();
    },
    // Its own timeout: starting a host on a loaded machine does not eat into the test's.
    { timeout: 60_000 },
  ],
  baseURL: async ({ host }, use) => use(host.base),
});
export { expect };

/**
 * A journey name for a test whose screens go into the README: the plain name a user would write
 * when regenerating the pictures (README_SCREENSHOTS=1, a fresh data directory), else a unique one.
 */
export function displayName(name: string): string {
  return process.env.README_SCREENSHOTS === '1' ? name : uniqueName(name);
}
