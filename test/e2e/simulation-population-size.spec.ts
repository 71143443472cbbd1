import { expect, snap, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { buyingGroupSimulation } from './template-journey';

// Issue #17: accounts and people per account are checked together. Every field a problem involves
// is marked, one message beside them names the fields, Run waits, and fixing any one of them
// clears the marks at once (no stale message). The template splits accounts by people.

test('people per account: min above max, the 5,000,000-people limit and 0–0 people mark the fields they involve; a fix clears them', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const panel = await buyingGroupSimulation(canvas);
  const run = panel.getByRole('button', { name: 'Run simulation' });
  const accounts = panel.getByRole('spinbutton', { name: 'Accounts' });
  const min = panel.getByRole('spinbutton', { name: 'People per account, min' });
  const max = panel.getByRole('spinbutton', { name: 'People per account, max' });
  const alert = panel.getByRole('alert').filter({ hasText: 'Fix the scenario before running it' });
  const marked = async (fields: (typeof min)[], not: (typeof min)[]) => {
    for (const f of fields) await expect(f).toHaveAttribute('aria-invalid', 'true');
    for (const f of not) await expect(f).toHaveAttribute('aria-invalid', 'false');
  };

  await accounts.fill('2000');
  await max.fill('6');
  await min.fill('2');
  await marked([], [accounts, min, max]);
  await expect(run).toBeEnabled();

  // Min above max: both people fields marked; the message follows edits of either field.
  await min.fill('9');
  const above = (a: number, b: number) =>
    `People per account, min (${a}) is more than People per account, max (${b})`;
  await marked([min, max], [accounts]);
  await expect(min).toHaveAccessibleDescription(above(9, 6));
  await expect(max).toHaveAccessibleDescription(above(9, 6));
  await expect(alert).toContainText(above(9, 6));
  await expect(run).toBeDisabled();
  await max.fill('7');
  await expect(max).toHaveAccessibleDescription(above(9, 7));
  await min.fill('8');
  await expect(min).toHaveAccessibleDescription(above(8, 7));
  // The message stands beside the fields, in the form, as well as in the list above Run.
  const form = panel.getByRole('form', { name: 'Scenario' });
  await expect(form.getByText(above(8, 7), { exact: true })).toBeVisible();
  await snap(page, 'simulation-26-min-above-max');
  // Fixed by lowering the min: nothing stays marked, nothing stale is said.
  await min.fill('3');
  await marked([], [accounts, min, max]);
  await expect(panel.getByText(/is more than People per account, max/)).toHaveCount(0);
  await expect(alert).toHaveCount(0);
  await expect(run).toBeEnabled();

  // Accounts × max over 5,000,000 people: 2,000 × 3,000 = 6,000,000 names both fields and the limit.
  await max.fill('3000');
  const limit = (a: string, m: string, p: string) =>
    `Accounts × People per account, max would be ${a} × ${m} = ${p} people; at most 5,000,000 can be simulated`;
  await marked([accounts, max], [min]);
  await expect(accounts).toHaveAccessibleDescription(limit('2,000', '3,000', '6,000,000'));
  await expect(max).toHaveAccessibleDescription(limit('2,000', '3,000', '6,000,000'));
  await expect(alert).toContainText(limit('2,000', '3,000', '6,000,000'));
  await expect(run).toBeDisabled();
  await snap(page, 'simulation-27-people-limit');
  // Fewer accounts fit (1,000 × 3,000 = 3,000,000): the max is taken with them.
  await accounts.fill('1000');
  await marked([], [accounts, min, max]);
  await expect(alert).toHaveCount(0);
  await expect(run).toBeEnabled();
  // More accounts overshoot again through the accounts field alone.
  await accounts.fill('2500');
  await expect(accounts).toHaveAccessibleDescription(limit('2,500', '3,000', '7,500,000'));
  await marked([accounts, max], [min]);
  await accounts.fill('1000');
  await max.fill('4');
  // A field's own message describes it and is not part of its name (read once, not twice).
  await accounts.fill('0');
  await expect(accounts).toHaveAccessibleDescription(/must be at least 1/);
  await expect(accounts).toHaveAccessibleName('Accounts');
  await accounts.fill('1000');

  // 0–0 people per account while "Who is it?" splits accounts by people: both people fields.
  await min.fill('0');
  await max.fill('0');
  const nobody =
    'People per account, max is 0, but the journey splits accounts by people: give each account at least one person';
  await marked([min, max], [accounts]);
  await expect(max).toHaveAccessibleDescription(nobody);
  await expect(alert).toContainText(nobody);
  await expect(run).toBeDisabled();
  await snap(page, 'simulation-28-no-people');
  await max.fill('1');
  await marked([], [accounts, min, max]);
  await expect(run).toBeEnabled();

  // Nothing refused reached the scenario: the run simulates the fitting figures, 1,000 × 0–1.
  await run.click();
  await expect(panel.getByText('Done', { exact: true })).toBeVisible({ timeout: 90_000 });
  const table = panel.getByRole('table', { name: 'Counts per node' });
  await expect(
    table.getByRole('row').filter({ hasText: 'Target accounts FY27' }).locator('td.num').first(),
  ).toHaveText(/^1,000 · /);
});
