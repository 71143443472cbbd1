import { expect, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { Keyboard } from './pages/keyboard';

interface Stored {
  revision: number;
  nodes: { id: string; type: string; position: { x: number; y: number } }[];
}

/**
 * Entry -> Wait -> Split path (Enterprise, Other), each path ending in an Exit; saved through the
 * contract and opened.
 */
async function smallSplitJourney(canvas: CanvasPage): Promise<void> {
  const id = await canvas.createAndOpen(uniqueName('Map focus'));
  const j = await canvas.call<Stored>('journeys.get', { id });
  const entry = j.nodes.find((n) => n.type === 'entry');
  if (!entry) throw new Error('a new journey has an Entry');
  const { x, y } = entry.position;
  const exit = (nodeId: string, dx: number) => ({
    id: nodeId,
    type: 'exit',
    name: 'Exit',
    position: { x: x + dx, y: y + 420 },
    settings: { reason: '' },
  });
  const nodes = [
    entry,
    {
      id: 'wait',
      type: 'wait',
      name: 'Wait',
      position: { x, y: y + 140 },
      settings: { mode: 'duration', duration: { amount: 5, unit: 'days' } },
    },
    {
      id: 'split',
      type: 'split',
      name: 'Split path',
      position: { x, y: y + 280 },
      settings: {
        splitBy: 'accounts',
        paths: [{ id: 'p1', name: 'Enterprise', match: 'all', criteria: [] }],
      },
    },
    exit('exit1', -130),
    exit('exit2', 130),
  ];
  const edges = [
    { id: 'e1', source: entry.id, sourceHandle: 'out', target: 'wait' },
    { id: 'e2', source: 'wait', sourceHandle: 'out', target: 'split' },
    { id: 'e3', source: 'split', sourceHandle: 'p1', target: 'exit1' },
    { id: 'e4', source: 'split', sourceHandle: 'other', target: 'exit2' },
  ];
  await canvas.call('journeys.save', {
    id,
    baseRevision: j.revision,
    body: { description: '', nodes, edges, content: [] },
  });
  await canvas.page.reload();
  await expect(canvas.node(/^Split path:/)).toBeVisible();
}

test('keyboard focus on a node selects it, so Ctrl+D copies the focused node (not the one clicked before); the copy takes focus and selection and sits on no other node', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const keys = new Keyboard(page);
  await smallSplitJourney(canvas);
  const name = canvas.inspector.getByRole('textbox', { name: 'Name', exact: true });
  const selected = canvas.map.locator('.react-flow__node.selected');

  // A click selects the Split; Shift+Tab moves focus to the Wait, which is then the selection.
  await canvas.node(/^Split path:/).click();
  await expect(name).toHaveValue('Split path');
  const wait = canvas.node(/^Wait:/);
  await keys.tabTo(wait, { back: true });
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute('data-id', 'wait');
  await expect(name).toHaveValue('Wait');

  // Ctrl+D duplicates the Wait (the focused node); focus moves to the copy, which is selected.
  await keys.press('Control+d');
  await expect(canvas.node(/^Wait:/)).toHaveCount(2);
  await expect(canvas.node(/^Split path:/)).toHaveCount(1);
  await expect(selected).toHaveCount(1);
  await expect(selected).not.toHaveAttribute('data-id', 'wait');
  await expect(selected).toBeFocused();
  expect(await canvas.overlappingCards()).toEqual([]);
});
