import { expect, openApp, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { fromTemplate } from './template-journey';

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
  const created = await canvas.call<JourneyDoc>('journeys.create', {
    name: uniqueName('Sim trial'),
    description: '',
    audience: 'people',
  });
  await canvas.call('journeys.save', {
    id: created.id,
    baseRevision: created.revision,
    body: { nodes: trial.nodes, edges: trial.edges, content: trial.content },
  });
  return created.id;
}

test('runs a scenario on a demo journey, overlays counts on the canvas and replays them', async ({
  page,
}) => {
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
  const welcome = canvas.map.getByRole('status', { name: /^Simulated: 1,000 people entered/ });
  await expect(welcome.first()).toBeVisible();
  const badges = canvas.map.getByTestId('sim-count');
  await expect(badges).toHaveCount(7);
  // Not live regions each: a replay would announce seven counts a day (the day output speaks).
  for (const badge of await badges.all()) await expect(badge).toHaveAttribute('aria-live', 'off');
  await snap(page, 'simulation-02-counts-on-canvas');

  // Scrub to day 3: 300 have arrived so far.
  const day = panel.getByRole('slider', { name: 'Virtual day' });
  await day.fill('2');
  await expect(panel.getByTestId('replay-day')).toHaveText('Day 3 of 30');
  await expect(
    canvas.map.getByRole('status', { name: /^Simulated: 300 people entered so far/ }).first(),
  ).toBeVisible();
  await snap(page, 'simulation-03-scrubbed-day-3');

  // Play moves the replay forward on its own.
  await day.fill('0');
  await expect(
    canvas.map.getByRole('status', { name: /^Simulated: 100 people entered so far/ }).first(),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Play' }).click();
  await expect(panel.getByTestId('replay-day')).not.toHaveText('Day 1 of 30');
  await expect(
    canvas.map.getByRole('status', { name: /^Simulated: [2-9]00 people entered so far/ }).first(),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Pause' }).click();
  await snap(page, 'simulation-04-replay');

  await panel.getByRole('heading', { name: 'Warnings' }).scrollIntoViewIfNeeded();
  await expect(panel.getByRole('img', { name: /Paths taken/ })).toBeVisible();
  await snap(page, 'simulation-05-results');
});

test('refuses a journey with blocking problems and lists them', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await openApp(page);
  const created = await canvas.call<JourneyDoc>('journeys.create', {
    name: uniqueName('Sim broken'),
    description: '',
    audience: 'people',
  });
  const body = {
    nodes: [
      {
        id: 'entry',
        name: 'Start',
        type: 'entry',
        position: { x: 0, y: 0 },
        settings: { trigger: 'audience', source: '' },
      },
    ],
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

const numbersBefore = (text: string, unit: string) =>
  [...text.matchAll(new RegExp(`([\\d,]+) ${unit}`, 'g'))].map((m) =>
    Number(m[1].replace(/,/g, '')),
  );

test('buying group at 2,500 accounts: no figure shows more accounts than admitted, and every figure names its unit', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const canvas = new CanvasPage(page);
  await fromTemplate(canvas, 'Account-based buying group journey');
  await page.getByRole('button', { name: 'Simulate' }).click();
  const panel = page.getByRole('complementary', { name: 'Simulation' });
  await expect(panel.getByRole('combobox', { name: 'Saved scenario' })).toHaveValue(
    'FY27 target accounts',
  );
  await panel.getByRole('spinbutton', { name: 'Accounts' }).fill('2500');
  await panel.getByRole('button', { name: 'Run simulation' }).click();
  await expect(panel.getByText('Done', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(
    panel.getByRole('status').filter({ hasText: /^2,500 accounts · [\d,]+ people admitted/ }),
  ).toBeVisible();

  // Badges: every node states accounts and people; none shows more than 2,500 accounts.
  const badges = canvas.map.getByTestId('sim-count');
  await expect(badges).toHaveCount(16);
  const labels = await badges.evaluateAll((els) =>
    els.map((e) => e.getAttribute('aria-label') ?? ''),
  );
  for (const label of labels) {
    expect(label).toMatch(/accounts?/);
    expect(label).toMatch(/people|person/);
    for (const n of numbersBefore(label, 'accounts?')) expect(n).toBeLessThanOrEqual(2_500);
  }
  const merge = canvas.map
    .locator('.react-flow__node')
    .filter({ has: page.locator('.jnode-name').getByText('Merge paths', { exact: true }) });
  await expect(
    merge.getByRole('status', { name: /^Simulated: 2,500 accounts · [\d,]+ people entered/ }),
  ).toBeVisible();
  const flows = await canvas.map
    .getByTestId('sim-flow')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure') ?? ''));
  expect(flows.length).toBe(16);
  for (const f of flows) {
    expect(f).toMatch(/accounts? · [\d,]+ (people|person)/);
    for (const n of numbersBefore(f, 'accounts?')) expect(n).toBeLessThanOrEqual(2_500);
  }
  await snap(page, 'simulation-10-buying-group-canvas');

  // Results table: headings name the units; no account figure above 2,500.
  const table = panel.getByRole('table', { name: 'Counts per node' });
  await expect(
    table.getByRole('columnheader', { name: 'Entered (accounts · people)' }),
  ).toBeVisible();
  const cells = await table.locator('td.num').allInnerTexts();
  for (const c of cells)
    expect(Number(c.split('·')[0].replace(/[,\s]/g, ''))).toBeLessThanOrEqual(2_500);
  await table.scrollIntoViewIfNeeded();
  await snap(page, 'simulation-11-results-table');

  // Sankey: node labels in accounts and people, none above 2,500 accounts.
  const sankey = panel.getByRole('img', {
    name: 'Paths taken: bands sized by the number of people',
  });
  await sankey.scrollIntoViewIfNeeded();
  const sankeyText = (await sankey.textContent()) ?? '';
  expect(numbersBefore(sankeyText, 'accounts?').length).toBeGreaterThan(10);
  for (const n of numbersBefore(sankeyText, 'accounts?')) expect(n).toBeLessThanOrEqual(2_500);
  expect(sankeyText).toMatch(/people/);
  await snap(page, 'simulation-12-sankey');

  // Report preview: key figure in both units; the funnel's account column never above 2,500.
  await panel.getByRole('button', { name: 'Report', exact: true }).click();
  const report = page.getByRole('dialog', { name: 'Simulation report' });
  const preview = report.frameLocator('iframe[title="Report preview"]');
  await expect(
    preview
      .getByRole('region', { name: 'Key figures' })
      .getByText(/^2,500 accounts · [\d,]+ people$/),
  ).toBeVisible();
  const funnel = preview.getByRole('table', { name: 'Funnel per node' });
  await expect(funnel.getByRole('columnheader', { name: 'Entered', exact: true })).toBeVisible();
  // Each cell states its units: accounts over people.
  const accountCells = await funnel.locator('tbody tr td:nth-child(3)').allInnerTexts();
  expect(accountCells.length).toBe(16);
  for (const c of accountCells) {
    const [, accounts] = /^([\d,]+) accounts?\s+[\d,]+ (?:people|person)$/.exec(c) ?? [];
    expect(Number(accounts?.replace(/,/g, '')), c).toBeLessThanOrEqual(2_500);
  }
  await snap(page, 'simulation-13-report');
  await report.getByRole('button', { name: 'Close report' }).click();

  // The working copy survives leaving the editor: back in the journey, the settings and the last result are there.
  const url = page.url();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journeys' })
    .click();
  await page.goto(url);
  // The panel stays open for this journey (session state), with the edited settings and the last result.
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('table', { name: 'Counts per node' })).toBeVisible();
  await panel.getByText('Scenario settings', { exact: true }).click();
  await expect(panel.getByRole('spinbutton', { name: 'Accounts' })).toHaveValue('2500');
  await expect(panel.getByRole('table', { name: 'Counts per node' })).toBeVisible();
});

test('a Draft with an unconfigured step runs; the step is shown as skipped on the node and in a banner', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const id = await copyOfTrial(canvas);
  const doc = await canvas.call<
    Omit<JourneyDoc, 'nodes'> & {
      nodes: Array<{ id: string; type: string; name: string; settings: Record<string, unknown> }>;
    }
  >('journeys.get', { id });
  const target = doc.nodes.find((n) => n.type === 'action');
  if (!target) throw new Error('the trial journey has no action');
  const nodes = doc.nodes.map((n) =>
    n.id === target.id ? { ...n, settings: { ...n.settings, actionId: null, params: {} } } : n,
  );
  await canvas.call('journeys.save', {
    id,
    baseRevision: doc.revision,
    body: { nodes, edges: doc.edges, content: doc.content },
  });
  await page.goto(`/#/journeys/${id}`);
  await page.getByRole('button', { name: 'Simulate' }).click();
  const panel = page.getByRole('complementary', { name: 'Simulation' });
  await panel.getByRole('button', { name: 'Run simulation' }).click();
  await expect(panel.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 });
  const banner = panel.getByRole('note', { name: 'Skipped steps' });
  await expect(banner).toContainText(`${target.name} — Skipped: 1,000 people — no action chosen`);
  const node = canvas.map
    .locator('.react-flow__node')
    .filter({ has: page.locator('.jnode-name').getByText(target.name, { exact: true }) });
  await expect(node.getByTestId('sim-count')).toContainText(
    'Skipped: 1,000 people — no action chosen',
  );
  await snap(page, 'simulation-14-skipped-step');
});
