import type { Page } from '@playwright/test';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { displayName, expect, openApp, snap, test, viewportSettled } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { startSecondInstance } from './second-instance';

/** With README_SCREENSHOTS=1 (scripts/readme-screenshots.mjs), a snap also refreshes docs/screenshots/<name>.png. */
async function shot(page: Page, name: string, doc?: string): Promise<void> {
  await snap(page, name);
  if (doc && process.env.README_SCREENSHOTS === '1') {
    mkdirSync('docs/screenshots', { recursive: true });
    copyFileSync(`screenshots/${name}.png`, `docs/screenshots/${doc}.png`);
  }
}

/** PNG width and height from the IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test('presents a journey: walkthrough in path order, speaker notes that persist, replay with counts, 2x export', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await openApp(page);
  const name = displayName('Pricing page visitors to sales');
  const journey = await canvas.call<{ id: string }>('journeys.createFromTemplate', {
    templateId: 'sales-handoff',
    name,
  });
  await page.goto(`/#/journeys/${journey.id}`);
  await expect(canvas.map).toBeVisible();
  await shot(page, 'presentation-00-editor', 'editor');

  await canvas.toolbar.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: `Presentation: ${name}` });
  await expect(show).toBeVisible();
  const step = show.getByTestId('present-step');
  await expect(step).toHaveText('Overview · 9 steps');
  const notes = show.getByRole('complementary', { name: 'Speaker notes' });
  await expect(notes.getByRole('heading', { name })).toBeVisible();

  // Arrow keys and the buttons walk depth-first from the Entry: True path first, then False.
  await page.keyboard.press('ArrowRight');
  await expect(step).toHaveText('Step 1 of 9');
  await expect(notes.getByRole('heading', { name: 'Pricing page visited' })).toBeVisible();
  await show.getByRole('button', { name: 'Next step' }).click();
  await expect(notes.getByRole('heading', { name: 'High intent?' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(notes.getByRole('heading', { name: 'Notify sales team' })).toBeVisible();
  await expect(show.locator('.react-flow__node.selected')).toContainText('Notify sales team');
  const note = notes.getByRole('textbox', { name: 'Speaker notes for Notify sales team' });
  await expect(note).toHaveValue(/internal email to the sales team/);
  await note.fill('Point at the subject line: it carries the lead score.');
  await page.keyboard.press('ArrowRight'); // typing keeps its keys: still on this step
  await expect(step).toHaveText('Step 3 of 9');
  await show.getByRole('button', { name: 'Next step' }).click(); // blur saves the notes
  await expect(notes.getByRole('status').filter({ hasText: 'Notes saved' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(notes.getByRole('heading', { name: 'Keep nurturing' })).toBeVisible();
  await show.getByRole('button', { name: 'Previous step' }).click();
  await expect(notes.getByRole('heading', { name: 'Back to nurture' })).toBeVisible();

  // Replay the saved scenario: counts on nodes and along the edges, scrubbed by day.
  await expect(show.getByRole('combobox', { name: 'Scenario' })).toHaveValue(
    'Pricing page visitors',
  );
  await show.getByRole('button', { name: 'Run scenario' }).click();
  await expect(show.getByRole('slider', { name: 'Virtual day' })).toBeVisible({ timeout: 30_000 });
  await expect(show.getByTestId('sim-count').first()).toBeVisible();
  await expect(show.getByTestId('edge-count')).toHaveCount(8);
  // "Back to nurture" takes the gate's False path: lead score (normal, mean 55, sd 18, rounded)
  // below 70, i.e. below 69.5: Φ(0.81) ≈ 79 % of 600 ≈ 474 people, give or take a binomial ±3σ (30).
  const figures = notes.getByRole('status', { name: 'Simulated figures' });
  // Every count names its unit (a people journey): "474 people entered".
  await expect(figures).toContainText(/^\d+ people entered$/);
  const entered = Number(/(\d+) people entered/.exec((await figures.textContent()) ?? '')?.[1]);
  expect(entered).toBeGreaterThanOrEqual(444);
  expect(entered).toBeLessThanOrEqual(504);
  await shot(page, 'presentation-00b-notes-figures');
  await page.keyboard.press('Home');
  await expect(step).toHaveText('Overview · 9 steps');
  await viewportSettled(page, show); // the fit-view animation has ended: the picture shows where it lands
  await shot(page, 'presentation-01-replay', 'presentation');
  await show.getByRole('slider', { name: 'Virtual day' }).fill('2');
  await expect(show.getByTestId('replay-day')).toHaveText('Day 3 of 14');
  await expect(
    show.getByRole('status', { name: /^Simulated: 180 people entered/ }).first(),
  ).toBeVisible();

  // Export the slide: the whole journey as a vector SVG, and a PNG of it at twice its size.
  mkdirSync('screenshots', { recursive: true });
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    show.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toBe(`${name}.svg`);
  await svg.saveAs('screenshots/presentation-export.svg');
  const svgText = readFileSync('screenshots/presentation-export.svg', 'utf8');
  expect(svgText).not.toMatch(/foreignObject/i);
  // Names are drawn whole, a line to a tspan.
  expect(svgText).toContain('>Keep nurturing</tspan></text>');
  const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svgText)?.[1]);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    show.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  await png.saveAs('screenshots/presentation-export.png');
  expect(pngSize('screenshots/presentation-export.png').width).toBe(svgWidth * 2);

  await show.getByRole('button', { name: 'Exit presentation' }).click();
  await expect(show).toBeHidden();
  const saved = await canvas.call<{ notes: Record<string, string> }>('presentation.get', {
    journeyId: journey.id,
  });
  expect(Object.values(saved.notes)).toContain(
    'Point at the subject line: it carries the lead score.',
  );
});

test('Help lists the keyboard shortcuts and starts the guided tour, which is remembered when finished', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeVisible();
  const editorKeys = page.getByRole('table', { name: 'Journey map (editor)' });
  await expect(editorKeys.getByRole('row', { name: /Ctrl\+A\s+Select all nodes/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Presentation mode' }).getByRole('row')).toHaveCount(
    6,
  );
  await shot(page, 'help-00-page', 'help');

  await page.getByRole('button', { name: 'Start the guided tour' }).click();
  const tour = page.getByRole('dialog', { name: 'Your journeys' });
  await expect(tour).toBeVisible();
  await expect(page.getByRole('table', { name: 'Journeys' })).toBeVisible(); // the tour took us to the library
  await expect(page.locator('.tour-spot')).toHaveText('Create journey');
  await shot(page, 'tour-01-library', 'tour');
  await tour.getByRole('button', { name: 'Next tip' }).click();
  await expect(page.getByRole('dialog', { name: 'The journey map' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Journey map' })).toHaveClass(/tour-spot/);
  await page.getByRole('button', { name: 'Next tip' }).click();
  await expect(page.getByRole('dialog', { name: 'The inspector' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toHaveClass(/tour-spot/);
  await page.getByRole('button', { name: 'Next tip' }).click();
  const last = page.getByRole('dialog', { name: 'Simulate and present' });
  await expect(last).toContainText('Tour · 4 of 4');
  await shot(page, 'tour-04-simulator');
  await last.getByRole('button', { name: 'Finish tour' }).click();
  await expect(last).toBeHidden();
  await expect(page.locator('.tour-spot')).toHaveCount(0);
  const settings = await new CanvasPage(page).call<{ tourDone?: boolean }>('settings.get', {});
  expect(settings.tourDone).toBe(true);
});

test('a new user meets the guided tour by itself; once skipped it stays away after a reload', async ({
  page,
}) => {
  const fresh = await startSecondInstance({ firstRun: true });
  try {
    await page.goto(fresh.url);
    const tour = page.getByRole('dialog', { name: 'Your journeys' });
    await expect(tour).toBeVisible();
    await expect(tour).toContainText('Tour · 1 of 4');
    await tour.getByRole('button', { name: 'Skip tour' }).click();
    await expect(tour).toBeHidden();
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Your journeys' })).toHaveCount(0);
  } finally {
    await fresh.stop();
  }
});
