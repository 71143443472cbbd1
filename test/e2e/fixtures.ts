import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

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

/** A name no other test uses, so tests sharing the host's store never collide. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

export const test = base;
export { expect };

/**
 * A journey name for a test whose screens go into the README: the plain name a user would write
 * when regenerating the pictures (README_SCREENSHOTS=1, a fresh data directory), else a unique one.
 */
export function displayName(name: string): string {
  return process.env.README_SCREENSHOTS === '1' ? name : uniqueName(name);
}
