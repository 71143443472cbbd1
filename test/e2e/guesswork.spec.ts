import { expect, openApp, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { ActionFormPage } from './pages/inspector-page';

// Issue #19, "building a journey without guesswork": values checked by type and kept when refused,
// the Problems list leading to the very field, the palette's one rule, the Entry's wording, Tab order.

test('a criterion value of the wrong type, or outside the known values, shows under its row and in Problems alike; Enter on the problem focuses that value', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Typed values'), 'account');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Split path');
  await canvas.node('Split path: Split path').click();
  const inspector = canvas.inspector;
  await inspector.getByRole('button', { name: 'Add criterion' }).click();
  await inspector.getByRole('button', { name: 'Add criterion' }).click();

  // Row 1: "Number of employees is lots" is refused (the demo workspace's number attribute).
  const row1 = inspector.getByRole('group', { name: 'Criterion 1' });
  await row1
    .getByRole('combobox', { name: 'Attribute of criterion 1' })
    .selectOption({ label: 'Number of employees' });
  const value1 = row1.getByRole('textbox', { name: 'Value of criterion 1' });
  await value1.fill('lots');
  const error =
    'Path "Path 1": "Number of employees" is a number attribute; "lots" is not a number';
  await expect(value1).toHaveAttribute('aria-invalid', 'true');
  await expect(value1).toHaveAccessibleDescription(error);

  // Row 2: "Account tier is Tier 1" is a warning: described, not invalid.
  const row2 = inspector.getByRole('group', { name: 'Criterion 2' });
  await row2
    .getByRole('combobox', { name: 'Attribute of criterion 2' })
    .selectOption({ label: 'Account tier' });
  const value2 = row2.getByRole('combobox', { name: 'Value of criterion 2' });
  await value2.fill('Tier 1');
  const warning = 'Path "Path 1": "Account tier" value "Tier 1" is not one of its known values';
  await expect(value2).toHaveAccessibleDescription(warning);
  await expect(value2).not.toHaveAttribute('aria-invalid', 'true');
  // Each message once in the inspector: under its row, not again in the node's list.
  await expect(inspector.getByText(error, { exact: true })).toHaveCount(1);
  await expect(inspector.getByText(warning, { exact: true })).toHaveCount(1);
  await canvas.saved();
  await snap(page, 'guesswork-inspector-invalid-criterion');

  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems list' });
  const errorLine = problems.getByRole('button', { name: `Split path: ${error}` });
  await expect(problems.getByRole('button', { name: `Split path: ${warning}` })).toBeVisible();

  // Enter on the problem: the node selected, its settings open, the very value focused.
  await canvas.node('Entry: Account audience').click();
  await expect(inspector.getByRole('heading', { name: /Entry/ })).toBeVisible();
  await errorLine.focus();
  await page.keyboard.press('Enter');
  await expect(value1).toBeFocused();
  await expect(canvas.node('Split path: Split path')).toHaveClass(/selected/);

  // Publish is refused with the same words.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish journey' });
  await expect(dialog.getByRole('list', { name: 'Problems' })).toContainText(error);
  await expect(dialog.getByRole('button', { name: 'Publish' })).toBeDisabled();
});

test('a Wait amount of -3 stays in the field, marked invalid with its message, in Problems and blocking Publish; Enter on the problem focuses it', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('Wait amount'), 'account');
  await canvas.fillEntryAudience(id);
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Wait');
  await canvas.node('Wait: Wait').click();
  const amount = canvas.inspector.getByRole('spinbutton', { name: 'Amount' });
  await amount.fill('-3');
  const message = 'Amount (Duration) must be a whole number of 1 or more';
  await expect(amount).toHaveValue('-3');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount).toHaveAccessibleDescription(message);
  // The card says the same, marked, instead of the saved "Wait 5 days" as if it were current.
  const card = canvas.node('Wait: Wait');
  await expect(card.locator('.jnode-summary.refused')).toHaveText(message);
  await expect(card).not.toContainText('Wait 5 days');
  await snap(page, 'guesswork-inspector-wait-amount');

  // Never silently changed: after a reload the field still says -3, the saved 5 untouched.
  await canvas.saved();
  await page.reload();
  await canvas.node('Wait: Wait').click();
  await expect(amount).toHaveValue('-3');

  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const line = page
    .getByRole('region', { name: 'Problems list' })
    .getByRole('button', { name: `Wait: ${message}` });
  await canvas.node('Exit: Exit').click();
  await line.focus();
  await page.keyboard.press('Enter');
  await expect(amount).toBeFocused();

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish journey' });
  await expect(dialog.getByRole('list', { name: 'Problems' })).toHaveText(`Wait: ${message}`);
  await expect(dialog.getByRole('button', { name: 'Publish' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The simulation says it runs the saved value, not the -3 on screen.
  await canvas.toolbar.getByRole('button', { name: 'Simulate' }).click();
  const unsaved = page
    .getByRole('complementary', { name: 'Simulation' })
    .getByRole('note')
    .filter({ hasText: 'not saved' });
  await expect(unsaved).toContainText(`Wait: ${message}`);
  await expect(page.getByRole('button', { name: 'Run simulation' })).toHaveAccessibleDescription(
    /A value is not saved, so the simulation uses the saved value there/,
  );
  await snap(page, 'guesswork-simulate-unsaved-value');
  await page.getByRole('button', { name: 'Close simulation' }).click();

  // Fixed: the message goes, the value is saved, Publish is open again.
  await amount.fill('3');
  await expect(amount).not.toHaveAttribute('aria-invalid', 'true');
  await expect(canvas.node('Wait: Wait')).toContainText('Wait 3 days');
  await canvas.saved();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Publish' })).toBeEnabled();
});

test('typed one key at a time, a 60-character Status and a Wait amount of 2.5 stay in their fields after a reload, marked invalid, the journey keeping its values from before, and Publish is blocked', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const form = new ActionFormPage(page);
  const id = await canvas.createAndOpen(uniqueName('Typed past the limit'), 'account');
  await canvas.fillEntryAudience(id);
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Wait');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between Wait and Exit$/), 'Take an action');
  await canvas.node('Take an action: Take an action').click();
  await form.takeActionOn('Accounts');
  await form.chooseAction('Update Buying Group Status');
  await form.select('Solution interest', 'Analytics Platform');
  const status = form.field('Status');
  await status.fill('Engaged');
  await canvas.saved();
  await status.blur();

  // 60 characters, key by key: the first 50 are valid on the way, the 51st is refused.
  const typed = `Evaluating ${'x'.repeat(49)}`;
  expect(typed).toHaveLength(60);
  await status.fill('');
  await status.pressSequentially(typed);
  const statusMessage = 'Status must be at most 50 characters';
  await expect(form.alert(statusMessage)).toBeVisible();

  await canvas.node('Wait: Wait').click();
  const amount = canvas.inspector.getByRole('spinbutton', { name: 'Amount' });
  await amount.fill('');
  await amount.pressSequentially('2.5');
  const amountMessage = 'Amount (Duration) must be a whole number of 1 or more';
  await expect(amount).toHaveAccessibleDescription(amountMessage);
  await canvas.saved();

  // The journey keeps the values from before the edits: no 50-character prefix, no 2.
  type Stored = { nodes: { type: string; settings: Record<string, unknown> }[] };
  const saved = await canvas.call<Stored>('journeys.get', { id });
  const settingsOf = (type: string) => saved.nodes.find((n) => n.type === type)?.settings;
  expect(settingsOf('action')?.params).toMatchObject({ status: 'Engaged' });
  expect(settingsOf('wait')).toMatchObject({ duration: { amount: 5 } });

  await page.reload();
  await canvas.node('Wait: Wait').click();
  await expect(amount).toHaveValue('2.5');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount).toHaveAccessibleDescription(amountMessage);
  await canvas.node('Take an action: Update Buying Group Status').click();
  await expect(status).toHaveValue(typed);
  await expect(status).toHaveAttribute('aria-invalid', 'true');
  await expect(status).toHaveAccessibleDescription(new RegExp(statusMessage));
  await expect(form.root.getByText('60 / 50')).toBeVisible();
  await snap(page, 'guesswork-inspector-status-after-reload');

  // The Problems list and Publish say the same words.
  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems list' });
  await expect(problems.getByRole('button', { name: `Wait: ${amountMessage}` })).toBeVisible();
  await expect(
    problems.getByRole('button', { name: new RegExp(`: ${statusMessage}$`) }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish journey' });
  await expect(dialog.getByRole('list', { name: 'Problems' })).toContainText(statusMessage);
  await expect(dialog.getByRole('list', { name: 'Problems' })).toContainText(amountMessage);
  await expect(dialog.getByRole('button', { name: 'Publish' })).toBeDisabled();

  // Core keeps the refused values, not this browser profile: Publish from anywhere else (the CLI,
  // another window) is refused too, and a window with its own storage (another port) shows them.
  const check = await canvas.call<{ problems: { message: string }[] }>('journeys.publishCheck', {
    id,
  });
  expect(check.problems.map((p) => p.message)).toEqual(
    expect.arrayContaining([statusMessage, amountMessage]),
  );
  const other = await page.context().browser()!.newContext();
  try {
    const fresh = await other.newPage();
    await openApp(fresh, new URL(page.url()).hash);
    const freshCanvas = new CanvasPage(fresh);
    await freshCanvas.node('Wait: Wait').click();
    const freshAmount = freshCanvas.inspector.getByRole('spinbutton', { name: 'Amount' });
    await expect(freshAmount).toHaveValue('2.5');
    await expect(freshAmount).toHaveAttribute('aria-invalid', 'true');
  } finally {
    await other.close();
  }
});

test('on a path of a split by people the palette disables what the "+" menu does, with the reason', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('People path palette'), 'account');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Split path');
  await canvas.node('Split path: Split path').click();
  await canvas.inspector.getByRole('combobox', { name: 'Split by' }).selectOption('people');
  await canvas.saved();
  const palette = page.getByRole('complementary', { name: 'Node palette' });
  const reason =
    'Not allowed on a path of a split by people: its paths hold only people actions and events';
  const gate = palette.getByRole('button', { name: /^Gate:/ });
  await expect(gate).toHaveAttribute('aria-disabled', 'true');
  await expect(gate).toHaveAttribute('title', reason);
  await expect(gate).toHaveAccessibleDescription(reason);
  await expect(palette.getByRole('button', { name: /^Wait:/ })).not.toHaveAttribute(
    'aria-disabled',
  );
  // The "+" menu on the same place says the same.
  const nodes = await canvas.map.getByRole('group').count();
  await gate.focus();
  await page.keyboard.press('Enter');
  await expect(canvas.map.getByRole('group')).toHaveCount(nodes);
  await snap(page, 'guesswork-palette-people-path');

  // Nothing selected: a loose node is on no path, so Gate is offered again.
  await canvas.node(/^Entry:/).click();
  await expect(gate).not.toHaveAttribute('aria-disabled');
});

test('a people journey’s Entry card words its audience trigger as "Audience"; Tab goes map, side panel, then Problems', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('People entry'), 'people');
  const entry = canvas.node(/^Entry:/);
  await entry.click();
  await canvas.inspector.getByRole('combobox', { name: 'Trigger' }).selectOption('audience');
  await expect(entry).toContainText('Audience');
  await expect(entry).not.toContainText('Account audience');

  // With the Problems list open, Tab from the last step on the map reaches the side panel first.
  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems list' });
  await expect(problems).toBeVisible();
  await canvas.node(/^Exit:/).click();
  await canvas.node(/^Exit:/).focus();
  const where = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (el?.closest('.react-flow')) return 'map';
      if (el?.closest('.inspector')) return 'inspector';
      if (el?.closest('.problems-panel')) return 'problems';
      return 'other';
    });
  const seen: string[] = [];
  for (let i = 0; i < 40 && !seen.includes('problems'); i++) {
    await page.keyboard.press('Tab');
    const at = await where();
    if (seen.at(-1) !== at) seen.push(at);
  }
  // The map's own controls may come between; the side panel always comes before the list.
  expect(seen.filter((s) => s === 'inspector' || s === 'problems')).toEqual([
    'inspector',
    'problems',
  ]);
});
