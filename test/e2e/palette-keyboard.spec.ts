import type { Locator } from '@playwright/test';
import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { exitStep, edgeBetween, splitStep } from './pages/journey-steps';
import { Keyboard } from './pages/keyboard';

// The palette from the keyboard with a step selected that has no output (an Exit, a Go to).

/** Selects `step` with the keyboard (Enter, then Escape back to it), then Shift+Tabs to a palette item. */
async function selectThenPaletteItem(
  keys: Keyboard,
  step: Locator,
  item: string,
): Promise<Locator> {
  await keys.tabTo(step);
  await keys.press('Enter');
  await keys.press('Escape');
  const button = keys.page
    .getByRole('complementary', { name: 'Node palette' })
    .getByRole('button', { name: new RegExp(`^${item}:`) });
  await keys.tabTo(button, { back: true });
  return button;
}

test('with the Exit selected, Enter on a palette item puts the step before the Exit, connected, in view and focused', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const keys = new Keyboard(page);
  await canvas.createAndOpen(uniqueName('Palette before Exit'), 'account');
  const item = await selectThenPaletteItem(keys, canvas.node(/^Exit:/), 'Wait for event');
  await expect(item).not.toHaveAttribute('aria-disabled', 'true');
  await keys.press('Enter');

  const added = canvas.node(/^Wait for event:/);
  await keys.expectFocusVisible(added);
  await expect(added).toBeInViewport();
  // Into the Exit's incoming path, as that path's "+" would: Entry → Wait for event → Exit.
  await expect(canvas.plus('Add node between Account audience and Wait for event')).toBeVisible();
  await expect(
    canvas.plus('Add node between Wait for event (Event happened) and Exit'),
  ).toBeVisible();
  await expect(canvas.map.getByRole('group', { name: /^Exit:/ })).toHaveCount(1);
  expect(await canvas.overlappingCards()).toEqual([]);
  await snap(page, 'palette-before-exit');
});

test('an Exit two paths lead into: palette items are disabled and say why; Enter adds nothing', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const keys = new Keyboard(page);
  const id = await canvas.createAndOpen(uniqueName('Palette two ways in'), 'account');
  const { revision, entry } = await canvas.storedEntry(id);
  const { x, y } = entry.position;
  await canvas.replaceBody(
    id,
    revision,
    [
      entry,
      splitStep('split', { x, y: y + 140 }, [{ id: 'q1', name: 'Path 1' }]),
      exitStep('end', { x, y: y + 280 }),
    ],
    [
      edgeBetween(entry.id, 'split'),
      edgeBetween('split', 'end', 'q1'),
      edgeBetween('split', 'end', 'other'),
    ],
  );
  const item = await selectThenPaletteItem(keys, canvas.node(/^Exit:/), 'Wait for event');
  await expect(item).toHaveAttribute('aria-disabled', 'true');
  await expect(item).toHaveAccessibleDescription(
    '2 paths lead into the selected Exit: use the "+" on one of them',
  );
  const count = await canvas.map.locator('.react-flow__node').count();
  await keys.press('Enter');
  await expect(item).toBeFocused();
  await expect(canvas.map.locator('.react-flow__node')).toHaveCount(count);
  await expect(canvas.node(/^Wait for event:/)).toHaveCount(0);
});

test('with a Go to selected, Enter on a palette item puts the step before the Go to', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const keys = new Keyboard(page);
  await canvas.createAndOpen(uniqueName('Palette before Go to'), 'account');
  // Entry → Wait for event → Exit, and a Go to on its Timed out path.
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Wait for event');
  await canvas.addWithKeyboard(canvas.plus('Add node after Wait for event: Timed out'), 'Go to');
  const item = await selectThenPaletteItem(keys, canvas.node(/^Go to:/), 'Wait');
  await keys.press('Enter');
  const wait = canvas.node('Wait: Wait');
  await keys.expectFocusVisible(wait);
  await expect(wait).toBeInViewport();
  await expect(canvas.plus('Add node between Wait for event (Timed out) and Wait')).toBeVisible();
  await expect(canvas.plus('Add node between Wait and Go to')).toBeVisible();
  await expect(item).not.toHaveAttribute('aria-disabled', 'true');
  expect(await canvas.overlappingCards()).toEqual([]);
});
