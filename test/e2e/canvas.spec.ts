import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

test('builds a journey with a split and a wait using only "+" buttons and the keyboard', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Canvas build'));
  await snap(page, 'canvas-new');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Wait');
  await expect(canvas.node(/^Wait: Wait$/)).toBeVisible();
  await expect(canvas.inspector.getByRole('spinbutton', { name: 'Amount' })).toHaveValue('5');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between Wait and Exit$/), 'Split path');
  await expect(canvas.node(/^Split path: Split path$/)).toBeVisible();
  await canvas.addWithKeyboard(canvas.plus('Add node after Split path: Other'), 'Exit');
  await canvas.saved();
  await snap(page, 'canvas-built');
});
