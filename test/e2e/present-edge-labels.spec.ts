import type { Locator, Page } from '@playwright/test';
import { expect, openApp, snap, test, uniqueName, viewportSettled } from './fixtures';
import { CanvasPage, overlapping } from './pages/canvas-page';
import { presentAndRun, saveSyntheticScenario } from './present-run';
import { randomSplitJourney } from './random-split-journey';

// Issue #17: in presentation mode each edge carries its simulated figures on two lines ("120
// accounts" over "488 people"); under a split, neighbouring paths' figures (and the paths' names)
// must never cover each other.

/** Every edge figure and path name drawn in the presented journey. */
const EDGE_LABELS = '[data-testid="edge-count"], .edge-name';

/** Edge labels (by text) whose box covers part of a step's card: hidden under it or hiding it. */
async function labelsOverCards(region: Locator): Promise<string[]> {
  return region.evaluate((root, selector) => {
    const cards = [...root.querySelectorAll('.react-flow__node')].map((c) =>
      c.getBoundingClientRect(),
    );
    return [...root.querySelectorAll<HTMLElement>(selector)]
      .filter((label) => {
        const r = label.getBoundingClientRect();
        return cards.some(
          (c) => r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom,
        );
      })
      .map((label) => label.textContent ?? '');
  }, EDGE_LABELS);
}

/** No edge label covers another or a card. */
async function expectLabelsApart(region: Locator): Promise<void> {
  expect(await overlapping(region, EDGE_LABELS)).toEqual([]);
  expect(await labelsOverCards(region)).toEqual([]);
}

/** Walks to the step named `step` and waits until the canvas stops moving. */
async function walkTo(page: Page, region: Locator, step: string): Promise<void> {
  const show = page.getByRole('dialog', { name: /^Presentation: / });
  for (let i = 0; i < 20; i++) {
    if (await region.locator('.react-flow__node.selected').filter({ hasText: step }).count()) break;
    await show.getByRole('button', { name: 'Next step' }).click();
  }
  await expect(region.locator('.react-flow__node.selected')).toContainText(step);
  await viewportSettled(page, show);
}

test('presented buying-group journey: no two edge labels overlap, in the overview or at the split by people', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1600, height: 900 });
  const canvas = new CanvasPage(page);
  await openApp(page);
  const name = uniqueName('Presented split');
  const { id } = await canvas.call<{ id: string }>('journeys.createFromTemplate', {
    templateId: 'buying-group',
    name,
  });
  await canvas.open(id);
  const region = await presentAndRun(page, canvas, name);
  const figures = region.getByTestId('edge-count');
  // The template's 16 paths (two splits of two paths and their merge), each with its figure.
  await expect(figures).toHaveCount(16);
  await expect(figures.filter({ hasText: /^120 accounts/ }).first()).toBeVisible();
  await snap(page, 'present-edge-labels-overview');
  await expectLabelsApart(region);

  await walkTo(page, region, 'Who is it?');
  await expectLabelsApart(region);
  await snap(page, 'present-edge-labels-split');
});

test('presented Random split with three paths: the paths’ figures stay apart', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1600, height: 900 });
  const canvas = new CanvasPage(page);
  const id = await randomSplitJourney(canvas, ['Enterprise', 'Mid-market', 'Small business']);
  const name = await canvas.call<{ name: string }>('journeys.get', { id }).then((j) => j.name);
  await saveSyntheticScenario(canvas, id, {
    name: 'Three ways',
    accounts: 600,
    people: 3,
    horizonDays: 3,
  });
  await page.reload();
  const region = await presentAndRun(page, canvas, name);
  // The Entry's path and the split's three, each with accounts over people.
  await expect(region.getByTestId('edge-count')).toHaveCount(4);
  await expectLabelsApart(region);
  await snap(page, 'present-edge-labels-random-overview');
  await walkTo(page, region, 'Random split');
  await expectLabelsApart(region);
  await snap(page, 'present-edge-labels-random-split');
});
