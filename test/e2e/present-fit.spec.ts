import type { Locator, Page } from '@playwright/test';
import { expect, openApp, snap, test, uniqueName } from './fixtures';
import { createSixtyNodeJourney } from './large-journey';
import { CanvasPage } from './pages/canvas-page';

/** Where each presented node sits against the canvas, and the size its name is drawn at on screen. */
async function overviewFacts(region: Locator) {
  return region.evaluate((el) => {
    const area = el.getBoundingClientRect();
    const viewport = el.querySelector<HTMLElement>('.react-flow__viewport');
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1] ?? 0);
    const nodes = [...el.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => {
      const r = n.getBoundingClientRect();
      const name = n.querySelector<HTMLElement>('.jnode-name');
      return {
        name: name?.textContent ?? '',
        inside:
          r.left >= area.left - 1 &&
          r.right <= area.right + 1 &&
          r.top >= area.top - 1 &&
          r.bottom <= area.bottom + 1,
        screenPx: name ? parseFloat(getComputedStyle(name).fontSize) * zoom : 0,
      };
    });
    return { zoom, nodes };
  });
}

async function present(page: Page, canvas: CanvasPage, id: string, name: string) {
  await canvas.open(id);
  await canvas.toolbar.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: `Presentation: ${name}` });
  await expect(show).toBeVisible();
  return show;
}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

for (const size of SIZES) {
  test(`Present opens fitted at ${size.width}×${size.height}: every node of the 16-node template and of a 60-node journey in view, names readable, toolbar on one row`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const canvas = new CanvasPage(page);
    await openApp(page);
    const small = uniqueName('Account-based buying group');
    const { id: smallId } = await canvas.call<{ id: string }>('journeys.createFromTemplate', {
      templateId: 'buying-group',
      name: small,
    });
    const big = uniqueName('Onboarding by segment');
    const bigId = await createSixtyNodeJourney(canvas, big);

    for (const [id, name, count] of [
      [smallId, small, 16],
      [bigId, big, 60],
    ] as const) {
      const show = await present(page, canvas, id, name);
      const region = show.getByRole('region', { name: 'Presented journey' });
      await expect(show.locator('.react-flow__node')).toHaveCount(count);
      await expect
        .poll(
          async () =>
            (await overviewFacts(region)).nodes.filter((n) => !n.inside).map((n) => n.name),
          { timeout: 15_000 },
        )
        .toEqual([]);
      // Names at 11 px or more on screen; a 60-node journey (17 ranks deep) needs a projector's 1080 rows for that.
      const readable = count === 16 || size.height >= 1080 ? 11 : 8;
      await expect
        .poll(async () => Math.min(...(await overviewFacts(region)).nodes.map((n) => n.screenPx)))
        .toBeGreaterThanOrEqual(readable);
      console.log(
        `${count} nodes at ${size.width}x${size.height}: on-screen name px ${Math.min(...(await overviewFacts(region)).nodes.map((n) => n.screenPx)).toFixed(1)}, zoom ${(await overviewFacts(region)).zoom.toFixed(3)}`,
      );
      // The presentation toolbar is one row: every control starts on the same line.
      const tops = await show
        .locator('.present-bar')
        .evaluate((bar) =>
          [...bar.querySelectorAll('button, select, output, h2')]
            .filter((c) => (c as HTMLElement).offsetParent)
            .map((c) =>
              Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2),
            ),
        );
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
      await snap(page, `present-overview-${count}-${size.width}`);
      // Walking the first step zooms to a readable card, and Home comes back to the same fitted overview.
      await page.keyboard.press('ArrowRight');
      await expect(show.getByTestId('present-step')).toHaveText(`Step 1 of ${count}`);
      await expect.poll(async () => (await overviewFacts(region)).zoom).toBeCloseTo(1.25, 2);
      await page.keyboard.press('Home');
      await expect
        .poll(async () => (await overviewFacts(region)).nodes.every((n) => n.inside))
        .toBe(true);
      await show.getByRole('button', { name: 'Exit presentation' }).click();
      await expect(show).toBeHidden();
    }
  });
}
