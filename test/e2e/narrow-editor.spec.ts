import type { Locator } from '@playwright/test';
import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

// Issue #19: at a 900 px window the editor's four columns (navigation, palette, map, side panel)
// left the map about 210 px. There the navigation folds to icons by itself and the side panel
// narrows, so the map keeps room to work in; Expand navigation still opens it.

const widthOf = async (locator: Locator) => (await locator.boundingBox())?.width ?? 0;

test('at 900 px the map keeps at least 360 px beside the open side panel; the navigation folds to icons and still expands', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Narrow window'), 'account');
  await page.setViewportSize({ width: 900, height: 700 });
  await canvas.node(/^Entry:/).click();
  await expect(canvas.inspector).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Main' });
  // Folded: icons only, each link still named.
  await expect(nav.getByRole('link', { name: 'Journeys' })).toBeVisible();
  expect(await widthOf(nav)).toBeLessThan(80);
  expect(await widthOf(canvas.map)).toBeGreaterThanOrEqual(360);
  await snap(page, 'narrow-editor-900');

  const expand = nav.getByRole('button', { name: 'Expand navigation' });
  await expand.focus();
  await page.keyboard.press('Enter');
  await expect(nav.getByRole('button', { name: 'Collapse navigation' })).toBeFocused();
  await expect.poll(() => widthOf(nav)).toBeGreaterThan(150);
  await page.keyboard.press('Enter');
  await expect.poll(() => widthOf(nav)).toBeLessThan(80);

  // A wide window keeps the navigation as the user left it (open).
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(() => widthOf(nav)).toBeGreaterThan(150);
});
