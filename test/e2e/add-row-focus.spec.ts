import { expect, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

// Issue #19 probe: after "Add path" / "Add criterion" focus stayed on the button and the new
// fields came before it in Tab order. Keyboard only: focus must land in the new row.
test('Add path and Add criterion move focus into the new row', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Add row focus'));
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Split path');
  await canvas.node('Split path: Split path').focus();
  await canvas.press('Enter');
  const inspector = canvas.inspector;
  await expect(inspector).toBeVisible();
  // The focused control's accessible label, and the name of the group holding it.
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const label =
        el?.getAttribute('aria-label') ?? (el as HTMLInputElement)?.labels?.[0]?.textContent;
      return `${label?.trim()}|${el?.closest('[role="group"]')?.getAttribute('aria-label') ?? ''}`;
    });

  await inspector.getByRole('button', { name: 'Add path' }).focus();
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('textbox', { name: 'Path 2 name' })).toBeVisible();
  await expect.poll(focused).toMatch(/^Path 2 name\|/);

  const add = inspector.getByRole('button', { name: 'Add criterion' }).first();
  // A split path's criteria are named after their path ("Path 1: criterion 2").
  const rows = inspector.getByRole('group', { name: /^(.+: )?[Cc]riterion \d+$/ });
  const before = await rows.count();
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(before + 1);
  await expect.poll(focused).toMatch(/\|(.+: )?[Cc]riterion \d+$/);
});
