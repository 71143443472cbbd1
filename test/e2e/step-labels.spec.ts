import { expect, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { splitStep, chainEdges, edgeBetween, waitStep } from './pages/journey-steps';

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
  const criterion = { scope: 'account', attribute: 'industry', operator: 'equals', value: 'x' };
  const nodes = [
    entry,
    waitStep('wait1', { x, y: y + 140 }),
    splitStep('split', { x, y: y + 280 }, [
      { id: 'tech', name: 'Tech accounts', criteria: [criterion] },
      { id: 'fin', name: 'Finance', criteria: [criterion] },
    ]),
    waitStep('wait2', { x, y: y + 420 }),
  ];
  const edges = [...chainEdges([entry, nodes[1], nodes[2]]), edgeBetween('split', 'wait2', 'tech')];
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
