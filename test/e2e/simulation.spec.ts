import { expect, openApp, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

interface JourneyDoc {
  id: string;
  revision: number;
  name: string;
  nodes: unknown[];
  edges: unknown[];
  content: unknown[];
}

/** A private copy of the "Trial onboarding" demo journey (the e2e store is shared across specs). */
async function copyOfTrial(canvas: CanvasPage): Promise<string> {
  await openApp(canvas.page);
  const list = await canvas.call<Array<{ id: string; name: string }>>('journeys.list', {});
  const demo = list.find((j) => j.name === 'Trial onboarding');
  if (!demo) throw new Error('The demo workspace has no "Trial onboarding" journey');
  const trial = await canvas.call<JourneyDoc>('journeys.get', { id: demo.id });
  const created = await canvas.call<JourneyDoc>('journeys.create', { name: uniqueName('Sim trial'), description: '', audience: 'people' });
  await canvas.call('journeys.save', { id: created.id, baseRevision: created.revision, body: { nodes: trial.nodes, edges: trial.edges, content: trial.content } });
  return created.id;
}

test('runs a scenario on a demo journey, overlays counts on the canvas and replays them', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const id = await copyOfTrial(canvas);
  await page.goto(`/#/journeys/${id}`);
  await expect(canvas.map).toBeVisible();
  await snap(page, 'simulation-00-editor');

  await page.getByRole('button', { name: 'Simulate' }).click();
  const panel = page.getByRole('complementary', { name: 'Simulation' });
  await expect(panel).toBeVisible();
  await panel.getByRole('spinbutton', { name: 'Seed' }).fill('7');
  await panel.getByRole('spinbutton', { name: 'Profiles arriving per day' }).fill('100');
  await panel.getByRole('button', { name: 'Save scenario' }).click();
  await expect(panel.getByText('Saved “Baseline”.')).toBeVisible();
  await snap(page, 'simulation-01-scenario');

  await panel.getByRole('button', { name: 'Run simulation' }).click();
  await expect(panel.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByRole('table', { name: 'Counts per node' })).toBeVisible();

  // Counts on the canvas nodes: all 1,000 got the welcome email; both branches add up.
  const welcome = canvas.map.getByRole('status', { name: /^Simulated: 1,000 entered/ });
  await expect(welcome.first()).toBeVisible();
  const badges = canvas.map.getByTestId('sim-count');
  await expect(badges).toHaveCount(7);
  await snap(page, 'simulation-02-counts-on-canvas');

  // Scrub to day 3: 300 have arrived so far.
  const day = panel.getByRole('slider', { name: 'Virtual day' });
  await day.fill('2');
  await expect(panel.getByTestId('replay-day')).toHaveText('Day 3 of 30');
  await expect(canvas.map.getByRole('status', { name: /^Simulated: 300 entered/ }).first()).toBeVisible();
  await snap(page, 'simulation-03-scrubbed-day-3');

  // Play moves the replay forward on its own.
  await day.fill('0');
  await expect(canvas.map.getByRole('status', { name: /^Simulated: 100 entered/ }).first()).toBeVisible();
  await panel.getByRole('button', { name: 'Play' }).click();
  await expect(panel.getByTestId('replay-day')).not.toHaveText('Day 1 of 30');
  await expect(canvas.map.getByRole('status', { name: /^Simulated: [2-9]00 entered/ }).first()).toBeVisible();
  await panel.getByRole('button', { name: 'Pause' }).click();
  await snap(page, 'simulation-04-replay');

  await panel.getByRole('heading', { name: 'Warnings' }).scrollIntoViewIfNeeded();
  await expect(panel.getByRole('img', { name: /Paths taken/ })).toBeVisible();
  await snap(page, 'simulation-05-results');
});

test('refuses a journey with blocking problems and lists them', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await openApp(page);
  const created = await canvas.call<JourneyDoc>('journeys.create', { name: uniqueName('Sim broken'), description: '', audience: 'people' });
  const body = {
    nodes: [{ id: 'entry', name: 'Start', type: 'entry', position: { x: 0, y: 0 }, settings: { trigger: 'audience', source: '' } }],
    edges: [],
    content: [],
  };
  await canvas.call('journeys.save', { id: created.id, baseRevision: created.revision, body });
  await page.goto(`/#/journeys/${created.id}`);
  await page.getByRole('button', { name: 'Simulate' }).click();
  const panel = page.getByRole('complementary', { name: 'Simulation' });
  await panel.getByRole('button', { name: 'Run simulation' }).click();
  await expect(panel.getByRole('alert')).toContainText('blocking problem');
  await snap(page, 'simulation-06-refused');
});
