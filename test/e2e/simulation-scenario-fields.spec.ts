import { expect, snap, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { buyingGroupSimulation } from './template-journey';

// Issue #17: the scenario form never silently rewrites what was typed, and always shows what runs.

test('an attribute distribution typed wrong is refused naming the attribute; Run waits, the scenario is unchanged', async ({
  page,
}) => {
  const panel = await buyingGroupSimulation(new CanvasPage(page));
  const run = panel.getByRole('button', { name: 'Run simulation' });
  const picker = panel.getByRole('combobox', { name: 'Saved scenario' });
  const employees = panel.getByRole('textbox', { name: 'Account attribute employees values' });
  const jobLevel = panel.getByRole('textbox', { name: 'Person attribute jobLevel values' });
  await expect(employees).toHaveValue('~900±700');
  await expect(jobLevel).toHaveValue('Executive:1, Manager:2, Individual contributor:3');

  await employees.fill('~abc±');
  const notNormal = 'employees: "~abc±" is not a number distribution like ~900±700';
  await expect(employees).toHaveAttribute('aria-invalid', 'true');
  await expect(employees).toHaveAccessibleDescription(notNormal);
  await jobLevel.fill('Executive:-1, Manager:x');
  // Both refused weights named at once, in the same words as `journey-studio simulate`.
  const badWeight =
    'jobLevel: the weights of Executive ("-1") and Manager ("x") must be numbers, 0 or more';
  await expect(jobLevel).toHaveAccessibleDescription(badWeight);
  // What was typed stays as typed; nothing reached the scenario, so it is still the saved one.
  await expect(employees).toHaveValue('~abc±');
  await expect(jobLevel).toHaveValue('Executive:-1, Manager:x');
  const alert = panel.getByRole('alert').filter({ hasText: 'Fix the scenario before running it' });
  await expect(alert).toContainText(notNormal);
  await expect(alert).toContainText(badWeight);
  await expect(run).toBeDisabled();
  await expect(panel.getByRole('button', { name: 'Save scenario' })).toBeDisabled();
  await expect(picker).toHaveValue('FY27 target accounts');
  await jobLevel.scrollIntoViewIfNeeded();
  await snap(page, 'scenario-fields-01-bad-distribution');

  // Fixed text is taken as typed and Run comes back.
  await employees.fill('~900±600');
  await jobLevel.fill('Executive:2, Manager:1');
  await expect(alert).toBeHidden();
  await expect(employees).toHaveAttribute('aria-invalid', 'false');
  await expect(run).toBeEnabled();
});

test('re-picking the saved scenario after edits shows the saved values in every field', async ({
  page,
}) => {
  const panel = await buyingGroupSimulation(new CanvasPage(page));
  const picker = panel.getByRole('combobox', { name: 'Saved scenario' });
  const accounts = panel.getByRole('spinbutton', { name: 'Accounts' });
  const employees = panel.getByRole('textbox', { name: 'Account attribute employees values' });
  await accounts.fill('50');
  await employees.fill('~500±100');
  // Edited: the list no longer claims the saved scenario is what is shown.
  await expect(picker).toHaveValue('');
  await expect(picker.locator('option:checked')).toHaveText(
    '“FY27 target accounts”, edited (not saved)',
  );
  await picker.selectOption('FY27 target accounts');
  await expect(picker).toHaveValue('FY27 target accounts');
  await expect(accounts).toHaveValue('120');
  await expect(employees).toHaveValue('~900±700');
});

test('an account journey asks for accounts arriving per day', async ({ page }) => {
  const panel = await buyingGroupSimulation(new CanvasPage(page));
  await panel.getByRole('radio', { name: 'Arrivals per day' }).check();
  await expect(panel.getByRole('spinbutton', { name: 'Accounts arriving per day' })).toHaveValue(
    '100',
  );
  await expect(panel.getByRole('spinbutton', { name: 'Profiles arriving per day' })).toHaveCount(0);
});

test('per-node table of an account journey split by people: a note on per-path account counts and a row counting each account once', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const panel = await buyingGroupSimulation(new CanvasPage(page));
  await panel.getByRole('button', { name: 'Run simulation' }).click();
  await expect(panel.getByText('Done', { exact: true })).toBeVisible({ timeout: 90_000 });
  const table = panel.getByRole('table', { name: 'Counts per node' });
  await expect(table).toHaveAccessibleDescription(
    /an account whose people are on several paths is counted on each of those paths/,
  );
  const total = table.locator('tfoot tr');
  await expect(total.getByRole('rowheader')).toHaveText('Whole journey, each account once');
  // The template's 120 accounts all enter at the start; each ends up waiting or exited, once.
  const accountsIn = async (column: number) =>
    Number(
      ((await total.locator('td').nth(column).innerText()).split('·')[0] ?? '').replace(
        /[,\s]/g,
        '',
      ),
    );
  expect((await accountsIn(3)) + (await accountsIn(4))).toBe(120);
  await table.scrollIntoViewIfNeeded();
  await snap(page, 'scenario-fields-02-node-table-totals');
});

test('an empty scenario name is refused under the field; Run and Save wait until it has one', async ({
  page,
}) => {
  const panel = await buyingGroupSimulation(new CanvasPage(page));
  const name = panel.getByRole('textbox', { name: 'Scenario name' });
  const run = panel.getByRole('button', { name: 'Run simulation' });
  await name.fill('');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Scenario name is required');
  await expect(name).toHaveAccessibleName('Scenario name');
  await expect(run).toBeDisabled();
  await expect(panel.getByRole('button', { name: 'Save scenario' })).toBeDisabled();
  await name.fill('Q3 plan');
  await expect(name).toHaveAttribute('aria-invalid', 'false');
  await expect(run).toBeEnabled();
});

test('trying CSV import and going back to Synthetic keeps the synthetic population as it was', async ({
  page,
}) => {
  const panel = await buyingGroupSimulation(new CanvasPage(page));
  const accounts = panel.getByRole('spinbutton', { name: 'Accounts' });
  const employees = panel.getByRole('textbox', { name: 'Account attribute employees values' });
  const accountsBefore = await accounts.inputValue();
  await expect(employees).toHaveValue('~900±700');
  await panel.getByRole('radio', { name: 'CSV import' }).check();
  await expect(accounts).toHaveCount(0);
  await panel.getByRole('radio', { name: 'Synthetic' }).check();
  await expect(accounts).toHaveValue(accountsBefore);
  await expect(employees).toHaveValue('~900±700');
});

test('clicks above opens waits for a fix naming both fields; a close day past the horizon is a warning and Run stays', async ({
  page,
}) => {
  const panel = await buyingGroupSimulation(new CanvasPage(page));
  const run = panel.getByRole('button', { name: 'Run simulation' });
  // The template's scenario: 30% opened, 6% clicked, 21 days.
  await panel.getByRole('spinbutton', { name: 'Email clicked (%)' }).fill('40');
  const clicks =
    'Email clicked (40%) is more than Email opened (30%): an email cannot be clicked more often than it is opened';
  await expect(panel.getByRole('alert').filter({ hasText: clicks }).first()).toBeVisible();
  await expect(run).toBeDisabled();
  // Both fields the message names are marked and described by it.
  for (const name of ['Email opened (%)', 'Email clicked (%)']) {
    const field = panel.getByRole('spinbutton', { name });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(clicks);
  }
  await panel.getByRole('spinbutton', { name: 'Email clicked (%)' }).fill('6');
  await expect(panel.getByText(clicks)).toHaveCount(0);
  await expect(panel.getByRole('spinbutton', { name: 'Email opened (%)' })).toHaveAttribute(
    'aria-invalid',
    'false',
  );
  await expect(run).toBeEnabled();

  const close = panel.getByRole('spinbutton', { name: 'Close to new entries on day' });
  await close.fill('120');
  const warnings = panel.getByRole('status', { name: 'Lifecycle rehearsal warnings' });
  await expect(warnings).toHaveText(
    'Close to new entries on day 120 is after the last simulated day (21): the journey never closes in this run',
  );
  await expect(run).toBeEnabled();
  await warnings.scrollIntoViewIfNeeded();
  await snap(page, 'scenario-fields-02-close-after-horizon');
  // The run says it too, in words: no internal code before the message.
  await run.click();
  await expect(panel.getByText('Done', { exact: true })).toBeVisible({ timeout: 90_000 });
  const listed = panel.getByRole('list', { name: 'Simulation warnings' });
  await expect(listed).toContainText(
    'Close to new entries on day 120 is after the last simulated day (21): the journey never closes in this run',
  );
  await expect(listed).not.toContainText('_horizon');
  await panel.getByText('Scenario settings').click();
  await close.fill('21');
  await expect(warnings).toHaveCount(0);
});
