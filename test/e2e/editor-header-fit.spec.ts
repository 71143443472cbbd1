import type { Locator } from '@playwright/test';
import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage, changeElsewhere } from './pages/canvas-page';

/** Whether the element shows all of its text: nothing clipped, every line inside its box. */
function shownWhole(el: Locator): Promise<boolean> {
  return el.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(node);
    return (
      node.scrollWidth <= node.clientWidth &&
      [...range.getClientRects()].every((r) => r.left >= box.left - 1 && r.right <= box.right + 1)
    );
  });
}

/** Controls of `bar` that stick out of it (by name). */
function outside(bar: Locator): Promise<string[]> {
  return bar.evaluate((el) => {
    const inside = el.getBoundingClientRect();
    return [...el.querySelectorAll<HTMLElement>('button, select, a, [role="status"], h1')]
      .filter((b) => b.getClientRects().length > 0)
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return r.left < inside.left - 1 || r.right > inside.right + 1;
      })
      .map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '?');
  });
}

test('the save status is shown whole, never cut, at 1,024–1,920 px, with every toolbar button in the bar', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('Save status'));
  // The longest save state: changed elsewhere while edited here.
  await changeElsewhere(canvas, id);
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Wait');
  await expect(canvas.saveStatus).toHaveText('Not saved: changed elsewhere');
  await page.keyboard.press('Escape');
  for (const width of [1024, 1100, 1200, 1280, 1366, 1400, 1600, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => shownWhole(canvas.saveStatus), `at ${width} px`).toBe(true);
    expect(await outside(canvas.toolbar), `at ${width} px`).toEqual([]);
    await snap(page, `editor-save-status-${width}`);
  }
});

test('at 900 px the journey name keeps about 25 characters: the actions fold under it and the toolbar wraps, nothing leaves the window', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Quarterly renewal nurture for EMEA strategic accounts'));
  const header = page.locator('header.journey-header');
  const name = header.getByRole('heading', { level: 1 });
  for (const width of [900, 1024]) {
    await page.setViewportSize({ width, height: 700 });
    // 25 characters of the 18 px bold name take about 25 × 10 px.
    await expect.poll(async () => (await name.boundingBox())?.width ?? 0).toBeGreaterThan(250);
    expect(await outside(header), `header at ${width} px`).toEqual([]);
    expect(await outside(canvas.toolbar), `toolbar at ${width} px`).toEqual([]);
    await expect(header.getByRole('button', { name: 'Publish' })).toBeInViewport({ ratio: 1 });
    await expect(canvas.toolbar.getByRole('button', { name: 'Keyboard shortcuts' })).toBeInViewport(
      { ratio: 1 },
    );
    await snap(page, `editor-header-${width}`);
  }
});
