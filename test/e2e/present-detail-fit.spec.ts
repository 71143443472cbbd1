import type { Locator, Page } from '@playwright/test';
import { expect, snap, test, viewportSettled } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { randomSplitJourney } from './random-split-journey';
import { fromTemplate } from './template-journey';

const NARROW = { width: 1024, height: 768 };

/** Text that its box cuts off (an ellipsis, a clamp or an overflow): the text of each such element. */
function clipped(root: Locator, selector: string): Promise<string[]> {
  return root
    .locator(selector)
    .evaluateAll((els) =>
      els
        .filter(
          (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
        )
        .map((el) => el.textContent ?? ''),
    );
}

/** Whether the element is drawn whole: inside every ancestor that clips it (up to its dialog) and the window. */
function drawnWhole(el: Locator): Promise<boolean> {
  return el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    if (r.width === 0 || r.left < 0 || r.right > window.innerWidth + 0.5) return false;
    // Up to the modal dialog: it sits in the top layer, where the page under it clips nothing.
    for (let a = node.parentElement; a && a.tagName !== 'BODY'; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') {
        const b = a.getBoundingClientRect();
        if (r.left < b.left - 0.5 || r.right > b.right + 0.5) return false;
      }
      if (a.tagName === 'DIALOG') break;
    }
    return node.scrollWidth <= node.clientWidth + 1;
  });
}

async function present(page: Page, name: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: `Presentation: ${name}` });
  await expect(show).toBeVisible();
  await viewportSettled(page, show);
  return show;
}

test('presentation at 1,024 px: the buying-group overview shows whole step names, the title ends in an ellipsis with its full name as a tooltip, and the day counter is never cut', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(NARROW);
  const canvas = new CanvasPage(page);
  const name = await fromTemplate(canvas, 'Account-based buying group journey');
  const show = await present(page, name);
  const region = show.getByRole('region', { name: 'Presented journey' });
  await expect(show.locator('.react-flow__node')).toHaveCount(16);
  await expect.poll(() => clipped(region, '.jnode-name')).toEqual([]);
  await expect.poll(() => clipped(region, '.edge-name')).toEqual([]);

  const title = show.locator('.present-bar').getByRole('heading', { name });
  await expect(title).toHaveAttribute('title', name);
  // Figures on the map and the replay's day counter in the toolbar.
  await show.getByRole('button', { name: 'Run scenario' }).click();
  const counter = show.getByTestId('replay-day');
  await expect(counter).toHaveText(/^Day \d+ of \d+/, { timeout: 60_000 });
  await viewportSettled(page, show);
  await expect.poll(() => drawnWhole(counter)).toBe(true);
  await expect.poll(() => drawnWhole(show.getByTestId('present-step'))).toBe(true);
  // With figures on the cards the names still show whole (the cards grow, two lines a name).
  await expect.poll(() => clipped(region, '.jnode-name')).toEqual([]);
  await snap(page, 'present-overview-buying-group-1024');
});

test('presentation of a three-path Random split: every share shows whole on the overview, and the split’s side panel lists each path with its share', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(NARROW);
  const canvas = new CanvasPage(page);
  const long = 'Everyone else, who has not opened a single message yet';
  const id = await randomSplitJourney(canvas, ['Path A', 'Path B', long]);
  const { name } = await canvas.call<{ name: string }>('journeys.get', { id });
  const show = await present(page, name);
  const region = show.getByRole('region', { name: 'Presented journey' });
  // 100 / 3 each, shown as people read it.
  await expect(region.locator('.edge-name')).toHaveText([
    'Path A (33.33%)',
    'Path B (33.33%)',
    `${long} (33.33%)`,
  ]);
  // A long name gives way to an ellipsis (whole in its tooltip); its share never does.
  await expect(region.locator('.edge-name').nth(2)).toHaveAttribute('title', `${long} (33.33%)`);
  const shares = region.locator('.edge-share');
  await expect(shares).toHaveText(['(33.33%)', '(33.33%)', '(33.33%)']);
  for (const share of await shares.all()) await expect.poll(() => drawnWhole(share)).toBe(true);
  await snap(page, 'present-overview-random-split-1024');

  // Entry, then the split.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const notes = show.getByRole('complementary', { name: 'Speaker notes' });
  await expect(notes.getByRole('heading', { name: 'Random split' })).toBeVisible();
  const listed = notes.getByRole('list', { name: 'Path shares' });
  await expect(listed.getByRole('listitem')).toHaveText([
    'Path A 33.33%',
    'Path B 33.33%',
    `${long} 33.33%`,
  ]);
  await snap(page, 'present-side-panel-random-split-1024');
});
