import type { Locator, Page } from '@playwright/test';
import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { SettingsPage } from './pages/settings-page';

/** The optgroup headings of a select, in order. */
const groupsOf = (select: Locator) =>
  select
    .locator('optgroup')
    .evaluateAll((groups) => groups.map((g) => (g as HTMLOptGroupElement).label));

/** The options of an input's datalist, in order. */
const suggestionsOf = (input: Locator) =>
  input.evaluate((el) => [...((el as HTMLInputElement).list?.options ?? [])].map((o) => o.value));

test('a split by accounts offers account attributes only, grouped, and the workspace’s known values; another value is a warning naming path and attribute', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Known values'), 'account');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Split path');
  await canvas.node('Split path: Split path').click();
  const inspector = canvas.inspector;
  await expect(inspector.getByRole('combobox', { name: 'Split by' })).toHaveValue('accounts');
  await inspector.getByRole('button', { name: 'Add criterion' }).click();

  const row = inspector.getByRole('group', { name: 'Criterion 1' });
  const attribute = row.getByRole('combobox', { name: 'Attribute of criterion 1' });
  expect(await groupsOf(attribute)).toEqual(['Account']);
  await expect(attribute.locator('option', { hasText: 'Email' })).toHaveCount(0);
  await expect(attribute.locator('option', { hasText: 'Lead score' })).toHaveCount(0);
  await attribute.selectOption({ label: 'Account tier' });

  // The demo workspace knows the tiers: the value is a combobox suggesting them.
  const value = row.getByRole('combobox', { name: 'Value of criterion 1' });
  expect(await suggestionsOf(value)).toEqual(['Strategic', 'Enterprise', 'Mid-market', 'SMB']);
  const warning = 'Path "Path 1": "Account tier" value "Gold" is not one of its known values';
  await value.fill('Gold');
  await expect(inspector).toContainText(warning);
  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems list' });
  await expect(problems).toContainText(`Split path: ${warning}`);
  await snap(page, 'criteria-known-values-warning');
  await value.fill('Enterprise');
  await expect(inspector).not.toContainText('known values');
  await expect(problems).not.toContainText('known values');

  // By people: the person first, then their account, under two headings.
  await inspector.getByRole('combobox', { name: 'Split by' }).selectOption('people');
  expect(await groupsOf(attribute)).toEqual(['Person', 'Account']);
  await attribute.selectOption({ label: 'Job level' });
  expect(await suggestionsOf(row.getByRole('combobox', { name: 'Value of criterion 1' }))).toEqual([
    'Executive',
    'Manager',
    'Individual contributor',
  ]);
  await canvas.saved();
  await snap(page, 'criteria-split-by-people-groups');
});

test('a Gate condition in {{ }} gets one message under the field, in the Problems list and from Preview', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Gate form'), 'people');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Gate');
  await canvas.node('Gate: Gate').click();
  const condition = canvas.inspector.getByRole('textbox', {
    name: 'Condition (Liquid)',
    exact: true,
  });
  await expect(condition).toHaveAccessibleDescription(/without \{\{ \}\}/);
  const message = 'Condition: write it without {{ }}, e.g. person.leadScore > 5';
  await condition.fill('{{ person.leadScore > 5 }}');
  await expect(canvas.inspector.getByRole('alert').filter({ hasText: message })).toHaveCount(1);
  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  await expect(page.getByRole('region', { name: 'Problems list' })).toContainText(
    `Gate: ${message}`,
  );
  await canvas.inspector.getByRole('button', { name: 'Preview condition' }).click();
  await expect(canvas.inspector.getByRole('status')).toHaveText(message);
  await snap(page, 'gate-condition-braces');

  // The expression alone: no message, and Preview evaluates it.
  await condition.fill('person.leadScore > 5');
  await expect(canvas.inspector.getByRole('alert').filter({ hasText: message })).toHaveCount(0);
  await canvas.inspector.getByRole('button', { name: 'Preview condition' }).click();
  await expect(canvas.inspector.getByRole('status')).toHaveText(/^Takes the (true|false) path$/);
});

test('Settings edits an attribute’s known values, kept after a reload', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  const section = settings.section('Account attributes');
  const summary = (count: number) =>
    section.getByLabel(`${count} values: known values of Account tier`, { exact: true });
  await summary(4).click();
  await expect(
    section.getByRole('textbox', { name: 'Account tier value 1', exact: true }),
  ).toHaveValue('Strategic');
  const added = uniqueName('Key account');
  await settings.add('Account attributes', 'Account tier value', added);
  await expect(summary(5)).toBeVisible();
  await snap(page, 'settings-known-values');
  await settings.saveButton().click();
  await expect(page.getByRole('status').filter({ hasText: 'Workspace saved.' })).toBeVisible();
  await page.reload();
  await expect(summary(5)).toBeVisible();
});

/** A new account journey with a Split path selected and one criterion row added to its path. */
async function splitWithCriterion(page: Page, name: string) {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName(name), 'account');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Split path');
  await canvas.node('Split path: Split path').click();
  const inspector = canvas.inspector;
  await inspector.getByRole('button', { name: 'Add criterion' }).click();
  const row = inspector.getByRole('group', { name: 'Criterion 1' });
  const attribute = row.getByRole('combobox', { name: 'Attribute of criterion 1' });
  return { canvas, inspector, row, attribute };
}

/** The labels of a select's options, in order. */
const optionLabels = (select: Locator) =>
  select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).label));

test('the operator picker offers what the attribute’s type allows, and another attribute resets an operator that no longer fits', async ({
  page,
}) => {
  const { canvas, inspector, row, attribute } = await splitWithCriterion(page, 'Operators');
  const operator = row.getByRole('combobox', { name: 'Operator of criterion 1' });

  await attribute.selectOption({ label: 'Number of employees' });
  expect(await optionLabels(operator)).toEqual([
    'is',
    'is not',
    'is greater than',
    'is less than',
    'is empty',
    'is not empty',
  ]);
  await operator.selectOption({ label: 'is greater than' });
  await row.getByRole('textbox', { name: 'Value of criterion 1' }).fill('500');

  // Text is matched, not compared: "is greater than" is gone and the row is back on "is".
  await attribute.selectOption({ label: 'Industry' });
  expect(await optionLabels(operator)).toEqual([
    'is',
    'is not',
    'contains',
    'is empty',
    'is not empty',
  ]);
  await expect(operator).toHaveValue('equals');

  // A true/false attribute is true or false, with no value to type.
  await inspector.getByRole('combobox', { name: 'Split by' }).selectOption('people');
  await attribute.selectOption({ label: 'Subscribed to newsletter' });
  expect(await optionLabels(operator)).toEqual(['is true', 'is false', 'is empty']);
  await expect(operator).toHaveValue('isTrue');
  await expect(row.getByRole('textbox', { name: 'Value of criterion 1' })).toHaveCount(0);
  await expect(row.getByRole('combobox', { name: 'Value of criterion 1' })).toHaveCount(0);
  await canvas.saved();
  await snap(page, 'criteria-operators-by-type');
});
