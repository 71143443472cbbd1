import { expect, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

test('switching to another journey right after an edit opens it, and the edit is saved (issue #19)', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const first = await canvas.createAndOpen(uniqueName('Edited then left'), 'account');
  const otherName = uniqueName('Switched to');
  const other = await canvas.call<{ id: string }>('journeys.create', {
    name: otherName,
    description: '',
    audience: 'account',
  });

  // An edit, then the address of the other journey before the autosave runs.
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Wait');
  await expect(canvas.saveStatus).not.toHaveText('Saved');
  await page.evaluate((id) => (location.hash = `#/journeys/${id}`), other.id);

  await expect(page.getByRole('heading', { name: otherName })).toBeVisible();
  await expect(canvas.node(/Entry:/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading journey…' })).toHaveCount(0);

  // The journey left behind kept its edit.
  const saved = await canvas.call<{ nodes: { type: string }[] }>('journeys.get', { id: first });
  expect(saved.nodes.map((n) => n.type)).toContain('wait');
});
