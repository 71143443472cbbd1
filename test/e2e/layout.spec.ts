import { expect, openApp, snap, test, uniqueName } from './fixtures';
import { createSixtyNodeJourney } from './large-journey';
import { CanvasPage } from './pages/canvas-page';

test('a 60-node journey opens at a readable zoom on its Entry, with the mini map to find the rest', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const canvas = new CanvasPage(page);
  await openApp(page);
  const name = uniqueName('Onboarding by segment');
  const id = await createSixtyNodeJourney(canvas, name);
  await canvas.open(id);
  const facts = () =>
    canvas.map.evaluate((el) => {
      const zoom = Number(
        /scale\(([\d.]+)\)/.exec(
          el.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '',
        )?.[1] ?? 0,
      );
      const name = el.querySelector<HTMLElement>('.jnode-name');
      const kind = el.querySelector<HTMLElement>('.jnode-type');
      const area = el.getBoundingClientRect();
      const entry = el.querySelector('.react-flow__node-entry')?.getBoundingClientRect();
      return {
        namePx: name ? parseFloat(getComputedStyle(name).fontSize) * zoom : 0,
        kindPx: kind ? parseFloat(getComputedStyle(kind).fontSize) * zoom : 0,
        entryInView:
          !!entry &&
          entry.top >= area.top &&
          entry.bottom <= area.bottom &&
          entry.left >= area.left &&
          entry.right <= area.right,
      };
    });
  await expect.poll(async () => (await facts()).entryInView).toBe(true);
  const f = await facts();
  expect(f.namePx).toBeGreaterThanOrEqual(11);
  expect(f.kindPx).toBeGreaterThanOrEqual(10);
  await expect(canvas.map.getByRole('img', { name: 'Mini map' })).toBeVisible();
  await snap(page, 'layout-60-nodes-1280');
});

test('collapsing the navigation, the node palette and the side panel widens the map, and stays after a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('Spring webinar follow-up'));
  const width = async () => (await canvas.map.boundingBox())?.width ?? 0;
  const before = await width();
  await page.getByRole('button', { name: 'Collapse navigation' }).click();
  await page.getByRole('button', { name: 'Hide node palette' }).click();
  await page.getByRole('button', { name: 'Hide side panel' }).click();
  await expect(canvas.inspector).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Node palette' })).toBeHidden();
  await expect.poll(width).toBeGreaterThan(before + 500);
  const wide = await width();
  await snap(page, 'layout-collapsed-1280');

  await page.reload();
  await canvas.open(id);
  await expect(page.getByRole('button', { name: 'Expand navigation' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(page.getByRole('button', { name: 'Show node palette' })).toBeVisible();
  await expect(canvas.inspector).toBeHidden();
  expect(await width()).toBeCloseTo(wide, 0);
  // The navigation keeps its accessible names while collapsed.
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journeys' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Expand navigation' }).click();
  await page.getByRole('button', { name: 'Show node palette' }).click();
  await page.getByRole('button', { name: 'Show side panel' }).click();
  await expect(canvas.inspector).toBeVisible();
  await expect.poll(width).toBeCloseTo(before, 0);
});

test('a journey in view stays centred when a panel closes or opens, and the docked Simulate panel refits it clear of the mini map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Trial nurture'));
  // How far the middle of the cards is from the middle of the map, and whether any card is
  // under the mini map or outside the map.
  const facts = () =>
    canvas.map.evaluate((el) => {
      const area = el.getBoundingClientRect();
      const mini = el.querySelector('.react-flow__minimap')?.getBoundingClientRect();
      const cards = [...el.querySelectorAll('.react-flow__node')].map((n) =>
        n.getBoundingClientRect(),
      );
      const left = Math.min(...cards.map((r) => r.left));
      const right = Math.max(...cards.map((r) => r.right));
      const overlaps = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return {
        offCentre: Math.round((left + right) / 2 - (area.left + area.right) / 2),
        underMiniMap: !!mini && cards.some((r) => overlaps(r, mini)),
        outside: cards.some(
          (r) =>
            r.top < area.top ||
            r.bottom > area.bottom ||
            r.left < area.left ||
            r.right > area.right,
        ),
      };
    });
  // Near the middle (the fit leaves room for the zoom buttons and the mini map, so not exactly),
  // wholly in the map and clear of the mini map.
  const placed = async () => {
    const f = await facts();
    return {
      nearMiddle: Math.abs(f.offCentre) <= 60,
      underMiniMap: f.underMiniMap,
      outside: f.outside,
    };
  };
  const good = { nearMiddle: true, underMiniMap: false, outside: false };
  await expect.poll(placed).toEqual(good);
  // The map widens by the side panel's 320 px: the cards move with its middle, not stay put.
  await page.getByRole('button', { name: 'Hide side panel' }).click();
  await expect.poll(placed).toEqual(good);
  await page.getByRole('button', { name: 'Show side panel' }).click();
  await expect.poll(placed).toEqual(good);
  // The Simulate panel docks below the map, which loses 44 % of its height.
  await page.getByRole('button', { name: 'Simulate' }).click();
  await expect(page.getByRole('complementary', { name: 'Simulation' })).toBeVisible();
  await expect.poll(placed).toEqual(good);
  await snap(page, 'layout-simulate-docked-1280');
});
