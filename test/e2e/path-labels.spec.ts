import { createNode, layoutPositions } from '../../shared/graph';
import type { Journey, JourneyEdge, JourneyNode } from '../../shared/model';
import { expect, snap, test, uniqueName, viewportSettled } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

/** Path names (on edges, and under a card for open paths) whose box covers a "+" button ("name / +"). */
function labelsOverPlus(canvas: CanvasPage): Promise<string[]> {
  return canvas.map.evaluate((el) => {
    const labels = [...el.querySelectorAll<HTMLElement>('.edge-name, .jnode-outputs span.open')];
    const plus = [...el.querySelectorAll<HTMLElement>('.add-button')];
    const out: string[] = [];
    for (const l of labels) {
      const a = l.getBoundingClientRect();
      for (const p of plus) {
        const b = p.getBoundingClientRect();
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          out.push(`${l.textContent} / ${p.getAttribute('aria-label')}`);
      }
    }
    return out;
  });
}

/**
 * Gate True → Wait → Merge, False → Merge; then a Split whose Big path has a step, whose
 * "Mid-market accounts" and Other paths meet at a Merge (names under the split's handles) and
 * whose Small path is open (its name under the card, its "+" below): the crowded case.
 */
test('path names under a Gate and a Split never cover a "+" button, as laid out and after Tidy up', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 860 });
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen('placeholder');
  let n = 0;
  const makeId = () => `n${++n}`;
  const nodes: JourneyNode[] = [];
  const edges: JourneyEdge[] = [];
  const add = (node: JourneyNode) => (nodes.push(node), node);
  const link = (source: string, target: string, handle = 'out') =>
    edges.push({ id: `e-${source}-${handle}-${target}`, source, sourceHandle: handle, target });
  const entry = add(createNode('entry', { makeId, name: 'Start' }));
  const gate = add(createNode('gate', { makeId, name: 'Check' }));
  const wait = add(createNode('wait', { makeId, name: 'Wait a bit' }));
  const merge = add(createNode('merge', { makeId, name: 'Together' }));
  const split = add(createNode('split', { makeId, audience: 'account', name: 'Which?' }));
  if (split.type !== 'split') throw new Error('split');
  split.settings.paths = ['Big', 'Mid-market accounts', 'Small'].map((name) => ({
    id: makeId(),
    name,
    match: 'all' as const,
    criteria: [],
  }));
  const a = add(createNode('wait', { makeId, name: 'A' }));
  const m2 = add(createNode('merge', { makeId, name: 'M2' }));
  const exit = add(createNode('exit', { makeId, name: 'Done' }));
  link(entry.id, gate.id);
  link(gate.id, wait.id, 'true');
  link(gate.id, merge.id, 'false');
  link(wait.id, merge.id);
  link(merge.id, split.id);
  link(split.id, a.id, split.settings.paths[0].id);
  link(split.id, m2.id, split.settings.paths[1].id);
  link(split.id, m2.id, 'other');
  link(a.id, m2.id);
  link(m2.id, exit.id);
  const pos = layoutPositions({ nodes, edges });
  for (const node of nodes) node.position = pos[node.id];
  const created = await canvas.call<Journey>('journeys.create', {
    name: uniqueName('Labels'),
    description: '',
    audience: 'account',
  });
  await canvas.call('journeys.save', {
    id: created.id,
    baseRevision: created.revision,
    body: { description: '', content: [], nodes, edges },
  });
  await canvas.open(created.id);
  await page.getByRole('button', { name: 'Hide side panel' }).click();
  await canvas.button('Zoom to fit').click();
  await viewportSettled(page);
  await expect(canvas.map.locator('.edge-name')).toHaveCount(5);
  expect(await labelsOverPlus(canvas)).toEqual([]);
  await snap(page, 'path-labels-laid-out');
  await canvas.button('Tidy up').click();
  await canvas.button('Zoom to fit').click();
  await viewportSettled(page);
  expect(await labelsOverPlus(canvas)).toEqual([]);
  await snap(page, 'path-labels-tidy');
});
