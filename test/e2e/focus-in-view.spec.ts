import type { Locator } from '@playwright/test';
import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { Keyboard } from './pages/keyboard';
import { chainEdges, exitStep, waitStep } from './pages/journey-steps';

// Issue #19: a card reached with the keyboard could stay mostly below the map's edge (the map's
// own pan-on-focus moved only cards wholly out of view). Each card focused by Tab or an arrow is
// now brought wholly inside the map.

const inside = async (card: Locator, map: Locator) => {
  const [c, m] = [await card.boundingBox(), await map.boundingBox()];
  if (!c || !m) return false;
  return (
    c.y >= m.y && c.y + c.height <= m.y + m.height && c.x >= m.x && c.x + c.width <= m.x + m.width
  );
};

test('walking a long journey with ArrowDown brings every focused card wholly into the map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('Long column'));
  const { revision, entry } = await canvas.storedEntry(id);
  const { x, y } = entry.position;
  // Entry, eight Waits and an Exit in one column, 170 px apart: far taller than the map.
  const waits = Array.from({ length: 8 }, (_, i) =>
    waitStep(`w${i + 1}`, { x, y: y + 170 * (i + 1) }, `Pause ${i + 1}`, i + 1),
  );
  const column = [entry, ...waits, exitStep('end', { x, y: y + 170 * 9 })];
  const edges = chainEdges(column);
  await canvas.replaceBody(id, revision, column, edges);

  const keys = new Keyboard(page);
  await keys.tabTo(canvas.node(/^Entry:/));
  for (let i = 1; i <= 8; i++) {
    await keys.press('ArrowDown');
    const card = canvas.node(`Wait: Pause ${i}`);
    await expect(card).toBeFocused();
    await expect
      .poll(() => inside(card, canvas.map), { message: `Pause ${i} wholly in view` })
      .toBe(true);
  }
  await keys.press('ArrowDown');
  await expect(canvas.node('Exit: Exit')).toBeFocused();
  await expect.poll(() => inside(canvas.node('Exit: Exit'), canvas.map)).toBe(true);
  await snap(page, 'focus-in-view-exit');
});

test('Tab to a "+" left of the map (behind the palette) pans the map until the "+" is wholly in it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Plus behind palette'));
  const entry = canvas.node(/^Entry:/);
  const plus = canvas.plus(/^Add node between /).first();
  await expect(plus).toBeVisible();

  // Drag the map from an empty spot until the Entry's "+" is left of the map's box.
  const [m, p] = [await canvas.map.boundingBox(), await plus.boundingBox()];
  if (!m || !p) throw new Error('map or "+" not drawn');
  const from = { x: m.x + m.width - 140, y: m.y + 80 };
  const onPane = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'),
    from,
  );
  expect(onPane, 'the drag starts on the empty map').toBe(true);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - (p.x + p.width - m.x) - 60, from.y, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => (await plus.boundingBox())?.x ?? 0).toBeLessThan(m.x - p.width);

  // Focus the Entry without a key (nothing pans), then Tab: its "+" comes next and into view.
  await entry.focus();
  await page.keyboard.press('Tab');
  await expect(plus).toBeFocused();
  await expect.poll(() => inside(plus, canvas.map), { message: '"+" wholly in view' }).toBe(true);
  await snap(page, 'focus-in-view-plus');
});
