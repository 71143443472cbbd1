import type { Page } from '@playwright/test';
import { expect, snap, test, uniqueName, viewportSettled } from './fixtures';
import { CanvasPage, cardsUnderMiniMap } from './pages/canvas-page';

/** The sales-handoff template (9 steps) opened in the editor. */
async function templateJourney(canvas: CanvasPage): Promise<void> {
  await canvas.createAndOpen('placeholder');
  const { id } = await canvas.call<{ id: string }>('journeys.createFromTemplate', {
    templateId: 'sales-handoff',
    name: uniqueName('Map chrome'),
  });
  await canvas.open(id);
}

/** The toolbar's buttons sit on one line: each overlaps the first one's height, none wraps its words. */
async function toolbarOnOneLine(page: Page): Promise<boolean> {
  return page.getByRole('toolbar', { name: 'Canvas' }).evaluate((bar) => {
    const rects = [...bar.querySelectorAll('button, select, [role="status"]')]
      .filter((b) => b.getClientRects().length > 0)
      .map((b) => b.getBoundingClientRect());
    const first = rects[0];
    const inside = bar.getBoundingClientRect();
    return rects.every(
      (r) =>
        r.top < first.bottom &&
        r.bottom > first.top &&
        r.height < first.height * 1.5 &&
        r.right <= inside.right,
    );
  });
}

test('fitting the journey keeps its cards clear of the mini map, which can be hidden (remembered) and steps aside on a small map', async ({
  page,
}) => {
  // Wide enough for the template's two columns beside the mini map (narrower: minimap-widths.spec.ts).
  await page.setViewportSize({ width: 1600, height: 720 });
  const canvas = new CanvasPage(page);
  await templateJourney(canvas);
  const miniMap = canvas.map.getByRole('img', { name: 'Mini map' });
  await expect(miniMap).toBeVisible();

  await canvas.map.getByRole('button', { name: 'Fit the journey in view' }).click();
  await viewportSettled(page);
  expect(await cardsUnderMiniMap(canvas)).toEqual([]);
  await canvas.map.focus();
  await page.keyboard.press('Shift+!');
  await viewportSettled(page);
  expect(await cardsUnderMiniMap(canvas)).toEqual([]);
  await snap(page, 'map-chrome-01-fit-clear-of-minimap');

  // Hide mini map: gone, the button now offers Show mini map, and a reload keeps the choice.
  await canvas.map.getByRole('button', { name: 'Hide mini map' }).click();
  await expect(miniMap).toHaveCount(0);
  const show = canvas.map.getByRole('button', { name: 'Show mini map' });
  await expect(show).toBeVisible();
  await page.reload();
  await expect(canvas.node(/^Entry:/)).toBeVisible();
  await expect(show).toBeVisible();
  await expect(miniMap).toHaveCount(0);
  await show.click();
  await expect(miniMap).toBeVisible();

  // A small window leaves too little map for it: the mini map steps aside, and says why.
  await page.setViewportSize({ width: 900, height: 600 });
  await expect(miniMap).toHaveCount(0);
  await expect(show).toBeDisabled();
  await snap(page, 'map-chrome-02-small-window');
  await page.setViewportSize({ width: 1600, height: 720 });
  await expect(miniMap).toBeVisible();
});

test('at 1,024 px the mini map covers no card: in the first view, after Fit, with the inspector open (the mini map steps aside when the map is too narrow)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const canvas = new CanvasPage(page);
  await templateJourney(canvas);
  await viewportSettled(page);
  expect(await cardsUnderMiniMap(canvas)).toEqual([]);
  const fit = canvas.map.getByRole('button', { name: 'Fit the journey in view' });
  await fit.click();
  await viewportSettled(page);
  expect(await cardsUnderMiniMap(canvas)).toEqual([]);
  // The inspector open narrows the map: still no card under the mini map, before and after Fit.
  await canvas.node(/^Entry:/).click();
  await expect(canvas.inspector).toBeVisible();
  await viewportSettled(page);
  expect(await cardsUnderMiniMap(canvas)).toEqual([]);
  await fit.click();
  await viewportSettled(page);
  expect(await cardsUnderMiniMap(canvas)).toEqual([]);
  await snap(page, 'map-chrome-03-1024-inspector-open');
});

test('the canvas toolbar stays on one line at 1,024 px and 1,400 px wide, every button named', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await templateJourney(canvas);
  for (const width of [1400, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    await expect.poll(() => toolbarOnOneLine(page)).toBe(true);
    await snap(page, `map-chrome-toolbar-${width}`);
  }
  const toolbar = page.getByRole('toolbar', { name: 'Canvas' });
  for (const name of [
    'Undo',
    'Redo',
    'Tidy up',
    'Zoom to fit',
    'Export PNG',
    'Export SVG',
    'Present',
    'Simulate',
    'Problems',
    'Keyboard shortcuts',
  ])
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
});
