import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

interface Stored {
  nodes: { id: string; type: string; name: string }[];
  edges: { source: string; sourceHandle: string; target: string }[];
}

test('a palette step dropped on an edge\'s "+" goes in there; dropped near an open output it connects to it; elsewhere it stays loose', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('Palette drop'));
  const palette = page.getByRole('complementary', { name: 'Node palette' });
  const item = (label: string) => palette.getByRole('button', { name: new RegExp(`^${label}:`) });
  const stored = () => canvas.call<Stored>('journeys.get', { id });
  /** "source type -> target type" through `handle`, for every edge. */
  const links = async () => {
    const j = await stored();
    const type = (nodeId: string) => j.nodes.find((n) => n.id === nodeId)?.type;
    return j.edges.map((e) => `${type(e.source)} ${e.sourceHandle} -> ${type(e.target)}`).sort();
  };

  // Onto the "+" between Entry and Exit: inserted there, as choosing it from that "+" menu does.
  await item('Wait for event').dragTo(canvas.plus(/^Add node between .* and Exit$/));
  await expect(canvas.node('Wait for event: Wait for event')).toBeVisible();
  await canvas.saved();
  expect(await links()).toEqual(['entry out -> waitForEvent', 'waitForEvent event -> exit']);

  // Near (not on) the open "Timed out" output's "+": the new Exit is connected to that output.
  const open = canvas.plus('Add node after Wait for event: Timed out');
  const box = await open.boundingBox();
  if (!box) throw new Error('the open output has a "+"');
  await item('Exit').dragTo(canvas.map, {
    targetPosition: await canvas.map.evaluate(
      (map, b) => {
        const r = map.getBoundingClientRect();
        // 20 px right of the "+": beside it, not on it.
        return { x: b.x + b.width + 20 - r.left, y: b.y + b.height / 2 - r.top };
      },
      { x: box.x, y: box.y, width: box.width, height: box.height },
    ),
  });
  await expect(open).toHaveCount(0);
  await canvas.saved();
  expect(await links()).toEqual([
    'entry out -> waitForEvent',
    'waitForEvent event -> exit',
    'waitForEvent timeout -> exit',
  ]);
  await snap(page, 'palette-drop-connected');

  // Far from every "+": a loose step, connected to nothing (as before).
  await item('Wait').dragTo(canvas.map, { targetPosition: { x: 30, y: 30 } });
  await expect(canvas.node('Wait: Wait')).toBeVisible();
  await canvas.saved();
  const j = await stored();
  const wait = j.nodes.find((n) => n.type === 'wait');
  expect(wait).toBeDefined();
  expect(j.edges.filter((e) => e.source === wait?.id || e.target === wait?.id)).toEqual([]);
});
