import type { Locator, Page } from '@playwright/test';
import { expect, viewportSettled } from './fixtures';
import type { CanvasPage } from './pages/canvas-page';

/** Opens the presentation of the open journey, runs its saved scenario and returns the journey region. */
export async function presentAndRun(
  page: Page,
  canvas: CanvasPage,
  name: string | RegExp,
): Promise<Locator> {
  await canvas.toolbar.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', {
    name: typeof name === 'string' ? `Presentation: ${name}` : name,
  });
  await show.getByRole('button', { name: 'Run scenario' }).click();
  await expect(show.getByRole('slider', { name: 'Virtual day' })).toBeVisible({ timeout: 60_000 });
  await show.getByRole('slider', { name: 'Virtual day' }).press('End');
  const region = show.getByRole('region', { name: 'Presented journey' });
  await viewportSettled(page, show);
  return region;
}

/** Saves a synthetic scenario of `accounts` accounts with `people` people each for the journey. */
export async function saveSyntheticScenario(
  canvas: CanvasPage,
  journeyId: string,
  scenario: { name: string; accounts: number; people: number; horizonDays: number },
): Promise<void> {
  await canvas.call('scenarios.save', {
    journeyId,
    scenario: {
      schemaVersion: 1,
      name: scenario.name,
      population: {
        kind: 'synthetic',
        accounts: scenario.accounts,
        peoplePerAccount: { min: scenario.people, max: scenario.people },
      },
      horizonDays: scenario.horizonDays,
      seed: 7,
    },
  });
}
