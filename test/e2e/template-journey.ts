import { expect, type Locator } from '@playwright/test';
import { openApp, uniqueName } from './fixtures';
import type { CanvasPage } from './pages/canvas-page';

/** Creates a journey from a template through the Create journey dialog and opens it; returns its name. */
export async function fromTemplate(canvas: CanvasPage, title: string): Promise<string> {
  const page = canvas.page;
  await openApp(page);
  await page.getByRole('button', { name: 'Create journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create journey' });
  await dialog.getByRole('radio', { name: title }).check();
  const name = uniqueName('Buying group');
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  return name;
}

/** The buying-group template, opened with its Simulate panel on the template's saved scenario. */
export async function buyingGroupSimulation(canvas: CanvasPage): Promise<Locator> {
  await fromTemplate(canvas, 'Account-based buying group journey');
  return openFy27Scenario(canvas);
}

/** Opens the Simulate panel of the open buying-group journey on its saved "FY27 target accounts". */
export async function openFy27Scenario(canvas: CanvasPage): Promise<Locator> {
  await canvas.page.getByRole('button', { name: 'Simulate' }).click();
  const panel = canvas.page.getByRole('complementary', { name: 'Simulation' });
  await expect(panel.getByRole('combobox', { name: 'Saved scenario' })).toHaveValue(
    'FY27 target accounts',
  );
  return panel;
}
