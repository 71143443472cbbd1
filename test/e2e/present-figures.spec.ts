import type { Locator } from '@playwright/test';
import { expect, openApp, snap, test, uniqueName, viewportSettled } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { editedBuyingGroup, withoutAction } from './template-journey';

// Issue #17, consultant items 1, 2 and 4 in presentation mode: the buying-group template (all
// 120 accounts enter on day 1) with its first step left without an action, replayed on a projector.
const SKIPPED = 'Move to Interest stage';
const WAIT = 'Wait 7 days';

/** Every card whose name's box is not wholly inside the card (a clipped title). */
async function clippedTitles(region: Locator): Promise<string[]> {
  return region.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('.react-flow__node .jnode')].flatMap((card) => {
      const name = card.querySelector<HTMLElement>('.jnode-name');
      if (!name) return [];
      const c = card.getBoundingClientRect();
      const n = name.getBoundingClientRect();
      const inside =
        n.top >= c.top - 0.5 &&
        n.bottom <= c.bottom + 0.5 &&
        n.left >= c.left - 0.5 &&
        n.right <= c.right + 0.5;
      return inside ? [] : [name.textContent ?? ''];
    }),
  );
}

test('presented replay: edge figures name their units, titles stay inside their cards, a mid-run day shows what waits and what was skipped', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1600, height: 900 });
  const canvas = new CanvasPage(page);
  await openApp(page);
  const name = uniqueName('Presented probe');
  const { id } = await editedBuyingGroup(canvas, name, (n) =>
    n.name === SKIPPED ? withoutAction(n) : n,
  );
  await canvas.open(id);
  await canvas.toolbar.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: `Presentation: ${name}` });
  await expect(show.getByRole('combobox', { name: 'Scenario' })).toHaveValue(
    'FY27 target accounts',
  );
  await show.getByRole('button', { name: 'Run scenario' }).click();
  await expect(show.getByRole('slider', { name: 'Virtual day' })).toBeVisible({ timeout: 60_000 });
  const region = show.getByRole('region', { name: 'Presented journey' });
  const badge = (step: string) =>
    region.locator('.react-flow__node').filter({ hasText: step }).getByTestId('sim-count');

  // Item 1: each edge's figure reads with its units on screen, one part a line.
  const labels = show.getByTestId('edge-count');
  await expect(labels.first()).toBeVisible();
  for (const label of await labels.all())
    expect(await label.locator('span').allTextContents()).toEqual([
      expect.stringMatching(/^[\d,]+ accounts?$/),
      expect.stringMatching(/^[\d,]+ (people|person)$/),
    ]);
  await expect(labels.filter({ hasText: /^120 accounts/ }).first()).toBeVisible();

  // Item 4: on day 4 all 120 accounts have passed the skipped first step (so far, not only at the
  // end), and whoever reached the Wait is still in it (nobody leaves before day 8).
  await show.getByRole('slider', { name: 'Virtual day' }).fill('3');
  await expect(show.getByTestId('replay-day')).toHaveText(/^Day 4 of \d+$/);
  await expect(badge(SKIPPED)).toContainText(
    /Skipped: 120 accounts · [\d,]+ people — no action chosen/,
  );
  const entered = (await badge(WAIT).locator('.sim-badge-main').textContent()) ?? '';
  expect(entered).toMatch(/^[1-9][\d,]* accounts · [\d,]+ people$/);
  await expect(badge(WAIT).locator('.sim-badge-extra')).toHaveText(`${entered} waiting`);

  // Item 2: with two-line badges in the overview, every name is wholly inside its card.
  await viewportSettled(page, show);
  expect(await clippedTitles(region)).toEqual([]);
  await snap(page, 'present-figures-day4');
  await show.getByRole('slider', { name: 'Virtual day' }).press('End');
  await expect(badge(WAIT)).not.toContainText('waiting');
  expect(await clippedTitles(region)).toEqual([]);
  await snap(page, 'present-figures-end');
});
