import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage, changeElsewhere } from './pages/canvas-page';

test('builds, undoes, copies into another journey, tidies up and survives a reload — "+" buttons and keyboard only', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const firstName = uniqueName('Canvas build');
  const firstId = await canvas.createAndOpen(firstName);
  await snap(page, 'canvas-new');

  // Seed 000: "click the plus icon on a path and choose Take an action" — here with the keyboard.
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Wait');
  await expect(canvas.node('Wait: Wait')).toBeVisible();
  await expect(canvas.inspector.getByRole('spinbutton', { name: 'Amount' })).toHaveValue('5');
  await canvas.addWithKeyboard(canvas.plus('Add node between Wait and Exit'), 'Split path');
  await expect(canvas.node('Split path: Split path')).toBeVisible();
  // A new Split ends its Other path in an Exit by itself (issue 19): insert on that path.
  await expect(canvas.map.getByRole('group', { name: 'Exit: Exit' })).toHaveCount(2);
  await canvas.addWithKeyboard(
    canvas.plus('Add node between Split path (Other) and Exit'),
    'Take an action',
  );
  await expect(canvas.map.getByRole('group', { name: 'Exit: Exit' })).toHaveCount(2);
  await canvas.saved();
  await snap(page, 'canvas-built');

  // Undo the action and the Split (with its own Exit), redo both.
  await canvas.map.click({ position: { x: 5, y: 5 } });
  await canvas.press('Control+z');
  await expect(canvas.node('Take an action: Take an action')).toHaveCount(0);
  await canvas.press('Control+z');
  await expect(canvas.map.getByRole('group', { name: 'Exit: Exit' })).toHaveCount(1);
  await canvas.press('Control+Shift+z');
  await expect(canvas.map.getByRole('group', { name: 'Exit: Exit' })).toHaveCount(2);
  await canvas.press('Control+y');
  await expect(canvas.node('Take an action: Take an action')).toBeVisible();

  // Copy the Other branch (action + its exit): focus, select with Enter, extend with Shift+click.
  await canvas.node('Take an action: Take an action').focus();
  await canvas.press('Enter');
  await canvas.map
    .getByRole('group', { name: 'Exit: Exit' })
    .last()
    .click({ modifiers: ['Shift'] });
  await canvas.press('Control+c');
  await canvas.saved();

  // Paste into a second journey at the open end after a new Wait.
  const secondName = uniqueName('Canvas paste target');
  await canvas.createAndOpen(secondName);
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Wait');
  await canvas.press('Control+z');
  await canvas.plus(/^Add node between .* and Exit$/).focus();
  await canvas.press('Enter');
  await page
    .getByRole('menu', { name: 'Add node' })
    .getByRole('menuitem', { name: 'Paste here' })
    .click();
  await expect(canvas.node('Take an action: Take an action')).toBeVisible();
  await expect(canvas.map.getByRole('group', { name: 'Exit: Exit' })).toHaveCount(2);

  // Tidy up, then reload: the document is intact.
  await canvas.button('Tidy up').click();
  await canvas.saved();
  await snap(page, 'canvas-pasted-tidied');
  await page.reload();
  await expect(canvas.node('Take an action: Take an action')).toBeVisible();
  await expect(canvas.map.getByRole('group', { name: 'Exit: Exit' })).toHaveCount(2);
  await expect(canvas.plus(/^Add node between .* and Take an action$/)).toBeVisible();

  // And the first journey kept everything it had.
  await canvas.open(firstId);
  await expect(canvas.node('Split path: Split path')).toBeVisible();
  await expect(canvas.node('Take an action: Take an action')).toBeVisible();
  await expect(canvas.node('Wait: Wait')).toBeVisible();
  await canvas.button('Tidy up').click();
  await canvas.saved();
  await snap(page, 'canvas-first-tidied');
});

test('a copied Wait pasted with Ctrl+V lands after the selected node, connected and clear of every card', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Canvas paste'));
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Split path');
  await canvas.addWithKeyboard(
    canvas.plus('Add node between Split path (Path 1) and Exit'),
    'Wait',
  );
  const wait = canvas.node(/^Wait: /);
  await expect(wait).toHaveCount(1);
  const waitName = (await wait.getAttribute('aria-label'))!.replace(/^Wait: /, '');

  // The focused card: its node id and its name (the card is a group named "Type: name").
  const focusedNode = () =>
    page.evaluate(() => {
      const card = document.activeElement?.closest('.react-flow__node');
      const group = document.activeElement?.closest('[role="group"]');
      return `${card?.getAttribute('data-id')}|${group?.getAttribute('aria-label')}`;
    });
  // Copy the Wait (Space selects the focused card), select the Split, paste.
  await wait.focus();
  const copied = await focusedNode();
  expect(copied).toMatch(/^[^|]+\|Wait: /);
  await canvas.press('Space');
  await canvas.press('Control+c');
  const split = canvas.node('Split path: Split path');
  await split.focus();
  await canvas.press('Space');
  await canvas.press('Control+v');

  // It went into the Split's first path, between the Split and the Wait already there.
  await expect(canvas.node(/^Wait: /)).toHaveCount(2);
  // Focus moved to the pasted Wait: neither the copied one nor the Split.
  await expect.poll(focusedNode).toMatch(/\|Wait: /);
  expect(await focusedNode()).not.toBe(copied);
  await expect(canvas.plus(`Add node between Split path (Path 1) and ${waitName}`)).toBeVisible();
  // Two Waits of one name on one path: the "+" between them tells them apart (1st, 2nd in flow order).
  const onPath = `${waitName} — on path "Path 1"`;
  await expect(canvas.plus(`Add node between ${onPath} (1st) and ${onPath} (2nd)`)).toBeVisible();
  await canvas.saved();
  expect(await canvas.overlappingCards()).toEqual([]);
  await snap(page, 'canvas-paste-ctrl-v');
});

test('delete asks before dropping a branch, paths can be added, renamed and reordered, and undo restores', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Canvas paths'));
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Split path');
  await canvas.addWithKeyboard(canvas.plus('Add node between Split path (Other) and Exit'), 'Wait');
  const inspector = canvas.inspector;
  await canvas.node('Split path: Split path').focus();
  await canvas.press('Enter');
  await inspector.getByRole('button', { name: 'Add path' }).click();
  await inspector.getByRole('textbox', { name: 'Path 2 name' }).fill('Big accounts');
  await inspector.getByRole('button', { name: 'Move Big accounts up' }).click();
  await expect(inspector.getByRole('textbox', { name: 'Path 1 name' })).toHaveValue('Big accounts');
  // The new path ends in its own Exit.
  await expect(canvas.plus(/^Add node between Split path \(Big accounts\) and Exit/)).toBeVisible();
  await snap(page, 'canvas-paths');

  await canvas.node('Split path: Split path').focus();
  await canvas.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete nodes on other paths?' });
  await expect(dialog).toContainText('Wait');
  await snap(page, 'canvas-delete-confirm');
  await dialog.getByRole('button', { name: /Delete \d+ nodes/ }).click();
  await expect(canvas.node('Split path: Split path')).toHaveCount(0);
  await expect(canvas.node('Wait: Wait')).toHaveCount(0);
  await canvas.toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(canvas.node('Split path: Split path')).toBeVisible();
  await expect(canvas.node('Wait: Wait')).toBeVisible();

  for (const format of ['png', 'svg']) {
    const download = page.waitForEvent('download');
    await canvas.button(`Export ${format.toUpperCase()}`).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
  }

  await canvas.toolbar.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
    'Ctrl+Shift+Z',
  );
  await snap(page, 'canvas-shortcuts');
  await page
    .getByRole('dialog', { name: 'Keyboard shortcuts' })
    .getByRole('button', { name: 'Close' })
    .click();

  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const list = page.getByRole('region', { name: 'Problems list' });
  await expect(list).toBeVisible();
  await snap(page, 'canvas-problems');
});

test('a conflicting save offers a choice instead of overwriting', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('Canvas conflict'));
  await changeElsewhere(canvas, id);
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Wait');
  const dialog = page.getByRole('dialog', { name: 'This journey was changed elsewhere' });
  await expect(dialog).toBeVisible();
  await expect(canvas.saveStatus).toHaveText(/changed elsewhere/);
  await snap(page, 'canvas-conflict');
  await dialog.getByRole('button', { name: 'Keep my version' }).click();
  await canvas.saved();
  const after = await canvas.call<{ nodes: { type: string }[] }>('journeys.get', { id });
  expect(after.nodes.some((n) => n.type === 'wait')).toBe(true);
});

test('a Live journey opens read-only and refuses edits', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('Canvas live'));
  let live: { status: string };
  try {
    await canvas.fillEntryAudience(id);
    live = await canvas.call<{ status: string }>('journeys.publish', { id });
  } catch (error) {
    const message = (error as Error).message;
    test.skip(
      message.startsWith('unknown_channel'),
      `journeys.publish is not available yet: ${message}`,
    );
    throw error;
  }
  expect(live.status).toBe('Live');
  const before = await canvas.call<{ revision: number; nodes: unknown[] }>('journeys.get', { id });
  await page.reload();
  await expect(canvas.node(/Entry:/)).toBeVisible();
  await expect(page.getByRole('note', { name: /Read-only/ })).toContainText('Live');
  await expect(canvas.map.getByRole('button', { name: /^Add node/ })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Node palette' })).toHaveCount(0);
  await canvas.node(/Exit:/).focus();
  await canvas.press('Enter');
  await expect(canvas.inspector.getByRole('textbox', { name: 'Name' })).toBeDisabled();
  await canvas.press('Delete');
  await canvas.press('Control+v');
  await expect(canvas.node(/Exit:/)).toBeVisible();
  await expect(canvas.toolbar.getByRole('button', { name: 'Tidy up' })).toBeDisabled();
  await expect(canvas.toolbar.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await canvas.node(/Exit:/).dragTo(canvas.map, { targetPosition: { x: 40, y: 40 } });
  await canvas.press('Control+z');
  await expect(canvas.saveStatus).toHaveText('Saved');
  const after = await canvas.call<{ revision: number; nodes: unknown[] }>('journeys.get', { id });
  expect(after.revision).toBe(before.revision);
  expect(after.nodes).toEqual(before.nodes);
  await snap(page, 'canvas-live-read-only');
});
