import { expect, openApp, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { Keyboard } from './pages/keyboard';
import { publishedAccountJourney } from './pages/library-page';

test('after "Create new version" from a focused node, focus is on the new Draft\'s title, not on a node', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const keys = new Keyboard(page);
  await openApp(page);
  const live = await publishedAccountJourney(page, uniqueName('Version focus'), '');
  await canvas.open(live.id);
  // The Exit holds focus (keyboard), then More... > Create new version.
  await keys.tabTo(canvas.node(/^Exit:/));
  const more = page
    .getByRole('group', { name: 'Journey actions' })
    .getByRole('button', { name: 'More...' });
  await keys.tabTo(more, { back: true });
  await keys.press('Enter');
  const item = page.getByRole('menu').getByRole('menuitem', { name: 'Create new version' });
  for (let i = 0; i < 10 && !(await item.evaluate((el) => el === document.activeElement)); i++)
    await keys.press('ArrowDown');
  await keys.press('Enter');
  const heading = page.locator('#journey-name');
  await expect(page.getByRole('note', { name: 'Read-only journey' })).toHaveCount(0);
  await expect(heading).not.toHaveAttribute('data-journey-id', live.id);
  await expect(heading).toBeFocused();
  await expect(canvas.node(/^Exit:/)).toBeVisible();
  // Still there once the new Draft's map is drawn.
  await expect(heading).toBeFocused();
});
