import { expect, snap, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

test('at a 900 px window the palette folds away by itself so the map keeps half the editor, without changing the remembered choice', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 800 });
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen('Narrow window');
  const show = page.getByRole('button', { name: 'Show node palette' });
  await expect(show).toBeVisible();
  const widths = async () =>
    page.evaluate(() => ({
      body: (document.querySelector('.editor-body') as HTMLElement).clientWidth,
      map: (document.querySelector('.canvas-column') as HTMLElement).clientWidth,
    }));
  const { body, map } = await widths();
  expect(map).toBeGreaterThanOrEqual(body / 2);
  await snap(page, 'editor-narrow-900');
  // Folding for width is not the user's choice: nothing remembered says the palette is collapsed.
  const remembered = await page.evaluate(() => localStorage.getItem('journey-studio.layout') ?? '');
  expect(remembered).not.toContain('"paletteCollapsed":true');
  // The user can still show it; at a wide window it is back without a click.
  await show.click();
  await expect(page.getByRole('button', { name: 'Hide node palette' })).toBeVisible();
  await show.page().setViewportSize({ width: 1600, height: 800 });
  await expect(page.getByRole('button', { name: 'Hide node palette' })).toBeVisible();
});
