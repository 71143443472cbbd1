import { expect, snap, test, uniqueName, viewportSettled } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

interface Stored {
  revision: number;
  nodes: { id: string; type: string; position: { x: number; y: number } }[];
  edges: unknown[];
}

const LONG = 'Enterprise accounts in EMEA with an open opportunity';
const PATHS = [LONG, 'Mid-market', 'Small business', 'Everyone else'];

/** Entry → Random split of four paths (25% each) → an Exit on each path, saved through the contract. */
async function randomSplitJourney(canvas: CanvasPage): Promise<string> {
  const id = await canvas.createAndOpen(uniqueName('Random paths'));
  const j = await canvas.call<Stored>('journeys.get', { id });
  const entry = j.nodes.find((n) => n.type === 'entry');
  if (!entry) throw new Error('a new journey has an Entry');
  const { x, y } = entry.position;
  const paths = PATHS.map((name, i) => ({ id: `p${i}`, name, percent: 25 }));
  const split = {
    id: 'split',
    name: 'Random split',
    position: { x, y: y + 140 },
    type: 'randomSplit',
    settings: { paths },
  };
  // Where "+" puts them: a column (260px) apart, centred under the split.
  const exits = paths.map((p, i) => ({
    id: `exit${i}`,
    name: 'Exit',
    position: { x: x + (i - 1.5) * 260, y: y + 280 },
    type: 'exit',
    settings: { reason: '' },
  }));
  const edges = [
    { id: 'e-entry', source: entry.id, sourceHandle: 'out', target: 'split' },
    ...paths.map((p, i) => ({
      id: `e${i}`,
      source: 'split',
      sourceHandle: p.id,
      target: `exit${i}`,
    })),
  ];
  await canvas.call('journeys.save', {
    id,
    baseRevision: j.revision,
    body: { description: '', nodes: [entry, split, ...exits], edges, content: [] },
  });
  await canvas.page.reload();
  await expect(canvas.node('Random split: Random split')).toBeVisible();
  return id;
}

/** Pairs of elements matching `selector` on the map whose boxes overlap. */
async function overlapping(canvas: CanvasPage, selector: string): Promise<string[]> {
  return canvas.map.locator(selector).evaluateAll((els) => {
    const boxes = els.map((el) => ({
      name: el.getAttribute('title') ?? el.getAttribute('aria-label') ?? el.textContent ?? '?',
      r: el.getBoundingClientRect(),
    }));
    const hits: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart =
          a.r.right <= b.r.left ||
          b.r.right <= a.r.left ||
          a.r.bottom <= b.r.top ||
          b.r.bottom <= a.r.top;
        if (!apart) hits.push(`${a.name} / ${b.name}`);
      }),
    );
    return hits;
  });
}

test('a Random split of four paths: names and "+" buttons side by side without overlap, long names cut with the whole name on hover, edges named by their steps', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const canvas = new CanvasPage(page);
  await randomSplitJourney(canvas);
  // Side panels folded, so the map is wide enough to read the split at a useful zoom.
  await page.getByRole('button', { name: 'Hide side panel' }).click();
  await page.getByRole('button', { name: 'Hide node palette' }).click();
  await canvas.button('Zoom to fit').click();
  await viewportSettled(page, canvas.map);

  const names = canvas.map.locator('.edge-name');
  await expect(names).toHaveCount(4);
  expect(await overlapping(canvas, '.edge-label')).toEqual([]);
  expect(await overlapping(canvas, '.edge-label .add-button')).toEqual([]);
  // The long name is cut (ellipsis) and whole in its tooltip; the short ones are shown whole.
  const long = names.filter({ hasText: 'Enterprise' });
  await expect(long).toHaveAttribute('title', `${LONG} (25%)`);
  expect(await long.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
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
