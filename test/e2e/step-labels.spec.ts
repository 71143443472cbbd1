import { expect, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

/**
 * Entry -> Wait -> Wait (open end) and a Split by accounts whose two paths each have a criterion:
 * the names a screen reader hears tell the second Wait and each path's criteria apart.
 */
test('"+" buttons name a step as its card does ("Wait (2nd)"), and criterion controls name their path', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('Step labels'));
  const j = await canvas.storedEntry(id);
  const { entry } = j;
  const { x, y } = entry.position;
  const wait = (nodeId: string, dy: number) => ({
    id: nodeId,
    type: 'wait',
    name: 'Wait',
    position: { x, y: y + dy },
    settings: { mode: 'duration', duration: { amount: 5, unit: 'days' } },
  });
  const criterion = { scope: 'account', attribute: 'industry', operator: 'equals', value: 'x' };
  const nodes = [
    entry,
    wait('wait1', 140),
    {
      id: 'split',
      type: 'split',
      name: 'Split path',
      position: { x, y: y + 280 },
      settings: {
        splitBy: 'accounts',
        paths: [
          { id: 'tech', name: 'Tech accounts', match: 'all', criteria: [criterion] },
          { id: 'fin', name: 'Finance', match: 'all', criteria: [criterion] },
        ],
      },
    },
    wait('wait2', 420),
  ];
  const edges = [
    { id: 'e1', source: entry.id, sourceHandle: 'out', target: 'wait1' },
    { id: 'e2', source: 'wait1', sourceHandle: 'out', target: 'split' },
    { id: 'e3', source: 'split', sourceHandle: 'tech', target: 'wait2' },
  ];
  await canvas.replaceBody(id, j.revision, nodes, edges);
  const second = canvas.map.getByRole('group', { name: /^Wait: Wait \(2nd\)|^Wait: Wait — / });
  await expect(second).toHaveCount(1);
  const shown = ((await second.getAttribute('aria-label')) ?? '').replace(/^Wait: /, '');
  const plus = (name: string) => canvas.map.getByRole('button', { name, exact: true });
  expect(shown).not.toBe('Wait');
  await expect(plus(`Add node after ${shown}`)).toHaveCount(1);
  await expect(plus('Add node after Wait')).toHaveCount(0);

  await canvas.node(/^Split path:/).click();
  const inspector = canvas.inspector;
  for (const path of ['Tech accounts', 'Finance'])
    await expect(
      inspector.getByRole('combobox', { name: `${path}: attribute of criterion 1`, exact: true }),
    ).toHaveCount(1);
  await expect(
    inspector.getByRole('combobox', { name: 'Attribute of criterion 1', exact: true }),
  ).toHaveCount(0);
});
