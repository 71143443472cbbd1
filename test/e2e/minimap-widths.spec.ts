import type { Page } from '@playwright/test';
import { expect, snap, test, uniqueName, viewportSettled } from './fixtures';
import { CanvasPage, cardsUnderMiniMap } from './pages/canvas-page';

/** Resizes the window so the journey map (between the palette and the side panel) is `width` px wide. */
async function mapWidth(page: Page, canvas: CanvasPage, width: number): Promise<void> {
  const now = async () => Math.round((await canvas.map.boundingBox())?.width ?? 0);
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.setViewportSize({ width: viewport.width + width - (await now()), height: 720 });
  await expect.poll(now).toBe(width);
}

// At these widths the sales-handoff template (two columns) is opened at a readable zoom, not fitted.
for (const width of [540, 600, 690]) {
  test(`on a ${width} px map the mini map covers no card: first view, after Fit, after showing it again`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const canvas = new CanvasPage(page);
    await canvas.createAndOpen('placeholder');
    const { id } = await canvas.call<{ id: string }>('journeys.createFromTemplate', {
      templateId: 'sales-handoff',
      name: uniqueName('Map widths'),
    });
    await mapWidth(page, canvas, width);
    await canvas.open(id);
    await viewportSettled(page);
    expect(await cardsUnderMiniMap(canvas)).toEqual([]);
    await snap(page, `minimap-${width}-first-view`);

    const fit = canvas.map.getByRole('button', { name: 'Fit the journey in view' });
    await fit.click();
    await viewportSettled(page);
    expect(await cardsUnderMiniMap(canvas)).toEqual([]);

    // Two cards side by side at the readable zoom take at least 2 × 220 × 0.92 ≈ 405 px, more than
    // the 540 − 237 = 303 px or 600 − 237 = 363 px the zoom buttons (~56 px) and the mini map
    // (~181 px) leave: there the mini map stepped aside. Show mini map brings it back, and Fit then
    // keeps the cards clear of it.
    const miniMap = canvas.map.getByRole('img', { name: 'Mini map' });
    const show = canvas.map.getByRole('button', { name: 'Show mini map' });
    if (width <= 600) {
      await show.click();
      await expect(miniMap).toBeVisible();
      await fit.click();
      await viewportSettled(page);
      expect(await cardsUnderMiniMap(canvas)).toEqual([]);
    }
    await expect(miniMap).toBeVisible();
    await snap(page, `minimap-${width}-fit`);
  });
}

// At a common laptop size every template opens as a Draft with its cards clear of the mini map,
// with and without a step's side panel open.
test('at 1,440 × 900 each template opened as a Draft has no card under the mini map, first view and with a step selected', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen('placeholder');
  for (const templateId of [
    'buying-group',
    'api-enrichment',
    'customer-onboarding',
    'lead-nurturing',
    'sales-handoff',
  ]) {
    const { id } = await canvas.call<{ id: string }>('journeys.createFromTemplate', {
      templateId,
      name: uniqueName(`Laptop ${templateId}`),
    });
    await canvas.open(id);
    await viewportSettled(page);
    expect(await cardsUnderMiniMap(canvas), `${templateId}, first view`).toEqual([]);
    await snap(page, `minimap-1440-${templateId}`);
    await canvas.node(/^Entry:/).click();
    await viewportSettled(page);
    expect(await cardsUnderMiniMap(canvas), `${templateId}, Entry selected`).toEqual([]);
  }
});
