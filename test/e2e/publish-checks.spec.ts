import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { ActionFormPage } from './pages/inspector-page';

// Issue #19: Publish checks what a user expects (the Entry's audience, an action's new value
// against its attribute's type), and a refused value goes with the field it was typed in.

test('the Entry picker marks a list that is not live as the action picker does, and a number attribute refuses "lots" under New value, in Problems and at Publish', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const form = new ActionFormPage(page);
  const id = await canvas.createAndOpen(uniqueName('Checked values'), 'account');
  await canvas.fillEntryAudience(id);

  // The demo workspace's "Churn risk (draft)" is a static list in Draft.
  await canvas.node(/^Entry: /).click();
  const audience = canvas.inspector.getByRole('combobox', { name: 'Audience' });
  const notLive = audience.getByRole('option', { name: 'Churn risk (draft) — not live' });
  await expect(notLive).toBeDisabled();

  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Take an action');
  await canvas.node('Take an action: Take an action').click();
  await form.takeActionOn('Accounts');
  await form.chooseAction('Account Change Data Value');
  await form.select('Attribute', 'Number of employees');
  const value = form.field('New value');
  await value.fill('lots');
  const message = '"Number of employees" is a number attribute; "lots" is not a number';
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await expect(value).toHaveAccessibleDescription(new RegExp(message));
  await canvas.saved();
  await snap(page, 'publish-checks-new-value-not-a-number');

  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems list' });
  await expect(
    problems.getByRole('button', { name: `Account Change Data Value: ${message}` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish journey' });
  await expect(dialog.getByRole('list', { name: 'Problems' })).toContainText(message);
  await expect(dialog.getByRole('button', { name: 'Publish' })).toBeDisabled();
});

test('a refused Status goes once the step takes another action: not in Problems, not in the publish check', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const form = new ActionFormPage(page);
  const id = await canvas.createAndOpen(uniqueName('Action changed'), 'account');
  await canvas.fillEntryAudience(id);
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Take an action');
  await canvas.node('Take an action: Take an action').click();
  await form.takeActionOn('Accounts');
  await form.chooseAction('Update Buying Group Status');
  await form.field('Status').fill('x'.repeat(66));
  const statusMessage = 'Status must be at most 50 characters';
  await expect(form.alert(statusMessage)).toBeVisible();
  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems list' });
  const line = problems.getByRole('button', { name: new RegExp(`: ${statusMessage}$`) });
  await expect(line).toBeVisible();

  await form.chooseAction('Account Change Data Value');
  await expect(line).toHaveCount(0);
  await canvas.saved();
  // Core forgot it too: the publish check (as the CLI or another window runs it) no longer has it.
  await expect
    .poll(async () => {
      const check = await canvas.call<{ problems: { message: string }[] }>(
        'journeys.publishCheck',
        { id },
      );
      return check.problems.map((p) => p.message);
    })
    .not.toContain(statusMessage);
});

test('"1e" or "abc" in Change in score stays in the box and is said not to be a number, as a Wait amount is', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const form = new ActionFormPage(page);
  await canvas.createAndOpen(uniqueName('Score typed'), 'account');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Take an action');
  await canvas.node('Take an action: Take an action').click();
  await form.takeActionOn('People');
  await form.chooseAction('Change Score');
  const change = form.field('Change in score');
  const message = 'Change in score must be a number';
  for (const typed of ['1e', 'abc']) {
    await change.fill('');
    await change.pressSequentially(typed);
    await expect(change).toHaveValue(typed);
    await expect(change).toHaveAttribute('aria-invalid', 'true');
    await expect(change).toHaveAccessibleDescription(new RegExp(message));
  }
  await expect(form.alert('Change in score is required')).toHaveCount(0);
  await change.fill('-5');
  await expect(change).not.toHaveAttribute('aria-invalid', 'true');
});
