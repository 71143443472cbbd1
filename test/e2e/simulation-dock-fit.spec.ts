import { expect, snap, test, viewportSettled } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { buyingGroupSimulation } from './template-journey';

// Opening the Simulate panel docks it beside the map (1,600 px and wider) or below it: the map
// fits the whole journey into the room left, so no card is pushed off an edge.

for (const [width, height] of [
  [1600, 900],
  [1280, 800],
] as const) {
  test(`at ${width}×${height} every card of the buying-group journey stays inside the map once the Simulate panel docks`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const canvas = new CanvasPage(page);
    const panel = await buyingGroupSimulation(canvas);
    await expect(panel).toBeVisible();
    await viewportSettled(page);
    const outside = await canvas.map.evaluate((map) => {
      const m = map.getBoundingClientRect();
      return [...map.querySelectorAll<HTMLElement>('.react-flow__node')]
        .map((n) => ({ name: n.getAttribute('aria-label') ?? n.id, b: n.getBoundingClientRect() }))
        .filter(
          ({ b }) => b.left < m.left || b.top < m.top || b.right > m.right || b.bottom > m.bottom,
        )
        .map(({ name }) => name);
    });
    // The template's 16 nodes (its Entry and 15 steps) are all on the map, none outside it.
    expect(await canvas.map.locator('.react-flow__node').count()).toBe(16);
    expect(outside).toEqual([]);
    await snap(page, `simulation-dock-fit-${width}`);
  });
}
