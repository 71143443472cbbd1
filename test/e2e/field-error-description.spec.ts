import { expect, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { Keyboard } from './pages/keyboard';

test("a field's error is its description, not part of its name: Go to node, Event", async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const keys = new Keyboard(page);
  await canvas.createAndOpen(uniqueName('Field errors'), 'account');
  // Entry → Wait for event → Exit, then a Go to on its Timed out path.
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Wait for event');
  const event = canvas.inspector.getByRole('combobox', { name: 'Event', exact: true });
  await expect(event).toHaveAccessibleDescription('Event is required');
  await canvas.addWithKeyboard(canvas.plus('Add node after Wait for event: Timed out'), 'Go to');
  const goto = canvas.node(/^Go to:/);
  await keys.expectFocusVisible(goto);
  await keys.press('Enter');
  const target = canvas.inspector.getByRole('combobox', { name: 'Go to node', exact: true });
  await expect(target).toHaveAccessibleDescription('Go to node is required');
  await expect(target).toHaveAttribute('aria-invalid', 'true');
});
