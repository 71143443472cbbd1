import { expect, snap, test, uniqueName, viewportSettled } from './fixtures';
import { CanvasPage, overlapping } from './pages/canvas-page';
import { exitStep, edgeBetween, mergeStep, splitStep } from './pages/journey-steps';
import { randomSplitJourney } from './random-split-journey';

interface Stored {
  revision: number;
  nodes: { id: string; type: string; position: { x: number; y: number } }[];
  edges: unknown[];
}

const LONG = 'Enterprise accounts in EMEA with an open opportunity';
const PATHS = [LONG, 'Mid-market', 'Small business', 'Everyone else'];

test('a Random split of four paths: names and "+" buttons side by side without overlap, long names cut (never their share) with the whole name on hover, edges named by their steps', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const canvas = new CanvasPage(page);
  await randomSplitJourney(canvas, PATHS);
  // Side panels folded, so the map is wide enough to read the split at a useful zoom.
  await page.getByRole('button', { name: 'Hide side panel' }).click();
  await page.getByRole('button', { name: 'Hide node palette' }).click();
  await canvas.button('Zoom to fit').click();
  await viewportSettled(page, canvas.map);

  const names = canvas.map.locator('.edge-name');
  await expect(names).toHaveCount(4);
  expect(await overlapping(canvas.map, '.edge-label')).toEqual([]);
  expect(await overlapping(canvas.map, '.edge-label .add-button')).toEqual([]);
  // The long name is cut (ellipsis) and whole in its tooltip; the short ones are shown whole.
  const long = names.filter({ hasText: 'Enterprise' });
  await expect(long).toHaveAttribute('title', `${LONG} (25%)`);
  // Only the name gives way: its share stays whole, inside the label.
  const cut = long.locator('.edge-path');
  expect(await cut.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const share = long.locator('.edge-share');
  await expect(share).toHaveText('(25%)');
  expect(
    await share.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const box = (el.parentElement as HTMLElement).getBoundingClientRect();
      return el.scrollWidth <= el.clientWidth && r.right <= box.right + 0.5;
    }),
  ).toBe(true);
  const short = names.filter({ hasText: 'Mid-market' });
  expect(await short.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

  // Screen readers hear step names, and the four Exits are told apart by their path.
  await expect(
    canvas.map.getByRole('img', {
      name: 'Edge from Random split (Mid-market (25%)) to Exit — on path "Mid-market"',
    }),
  ).toBeAttached();
  await expect(canvas.map.getByRole('img', { name: /Edge from .*[0-9a-f]{8}-/ })).toHaveCount(0);
  await expect(
    canvas.plus(
      'Add node between Random split (Small business (25%)) and Exit — on path "Small business"',
    ),
  ).toBeVisible();
  await snap(page, 'canvas-random-split-paths');
});

/** A Take an action step called "Send email" with no action chosen yet (a problem). */
const sendEmail = () => ({
  type: 'action',
  name: 'Send email',
  settings: { scope: null, actionId: null, params: {}, applyTo: { mode: 'all' } },
});

test('two steps both called "Send email" read as two lines in Problems and Publish; a line reveals its step; the list docks under the map and is remembered per journey', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const canvas = new CanvasPage(page);
  const otherId = await canvas.createAndOpen(uniqueName('Other journey'));
  const id = await randomSplitJourney(canvas, ['Enterprise', 'Everyone else'], sendEmail);

  const list = page.getByRole('region', { name: 'Problems list' });
  await expect(list).toBeHidden();
  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  await expect(list).toBeVisible();
  const enterprise = list.getByRole('button', { name: /^Send email — on path "Enterprise": / });
  const everyone = list.getByRole('button', { name: /^Send email — on path "Everyone else": / });
  await expect(enterprise).toHaveCount(1);
  await expect(everyone).toHaveCount(1);
  // Same words, different steps: the two lines differ only by their path.
  const [a, b] = [await enterprise.textContent(), await everyone.textContent()];
  expect(a?.replace('Enterprise', 'Everyone else')).toBe(b);

  // Docked: the map ends where the list begins, so the list covers no node.
  const mapBox = await canvas.map.boundingBox();
  const listBox = await list.boundingBox();
  expect(mapBox && listBox && mapBox.y + mapBox.height <= listBox.y + 1).toBe(true);

  await everyone.click();
  // The line's step opens in the side panel, with focus on the field the problem is about.
  await expect(canvas.inspector.locator(':focus')).toHaveCount(1);
  await expect(canvas.inspector.getByRole('textbox', { name: 'Name' })).toHaveValue('Send email');
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'step1');
  await snap(page, 'canvas-problems-docked');

  // Another journey opens with its own (closed) list; coming back, this one is open again.
  await canvas.open(otherId);
  await expect(list).toBeHidden();
  await canvas.open(id);
  await expect(list).toBeVisible();

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish journey' });
  const problems = dialog.getByRole('list', { name: 'Problems' });
  await expect(problems.getByText(/^Send email — on path "Enterprise": /)).toHaveCount(1);
  await expect(problems.getByText(/^Send email — on path "Everyone else": /)).toHaveCount(1);
  await snap(page, 'publish-distinct-steps');
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  test(`split path rows have room at ${size.width}×${size.height}: name, share or criteria, move and delete on the row`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const canvas = new CanvasPage(page);
    await randomSplitJourney(canvas, PATHS);
    await canvas.node('Random split: Random split').click();
    const row = canvas.inspector.locator('.path-row').first();
    const name = row.getByRole('textbox', { name: 'Path 1 name' });
    const percent = row.getByRole('spinbutton', { name: `Percent for ${LONG}` });
    const up = row.getByRole('button', { name: `Move ${LONG} up` });
    const remove = row.getByRole('button', { name: `Delete ${LONG}` });
    for (const control of [name, percent, up, remove]) await expect(control).toBeVisible();
    // Nothing on the row overlaps, and the name field is wide enough to read a name.
    expect(await overlapping(canvas.inspector, '.path-row:first-child :is(input, button)')).toEqual(
      [],
    );
    expect((await name.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(150);
    await snap(page, `inspector-random-split-paths-${size.width}`);

    // A Split path: each path's criteria under its name, the buttons still on the row.
    await canvas.addWithKeyboard(
      canvas.plus(/^Add node between Random split \(Mid-market/),
      'Split path',
    );
    await expect(canvas.inspector.getByRole('textbox', { name: 'Path 1 name' })).toBeVisible();
    await canvas.inspector.getByRole('button', { name: 'Add path' }).click();
    const second = canvas.inspector.getByRole('textbox', { name: 'Path 2 name' });
    await expect(second).toBeVisible();
    expect((await second.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(150);
    await snap(page, `inspector-split-paths-${size.width}`);
  });
}

test('a path added to a Random split ends in its own Exit at once: the map draws the edge and its "+", no open end', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await randomSplitJourney(canvas, ['Enterprise', 'Everyone else']);
  await canvas.node('Random split: Random split').click();
  await canvas.inspector.getByRole('button', { name: 'Add path' }).click();
  await expect(canvas.inspector.getByRole('textbox', { name: 'Path 3 name' })).toHaveValue(
    'Path C',
  );
  await expect(canvas.plus(/^Add node after Random split: Path C/)).toHaveCount(0);
  // Drawn without a reload: the edge (named by its steps) and the "+" on it.
  await expect(
    canvas.map.getByRole('img', { name: /^Edge from Random split \(Path C .*\) to Exit/ }),
  ).toBeAttached();
  await expect(canvas.plus(/^Add node between Random split \(Path C .*\) and Exit/)).toBeVisible();
  await expect(canvas.map.locator('.react-flow__edge')).toHaveCount(4);
  await snap(page, 'random-split-path-added');
  // One undo step takes the path and its Exit away.
  await canvas.toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(canvas.inspector.getByRole('textbox', { name: 'Path 3 name' })).toHaveCount(0);
  await expect(canvas.map.locator('.react-flow__edge')).toHaveCount(3);
  await expect(
    canvas.map.getByRole('img', { name: /^Edge from Random split \(Path C/ }),
  ).toHaveCount(0);
});

test('names of paths that meet again (a Split whose Path 1 and Other both go into a Merge) and names of open paths under a card never cover a "+" or each other', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const canvas = new CanvasPage(page);
  // Four paths: the first goes on to a Split whose two paths meet in a Merge; three stay open.
  const id = await randomSplitJourney(canvas, ['Path A', 'Path B', 'Path 3', 'Path 4']);
  const j = await canvas.call<Stored>('journeys.get', { id });
  const entry = j.nodes.find((n) => n.type === 'entry');
  const split = j.nodes.find((n) => n.type === 'randomSplit');
  if (!entry || !split) throw new Error('the journey has an Entry and a Random split');
  const { y } = split.position;
  // Where "+" after Path A puts a step: its column, the first of four.
  const x = split.position.x - 1.5 * 260;
  const nodes = [
    entry,
    split,
    splitStep('people', { x, y: y + 140 }, [{ id: 'q1', name: 'Path 1' }]),
    mergeStep('merge', { x, y: y + 280 }),
    exitStep('end', { x, y: y + 420 }),
  ];
  const edges = [
    edgeBetween(entry.id, 'split'),
    edgeBetween('split', 'people', 'p0'),
    edgeBetween('people', 'merge', 'q1'),
    edgeBetween('people', 'merge', 'other'),
    edgeBetween('merge', 'end'),
  ];
  await canvas.replaceBody(id, j.revision, nodes, edges);
  await expect(canvas.node('Merge paths: Merge paths')).toBeVisible();
  await canvas.button('Zoom to fit').click();
  await viewportSettled(page, canvas.map);
  await expect(canvas.map.locator('.edge-name')).toHaveCount(3);
  expect(await overlapping(canvas.map, '.edge-label')).toEqual([]);
  expect(await overlapping(canvas.map, '.jnode-outputs .open, .add-button.open-end')).toEqual([]);
  await snap(page, 'canvas-paths-meet-again');
});

test('Add path on a split by people leads the new Path 2 to its Merge paths node: saved connected, no open end', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('People paths'));
  const j = await canvas.call<Stored>('journeys.get', { id });
  const entry = j.nodes.find((n) => n.type === 'entry');
  if (!entry) throw new Error('a new journey has an Entry');
  const { x, y } = entry.position;
  const nodes = [
    entry,
    splitStep('split', { x, y: y + 140 }, [{ id: 'q1', name: 'Path 1' }], { splitBy: 'people' }),
    mergeStep('merge', { x, y: y + 280 }),
    exitStep('end', { x, y: y + 420 }),
  ];
  const edges = [
    edgeBetween(entry.id, 'split'),
    edgeBetween('split', 'merge', 'q1'),
    edgeBetween('split', 'merge', 'other'),
    edgeBetween('merge', 'end'),
  ];
  await canvas.replaceBody(id, j.revision, nodes, edges);
  await canvas.node('Split path: Split path').click();
  await canvas.inspector.getByRole('button', { name: 'Add path' }).click();
  await expect(canvas.plus(/^Add node between Split path \(Path 2/)).toBeVisible();
  await expect(canvas.plus(/^Add node after Split path: Path 2/)).toHaveCount(0);
  await snap(page, 'canvas-people-split-add-path');
});
