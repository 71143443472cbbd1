import type { Locator, Page } from '@playwright/test';
import { commands, createNode } from '../../shared/graph';
import type { JourneyBody, NodeOf } from '../../shared/model';
import { expect, openApp, snap, test, uniqueName, viewportSettled } from './fixtures';
import { CanvasPage, overlapping } from './pages/canvas-page';
import { presentAndRun, saveSyntheticScenario } from './present-run';
import { randomSplitJourney } from './random-split-journey';

// Tester reports: Tidy up crossed the buying group's paths, a people split's Merge sat off-centre
// with the paths' names on it, and a 4-path split's flow bands lay on each other in the
// presentation. The lines are read from the drawn SVG paths (their straight runs).

interface Run {
  edge: string;
  width: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Straight horizontal and vertical runs of every drawn path matching `selector`, with its edge. */
async function runs(region: Locator, selector: string): Promise<Run[]> {
  return region.evaluate((root, sel) => {
    const out: Run[] = [];
    for (const path of root.querySelectorAll<SVGPathElement>(sel)) {
      const edge = path.closest('.react-flow__edge')?.getAttribute('data-id') ?? '';
      const width = parseFloat(getComputedStyle(path).strokeWidth) || 1;
      const nums = (path.getAttribute('d') ?? '').match(/[MLQ]|-?\d+(\.\d+)?/g) ?? [];
      const points: [number, number][] = [];
      for (let i = 0; i < nums.length;) {
        const cmd = nums[i++];
        const take = cmd === 'Q' ? 4 : 2;
        const vals = nums.slice(i, i + take).map(Number);
        i += take;
        points.push([vals[take - 2], vals[take - 1]]);
      }
      for (let i = 1; i < points.length; i++) {
        const [[x1, y1], [x2, y2]] = [points[i - 1], points[i]];
        if (Math.abs(x1 - x2) < 0.5 || Math.abs(y1 - y2) < 0.5)
          out.push({ edge, width, x1, y1, x2, y2 });
      }
    }
    return out;
  }, selector);
}

const overlap = (a1: number, a2: number, b1: number, b2: number) =>
  Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));

/** Pairs of edges whose runs (as wide as drawn) lie on each other along more than 2 px. */
function onEachOther(all: Run[], sameTarget: (a: string, b: string) => boolean): string[] {
  const found = new Set<string>();
  for (const a of all)
    for (const b of all) {
      if (a.edge >= b.edge || sameTarget(a.edge, b.edge)) continue;
      const gap = (a.width + b.width) / 2;
      const bothH = a.y1 === a.y2 && b.y1 === b.y2 && a.x1 !== a.x2 && b.x1 !== b.x2;
      const bothV = a.x1 === a.x2 && b.x1 === b.x2 && a.y1 !== a.y2 && b.y1 !== b.y2;
      if (bothH && Math.abs(a.y1 - b.y1) < gap && overlap(a.x1, a.x2, b.x1, b.x2) > 2)
        found.add(`${a.edge}×${b.edge}`);
      if (bothV && Math.abs(a.x1 - b.x1) < gap && overlap(a.y1, a.y2, b.y1, b.y2) > 2)
        found.add(`${a.edge}×${b.edge}`);
    }
  return [...found];
}

async function targetsOf(page: Page, id: string): Promise<(a: string, b: string) => boolean> {
  const j = await new CanvasPage(page).call<JourneyBody>('journeys.get', { id });
  const target = new Map(j.edges.map((e) => [e.id, e.target] as const));
  return (a, b) => target.get(a) === target.get(b);
}

test('Tidy up on the buying-group template keeps Executives left of Other, no lines on each other', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const canvas = new CanvasPage(page);
  await openApp(page);
  const { id } = await canvas.call<{ id: string }>('journeys.createFromTemplate', {
    templateId: 'buying-group',
    name: uniqueName('Tidy buying group'),
  });
  await canvas.open(id);
  await viewportSettled(page);
  await snap(page, 'layout-buying-group-before-tidy');
  await canvas.toolbar.getByRole('button', { name: 'Tidy up' }).click();
  await canvas.saved();
  await canvas.map.getByRole('button', { name: 'Fit the journey in view' }).click();
  await viewportSettled(page);
  await snap(page, 'layout-buying-group-after-tidy');
  const left = async (name: string) => (await canvas.node(name).boundingBox())?.x ?? NaN;
  expect(await left('Action: Send case study')).toBeLessThan(
    await left('Action: Retarget on LinkedIn'),
  );
  expect(await left('Action: Assign decision makers')).toBeLessThan(
    await left('Action: Assign influencers'),
  );
  const lines = await runs(canvas.map, '.react-flow__edge-path');
  expect(lines.length).toBeGreaterThan(16);
  expect(onEachOther(lines, await targetsOf(page, id))).toEqual([]);
});

test('a split by people closed by Merge paths: merge under the split, the four paths’ names clear of it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('People split'));
  const stored = await canvas.call<JourneyBody & { revision: number }>('journeys.get', { id });
  // The editor's own commands: a split on the Entry's path, split by people, two paths added.
  const first = stored.edges[0].id;
  let fresh = true;
  const makeId = () => (fresh ? ((fresh = false), 'people-split') : crypto.randomUUID());
  let body: JourneyBody = commands
    .insertIntoEdge(first, createNode('split', { makeId }))
    .apply(stored);
  const split = body.nodes.find((n) => n.id === 'people-split') as NodeOf<'split'>;
  body = commands
    .setSplitBy({ ...split, settings: { ...split.settings, splitBy: 'people' } }, 'account')
    .apply(body);
  body = commands.addPath('people-split').apply(body);
  body = commands.addPath('people-split').apply(body);
  await canvas.replaceBody(id, stored.revision, body.nodes, body.edges);
  const merge = canvas.node(/^Merge paths:/);
  await expect(merge).toBeVisible();
  await viewportSettled(page);
  await snap(page, 'layout-people-split-merge');
  const s = await canvas.node('Split path: Split path').boundingBox();
  const m = await merge.boundingBox();
  expect(
    Math.abs((s?.x ?? 0) + (s?.width ?? 0) / 2 - ((m?.x ?? 0) + (m?.width ?? 0) / 2)),
  ).toBeLessThan(2);
  const names = await canvas.map
    .locator('.edge-name')
    .evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })),
    );
  expect(names).toHaveLength(4);
  for (const n of names) expect(n.bottom).toBeLessThan(m?.y ?? 0);
  expect(
    onEachOther(await runs(canvas.map, '.react-flow__edge-path'), await targetsOf(page, id)),
  ).toEqual([]);
});

test('Tidy up on a split by people with one step on Decision makers: each path its own column, split and Merge centred, names apart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('People split tidy'));
  const stored = await canvas.call<JourneyBody & { revision: number }>('journeys.get', { id });
  // The editor's own commands: Decision makers holding an action, Influencers and Other empty.
  let fresh = true;
  const makeId = () => (fresh ? ((fresh = false), 'people-split') : crypto.randomUUID());
  let body: JourneyBody = commands
    .insertIntoEdge(stored.edges[0].id, createNode('split', { makeId }))
    .apply(stored);
  const splitNow = () => body.nodes.find((n) => n.id === 'people-split') as NodeOf<'split'>;
  const split = splitNow();
  body = commands
    .setSplitBy({ ...split, settings: { ...split.settings, splitBy: 'people' } }, 'account')
    .apply(body);
  const [first] = splitNow().settings.paths;
  body = commands.renamePath(split.id, first.id, 'Decision makers').apply(body);
  body = commands.addPath(split.id).apply(body);
  body = commands.renamePath(split.id, splitNow().settings.paths[1].id, 'Influencers').apply(body);
  const onFirst = body.edges.find((e) => e.source === split.id && e.sourceHandle === first.id);
  body = commands.insertIntoEdge(onFirst?.id ?? '', createNode('action')).apply(body);
  await canvas.replaceBody(id, stored.revision, body.nodes, body.edges);
  await expect(canvas.node(/^Merge paths:/)).toBeVisible();
  await canvas.toolbar.getByRole('button', { name: 'Tidy up' }).click();
  await canvas.saved();
  await canvas.map.getByRole('button', { name: 'Fit the journey in view' }).click();
  await viewportSettled(page);
  await snap(page, 'layout-people-split-tidy-three-paths');
  const centre = async (l: Locator) => {
    const b = await l.boundingBox();
    return { x: (b?.x ?? NaN) + (b?.width ?? NaN) / 2, width: b?.width ?? NaN };
  };
  const s = await centre(canvas.node('Split path: Split path'));
  const m = await centre(canvas.node(/^Merge paths:/));
  const a = await centre(canvas.node(/^Take an action:/));
  expect(Math.abs(s.x - m.x)).toBeLessThan(2);
  // Influencers' empty column is under the split: Decision makers' step a whole card further left.
  expect(s.x - a.x).toBeGreaterThan(a.width);
  expect(await overlapping(canvas.map, '.edge-label .edge-name, .add-button')).toEqual([]);
  expect(
    onEachOther(await runs(canvas.map, '.react-flow__edge-path'), await targetsOf(page, id)),
  ).toEqual([]);
});

test('presented 4-path split after Tidy up: the paths’ flow bands never lie on each other', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1600, height: 900 });
  const canvas = new CanvasPage(page);
  const id = await randomSplitJourney(canvas, ['North', 'East', 'South', 'West']);
  await saveSyntheticScenario(canvas, id, {
    name: 'Four ways',
    accounts: 800,
    people: 2,
    horizonDays: 10,
  });
  await page.reload();
  await canvas.toolbar.getByRole('button', { name: 'Tidy up' }).click();
  await canvas.saved();
  const region = await presentAndRun(page, canvas, /^Presentation: /);
  await snap(page, 'layout-present-4-path-split');
  const bands = await runs(region, '[data-testid="sim-flow"]');
  expect(new Set(bands.map((b) => b.edge)).size).toBeGreaterThanOrEqual(5);
  expect(onEachOther(bands, await targetsOf(page, id))).toEqual([]);
});
