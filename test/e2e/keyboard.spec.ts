import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { Keyboard } from './pages/keyboard';
import { JourneyHeaderPage } from './pages/library-page';

test('an account journey goes from blank to Live with the keyboard only: palette, Entry audience, an action, a Split whose Other path ends in an Exit, Publish', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const canvas = new CanvasPage(page);
  const header = new JourneyHeaderPage(page);
  const keys = new Keyboard(page);
  await canvas.createAndOpen(uniqueName('Keyboard journey'), 'account');
  const inspector = canvas.inspector;

  // Entry: Tab reaches its card (flow order), Enter opens its settings with focus on the first field.
  const entry = canvas.node(/^Entry:/);
  await keys.tabTo(entry);
  await snap(page, 'keyboard-01-entry-focused');
  await keys.press('Enter');
  await keys.expectFocusVisible(inspector.getByRole('textbox', { name: 'Name', exact: true }));
  const source = inspector.getByRole('combobox', { name: 'Audience' });
  await keys.tabTo(source);
  await keys.choose(source, 'Target accounts FY27');
  await expect(canvas.node(/^Entry:/)).toContainText('Target accounts FY27');

  // Palette: Take an action goes after the selected Entry, connected, and takes focus.
  const paletteAction = page
    .getByRole('complementary', { name: 'Node palette' })
    .getByRole('button', { name: /^Take an action:/ });
  await keys.tabTo(paletteAction, { back: true });
  await keys.press('Enter');
  const action = canvas.node('Take an action: Take an action');
  await keys.expectFocusVisible(action);
  await expect(canvas.plus(/^Add node between .* and Take an action$/)).toBeVisible();
  await expect(canvas.plus('Add node between Take an action and Exit')).toBeVisible();

  // Delete keeps the keyboard on the map: focus goes to the step that led into the deleted one
  // (it fell back to the page before); Ctrl+Z brings the step back.
  await keys.press('Delete');
  await expect(action).toHaveCount(0);
  await keys.expectFocusVisible(entry);
  await keys.press('Control+z');
  await expect(action).toBeVisible();

  // Publish now is refused, and the dialog names the step of each problem (as the Problems list);
  // closing it returns focus to Publish, and Tab goes on into the map in flow order.
  await keys.tabTo(header.actions().getByRole('button', { name: 'Publish' }), { back: true });
  await keys.press('Enter');
  const publish = page.getByRole('dialog', { name: 'Publish journey' });
  await expect(publish.getByRole('list', { name: 'Problems' })).toContainText(
    'Take an action: Action is required; choose Accounts or People, then an action',
  );
  await snap(page, 'keyboard-02-publish-refused');
  await keys.press('Escape');
  await expect(publish).toBeHidden();
  await keys.expectFocusVisible(header.actions().getByRole('button', { name: 'Publish' }));

  await keys.tabTo(action);

  // Its settings: Accounts (seed 000), then an account action and its Type.
  await keys.press('Enter');
  await keys.expectFocusVisible(inspector.getByRole('textbox', { name: 'Name', exact: true }));
  const accounts = inspector
    .getByRole('group', { name: 'Take an action on' })
    .getByRole('radio', { name: 'Accounts' });
  await keys.tabTo(accounts);
  await keys.press('Space');
  await expect(accounts).toBeChecked();
  const actionSelect = inspector.getByRole('combobox', { name: 'Action', exact: true });
  await keys.tabTo(actionSelect);
  await keys.choose(actionSelect, 'Account Interesting Moment');
  const type = inspector.getByRole('combobox', { name: 'Type', exact: true });
  await keys.tabTo(type);
  await keys.choose(type, 'Milestone');
  await expect(canvas.node(/^Take an action: /)).toContainText('Account Interesting Moment');

  // A Split from the palette, after the action: its Other path ends in an Exit by itself.
  const paletteSplit = page
    .getByRole('complementary', { name: 'Node palette' })
    .getByRole('button', { name: /^Split path:/ });
  // Forward from the inspector (round past the page's end): Shift+Tab would cross the map, and
  // keyboard focus on a node selects it, so the Split would go after the node focused last.
  await keys.tabTo(paletteSplit);
  await keys.press('Enter');
  const split = canvas.node('Split path: Split path');
  await keys.expectFocusVisible(split);
  await expect(canvas.map.getByRole('group', { name: /^Exit:/ })).toHaveCount(2);
  await expect(canvas.plus('Add node between Split path (Other) and Exit')).toBeVisible();
  await expect(canvas.plus('Add node between Split path (Path 1) and Exit')).toBeVisible();

  // Arrow keys walk the flow: up to the action, down to the Split again.
  await keys.press('ArrowUp');
  await keys.expectFocusVisible(canvas.node(/^Take an action: /));
  await keys.press('ArrowDown');
  await keys.expectFocusVisible(split);

  // Path 1's criterion: an account attribute, "is", a value typed in.
  await keys.tabTo(split);
  await keys.press('Enter');
  await keys.expectFocusVisible(inspector.getByRole('textbox', { name: 'Name', exact: true }));
  await keys.tabTo(inspector.getByRole('button', { name: 'Add criterion' }));
  await keys.press('Enter');
  const value = inspector.getByRole('textbox', { name: 'Value of criterion 1' });
  await keys.tabTo(value, { back: true });
  await keys.type('Enterprise');
  await expect(value).toHaveValue('Enterprise');
  await canvas.saved();
  await snap(page, 'keyboard-03-split-configured');

  // Publish: the dialog's Publish button, reached with Tab, then Enter.
  const publishButton = header.actions().getByRole('button', { name: 'Publish' });
  await keys.tabTo(publishButton, { back: true });
  await keys.press('Enter');
  await expect(publish.getByText('will go Live')).toBeVisible();
  const confirm = publish.getByRole('button', { name: 'Publish', exact: true });
  await expect(confirm).toBeEnabled();
  await keys.tabTo(confirm);
  await keys.press('Enter');
  await expect(header.status()).toHaveText('Live');
  await snap(page, 'keyboard-04-live');
});
