import type { Locator } from '@playwright/test';
import { expect, snap, test, uniqueName, viewportSettled } from './fixtures';
import { CanvasPage, overlapping } from './pages/canvas-page';

// Issue #19 probe: on a split, "Add path" put the new path's "+" on a neighbour's edge label, and
// a step inserted on it was laid out right of "Other", though the side panel lists it before.

interface Stored {
  edges: { source: string; sourceHandle: string; target: string }[];
  nodes: { id: string; type: string }[];
}

/** The card a split's output leads to, as the saved journey says. */
async function stepOn(canvas: CanvasPage, id: string, handle: string): Promise<Locator> {
  const j = await canvas.call<Stored>('journeys.get', { id });
  const split = j.nodes.find((n) => n.type === 'split');
  const edge = j.edges.find((e) => e.source === split?.id && e.sourceHandle === handle);
  if (!edge) throw new Error(`the split has a step on ${handle}`);
  return canvas.map.locator(`.react-flow__node[data-id="${edge.target}"]`);
}

const centreX = async (l: Locator) => {
  const box = await l.boundingBox();
  if (!box) throw new Error('drawn');
  return box.x + box.width / 2;
};

test('a path added to a Split path: its "+" on no label, and its step between Path 1 and Other, as the panel lists them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('Path order'));
  await canvas.addWithKeyboard(canvas.plus(/^Add node between/), 'Split path');
  await canvas.node(/^Split path:/).click();
  await canvas.inspector.getByRole('button', { name: 'Add path' }).click();
  await expect(canvas.inspector.getByRole('textbox', { name: 'Path 2 name' })).toBeVisible();
  await canvas.saved();
  await viewportSettled(page);

  // The new path ends in its own Exit (no open end); its "+" covers no path name or other "+".
  await expect(canvas.plus(/^Add node after Split path: Path 2/)).toHaveCount(0);
  const open = canvas.plus(/^Add node between Split path \(Path 2\) and Exit/);
  await expect(open).toBeVisible();
  expect(await overlapping(canvas.map, '.edge-label .edge-name, .add-button')).toEqual([]);
  await snap(page, 'split-path-added');

  await canvas.addWithKeyboard(open, 'Wait');
  await canvas.saved();
  await viewportSettled(page);
  const [first, second] = await pathIds(canvas, id);
  const path1 = await stepOn(canvas, id, first);
  const path2 = await stepOn(canvas, id, second);
  await expect(path2).toHaveAttribute('aria-label', /^Wait/);
  const other = await stepOn(canvas, id, 'other');
  // Left to right as the side panel lists them: Path 1, Path 2, Other.
  expect(await centreX(path1)).toBeLessThan(await centreX(path2));
  expect(await centreX(path2)).toBeLessThan(await centreX(other));
  // No "+" on a label, no card on another.
  expect(await overlapping(canvas.map, '.edge-label .edge-name, .add-button')).toEqual([]);
  expect(await canvas.overlappingCards()).toEqual([]);
  await snap(page, 'split-path-step-on-new-path');
});

async function pathIds(canvas: CanvasPage, id: string): Promise<string[]> {
  const j = await canvas.call<{
    nodes: { type: string; settings: { paths?: { id: string }[] } }[];
  }>('journeys.get', { id });
  return j.nodes.find((n) => n.type === 'split')?.settings.paths?.map((p) => p.id) ?? [];
}
