import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

test('the Problems list and the Publish dialog list errors before warnings, each in flow order', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('Problem order'), 'account');
  await canvas.fillEntryAudience(id);
  // Entry → Split path: its first path has no criteria yet (a warning).
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Split path');
  // An action with none chosen (an error) on Other first, then one on the first path: the
  // first path's comes first in flow order, though it was added last.
  await canvas.addWithKeyboard(
    canvas.plus('Add node between Split path (Other) and Exit'),
    'Take an action',
  );
  await canvas.addWithKeyboard(
    canvas.plus(/^Add node between Split path \(Path 1\) and /),
    'Take an action',
  );
  await canvas.saved();

  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const items = page.getByRole('region', { name: 'Problems list' }).getByRole('listitem');
  const lines = async () =>
    (await items.evaluateAll((lis) =>
      lis.map(
        (li) =>
          `${li.querySelector('.sev')?.getAttribute('aria-label')} ${li.textContent?.slice(1)}`,
      ),
    )) as string[];
  // Before the change the split's warning came first (its rule runs first) and the actions in the
  // order they were added.
  const action = 'Action is required; choose Accounts or People, then an action';
  const first = `Take an action — on path "Path 1": ${action}`;
  const other = `Take an action — on path "Other": ${action}`;
  expect(await lines()).toEqual([
    `error ${first}`,
    `error ${other}`,
    'warning Split path: Path "Path 1" has no criteria, so it takes everyone',
  ]);
  await snap(page, 'problems-order');
  // The Publish dialog lists the errors that block it in the same order.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish journey' });
  await expect(dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveText([
    first,
    other,
  ]);
});
