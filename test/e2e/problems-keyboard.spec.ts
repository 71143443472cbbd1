import { expect, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { Keyboard } from './pages/keyboard';

test('closing the Problems list, with its button or Escape on a problem, gives focus back to the Problems button', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const keys = new Keyboard(page);
  // A new journey's Entry has no audience yet: one problem at least.
  await canvas.createAndOpen(uniqueName('Problems keys'), 'account');
  const toggle = canvas.toolbar.getByRole('button', { name: 'Problems' });
  const list = page.getByRole('region', { name: 'Problems list' });
  const firstProblem = list.getByRole('listitem').first().getByRole('button');

  // Opening puts focus on the first problem; Escape there closes the list, back to its button.
  await keys.tabTo(toggle, { back: true });
  await keys.press('Enter');
  await keys.expectFocusVisible(firstProblem);
  await keys.press('Escape');
  await expect(list).toBeHidden();
  await keys.expectFocusVisible(toggle);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  // Close problems does the same (it sent focus to the journey's title before).
  await keys.press('Enter');
  await keys.expectFocusVisible(firstProblem);
  const close = list.getByRole('button', { name: 'Close problems' });
  await keys.tabTo(close, { back: true });
  await keys.press('Enter');
  await expect(list).toBeHidden();
  await keys.expectFocusVisible(toggle);
});
