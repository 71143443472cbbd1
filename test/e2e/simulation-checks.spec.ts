import { expect, snap, test, uniqueName } from './fixtures';
import { ISSUE17_CSV } from '../unit/helpers/issue17-csv';
import { CanvasPage } from './pages/canvas-page';
import { buyingGroupSimulation, fromTemplate } from './template-journey';

// Issue 17 follow-ups: the editor closes a split by people with Merge paths; results in journey
// order with named units; accounts without people; the scenario form and CSV import refuse bad input.

const count = (text: string) => Number(text.replace(/[^\d]/g, ''));

test('choosing Split by People adds the Merge paths node, connected; one undo takes it away', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Split by people'), 'account');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Split path');
  await expect(canvas.node('Split path: Split path')).toBeVisible();
  await expect(canvas.map.getByRole('group', { name: 'Exit: Exit' })).toHaveCount(2);
  await canvas.node('Split path: Split path').click();
  const splitBy = canvas.inspector.getByRole('combobox', { name: 'Split by' });
  await splitBy.selectOption('people');

  // Both paths (Path 1 and Other) now lead into Merge paths, which leads on to the one Exit.
  await expect(canvas.node('Merge paths: Merge paths')).toBeVisible();
  await expect(canvas.map.getByRole('group', { name: 'Exit: Exit' })).toHaveCount(1);
  await expect(canvas.plus('Add node between Split path (Path 1) and Merge paths')).toBeVisible();
  await expect(canvas.plus('Add node between Split path (Other) and Merge paths')).toBeVisible();
  await expect(canvas.plus('Add node between Merge paths and Exit')).toBeVisible();
  // Laid out without overlap: no two node cards intersect.
  const boxes = await canvas.map
    .locator('.react-flow__node')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const apart =
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `nodes ${i} and ${j} overlap`).toBe(true);
    }
  await canvas.saved();
  await snap(page, 'split-by-people-merge');

  // One undo: split by accounts again, no merge, the Other path's Exit is back.
  await canvas.map.click({ position: { x: 5, y: 5 } });
  await canvas.press('Control+z');
  await expect(canvas.node('Merge paths: Merge paths')).toHaveCount(0);
  await expect(canvas.map.getByRole('group', { name: 'Exit: Exit' })).toHaveCount(2);
  await canvas.node('Split path: Split path').click();
  await expect(splitBy).toHaveValue('accounts');
});

test('buying group template: "Enterprise account?" by People gets no half merge, and the problems say where each path ends', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await fromTemplate(canvas, 'Account-based buying group journey');
  await expect(canvas.node('Merge paths: Merge paths')).toHaveCount(1);
  // The split is below the first view: fit the journey, then pick it.
  await canvas.toolbar.getByRole('button', { name: 'Zoom to fit' }).click();
  await canvas.node('Split path: Enterprise account?').click();
  await canvas.inspector.getByRole('combobox', { name: 'Split by' }).selectOption('people');
  await canvas.saved();
  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const list = page.getByRole('region', { name: 'Problems list' });
  await expect(list).toContainText(
    'Add to expansion list: An account action is not allowed on path "Other" of the split by people "Enterprise account?"',
  );
  await expect(list).toContainText(
    'path "Enterprise" ends at "With sales" and path "Other" ends at "Expansion later" without reaching a Merge paths node; add a Merge paths node where its paths meet again',
  );
  // Its paths hold account steps and end at two different Exits: a merge on one path would not
  // close the split, so none was added.
  await expect(canvas.node('Merge paths: Merge paths')).toHaveCount(1);
  await snap(page, 'split-by-people-template-problems');
});

test('buying group results: journey order, account notifications apart, days from 1 with units, accounts without people named', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const canvas = new CanvasPage(page);
  const panel = await buyingGroupSimulation(canvas);
  // 0 to 6 people per account: some accounts have nobody for "Who is it?" to divide.
  await panel.getByRole('spinbutton', { name: 'Accounts' }).fill('300');
  await panel.getByRole('spinbutton', { name: 'People per account, min' }).fill('0');
  await panel.getByRole('button', { name: 'Run simulation' }).click();
  await expect(panel.getByText('Done', { exact: true })).toBeVisible({ timeout: 60_000 });

  // Per-step table in journey order: each path of "Who is it?" (Executives, then Other) before the
  // Merge paths that joins them, then on down the journey.
  const table = panel.getByRole('table', { name: 'Counts per node' });
  const names = await table.locator('tbody th[scope="row"]').allInnerTexts();
  expect(names.map((n) => n.replace(/ · acts on people$/, ''))).toEqual([
    'Target accounts FY27',
    'Move to Interest stage',
    'Who is it?',
    'Assign decision makers',
    'Send case study',
    'Assign influencers',
    'Retarget on LinkedIn',
    'Merge paths',
    'Wait 7 days',
    'Log engagement milestone',
    'Enterprise account?',
    'Alert the account owner',
    'Set buying group status',
    'With sales',
    'Add to expansion list',
    'Expansion later',
  ]);

  // Send Sales Alert: one per account that reached "Alert the account owner", in accounts.
  const alertRow = table.getByRole('row').filter({ hasText: 'Alert the account owner' });
  const alertAccounts = count((await alertRow.locator('td.num').first().innerText()).split('·')[0]);
  expect(alertAccounts).toBeGreaterThan(0);
  const messages = panel.getByRole('table', { name: 'Messages per channel' });
  await expect(
    messages
      .getByRole('row', { name: /Send Sales Alert \(account notification, one per account\)/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(`${alertAccounts.toLocaleString('en-US')} accounts`);
  // Sent, opened and clicked all name their unit.
  const emailCells = messages.getByRole('row', { name: /^Email \(to people\)/ }).getByRole('cell');
  await expect(emailCells).toHaveText([/^[\d,]+ people?$/, /^[\d,]+ people?$/, /^[\d,]+ people?$/]);

  // Accounts without people end at the split under their own reason, counted and warned about.
  const exits = panel.getByRole('table', { name: 'Exits by reason' });
  const noPeople = await exits
    .getByRole('row', { name: /No people at a split by people/ })
    .getByRole('cell')
    .innerText();
  expect(noPeople).toMatch(/^[1-9][\d,]* accounts? · 0 people$/);
  const n = noPeople.split(' ')[0];
  await expect(panel.getByRole('list', { name: 'Simulation warnings' })).toContainText(
    `Who is it?: ${n} accounts had no people when they reached the split by people`,
  );
  const who = canvas.map
    .locator('.react-flow__node')
    .filter({ has: page.locator('.jnode-name').getByText('Who is it?', { exact: true }) });
  await expect(who.getByTestId('sim-count')).toContainText(
    `No people to split: ${n} accounts ended here`,
  );

  // Over time: days numbered from 1 like the replay, axes named with the unit.
  const chart = panel.getByRole('figure', {
    name: 'Entered per virtual day (accounts), nodes picked',
  });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.getByText('Virtual day', { exact: true })).toBeVisible();
  await expect(chart.getByText('Entered (accounts)', { exact: true })).toBeVisible();
  // The x axis's tick labels (SVG text), the axis title left out.
  const ticks = (
    await chart
      .locator('.recharts-xAxis-tick-labels text')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''))
  ).filter((t) => /^\d+$/.test(t));
  expect(ticks[0]).toBe('1');
  expect(Number(ticks[ticks.length - 1])).toBeLessThanOrEqual(21);
  // Evenly spaced (not 1–9 then 11, 13…), and straight segments between whole days, no curves.
  const gaps = ticks.slice(1).map((t, i) => Number(t) - Number(ticks[i]));
  expect(new Set(gaps).size, ticks.join(' ')).toBe(1);
  const curves = await chart
    .locator('.recharts-line path.recharts-curve')
    .evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''));
  for (const d of curves) expect(d).not.toMatch(/C/);
  await expect(panel.getByTestId('replay-day')).toHaveText('Day 21 of 21');
  // Six of the busiest steps by default, busiest days spread (the day-8 steps too, not only day 1's),
  // listed in the legend in the order the journey reads, as the lines are drawn.
  const legend = chart.locator('.recharts-legend-item-text');
  await expect(legend).toHaveCount(6);
  await expect(legend.getByText('Log engagement milestone', { exact: true })).toBeVisible();
  // The picker: every step (Entry left out) as a checkbox; unticking one drops its line.
  await chart.getByText('Nodes on the chart (6)').click();
  const picker = chart.getByRole('group', { name: 'Show these nodes on the Over time chart' });
  const milestone = picker.getByRole('checkbox', { name: 'Log engagement milestone' });
  await expect(milestone).toBeChecked();
  await milestone.uncheck();
  await expect(legend).toHaveCount(5);
  await expect(legend.getByText('Log engagement milestone', { exact: true })).toHaveCount(0);
  await milestone.check();
  await expect(legend).toHaveCount(6);
  await chart.getByText('Nodes on the chart (6)').click();
  const lines = await chart
    .locator('.recharts-line path.recharts-curve')
    .evaluateAll((els) => els.map((e) => e.getAttribute('stroke')));
  const swatches = await chart
    .locator('.recharts-legend-item path, .recharts-legend-item line')
    .evaluateAll((els) => els.map((e) => e.getAttribute('stroke') ?? e.getAttribute('fill')));
  expect(lines).toHaveLength(6);
  expect(swatches.filter(Boolean)).toEqual(lines);
  await snap(page, 'simulation-20-over-time-units');
  await panel.getByRole('table', { name: 'Exits by reason' }).scrollIntoViewIfNeeded();
  await snap(page, 'simulation-21-exits-messages');

  // The action log names lists and audiences by their names, each count with its unit.
  const log = panel.getByRole('table', { name: 'Action log' });
  await log.scrollIntoViewIfNeeded();
  const influencers = log.getByRole('row', { name: /LinkedIn retargeting – influencers/ });
  await expect(influencers.getByRole('cell').last()).toHaveText(/^[\d,]+ people$/);
  await expect(log.getByRole('row', { name: /decision makers/ })).toHaveCount(0);
  await expect(log).not.toContainText(/aud-\d|list-\d/);
  await snap(page, 'simulation-25-action-log');
});

test('the scenario form refuses bad numbers and a bad CSV re-import keeps the population in use', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const panel = await buyingGroupSimulation(canvas);
  const run = panel.getByRole('button', { name: 'Run simulation' });
  const save = panel.getByRole('button', { name: 'Save scenario' });
  const horizon = panel.getByRole('spinbutton', { name: 'Horizon (virtual days)' });
  const seed = panel.getByRole('spinbutton', { name: 'Seed' });
  const accounts = panel.getByRole('spinbutton', { name: 'Accounts' });

  await horizon.fill('-5');
  await seed.fill('2.5');
  await accounts.fill('');
  for (const field of [horizon, seed, accounts])
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(horizon).toHaveAccessibleDescription('Horizon (virtual days): must be at least 1');
  await expect(seed).toHaveAccessibleDescription('Seed: must be a whole number');
  await expect(accounts).toHaveAccessibleDescription('Accounts: enter a number');
  const alert = panel.getByRole('alert').filter({ hasText: 'Fix the scenario before running it' });
  await expect(alert).toContainText('Horizon (virtual days): must be at least 1');
  await expect(alert).toContainText('Seed: must be a whole number');
  await expect(alert).toContainText('Accounts: enter a number');
  await expect(run).toBeDisabled();
  await expect(save).toBeDisabled();
  await snap(page, 'simulation-22-invalid-numbers');

  // Issue #17: 0 accounts is refused; a min above the max quotes the max in use now.
  await accounts.fill('0');
  await expect(accounts).toHaveAccessibleDescription('Accounts: must be at least 1');
  const min = panel.getByRole('spinbutton', { name: 'People per account, min' });
  const max = panel.getByRole('spinbutton', { name: 'People per account, max' });
  await max.fill('6');
  await min.fill('9');
  await expect(min).toHaveAccessibleDescription(
    'People per account, min (9) is more than People per account, max (6)',
  );
  await max.fill('3');
  await expect(min).toHaveAccessibleDescription(
    'People per account, min (9) is more than People per account, max (3)',
  );
  await snap(page, 'simulation-22b-min-above-max');
  await max.fill('12');
  await expect(min).toHaveAttribute('aria-invalid', 'false');
  await expect(min).toHaveValue('9');

  // Fixed: marks and the alert go, Run is offered again.
  await horizon.fill('30');
  await seed.fill('3');
  await accounts.fill('150');
  for (const field of [horizon, seed, accounts])
    await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(alert).toHaveCount(0);
  await expect(run).toBeEnabled();
  // The people ceiling (5,000,000) marks both fields whose product overshoots it.
  await max.fill('100000');
  await expect(max).toHaveAccessibleDescription(
    'Accounts × People per account, max would be 150 × 100,000 = 15,000,000 people; at most 5,000,000 can be simulated',
  );
  await expect(accounts).toHaveAttribute('aria-invalid', 'true');
  await expect(run).toBeDisabled();
  await max.fill('12');
  await expect(max).toHaveAttribute('aria-invalid', 'false');
  await expect(alert).toHaveCount(0);
  await expect(run).toBeEnabled();
  // Lifecycle days count from 1 and take effect when the day starts, as the help text says.
  const close = panel.getByRole('spinbutton', { name: 'Close to new entries on day' });
  await close.fill('0');
  await expect(close).toHaveAccessibleDescription(
    'Close to new entries on day: must be at least 1',
  );
  const help = panel.getByText(
    /closed to new entries on day 4 admits the arrivals of days 1–3 only/,
  );
  await help.scrollIntoViewIfNeeded();
  await expect(help).toBeVisible();
  await snap(page, 'simulation-22c-lifecycle-days');
  await close.fill('');
  await expect(close).toHaveAttribute('aria-invalid', 'false');
  await expect(run).toBeEnabled();
  // Nothing was saved on the way: the stored scenario keeps the template's figures.
  const id = page.url().split('/journeys/')[1];
  const saved = await canvas.call<Array<{ name: string; horizonDays: number; seed: number }>>(
    'scenarios.list',
    { journeyId: decodeURIComponent(id) },
  );
  expect(saved.find((s) => s.name === 'FY27 target accounts')).toMatchObject({
    horizonDays: 21,
    seed: 27,
  });

  // CSV: a clean import is in use; a bad re-import is refused, names the row and column, keeps it.
  await panel.getByRole('radio', { name: 'CSV import' }).check();
  const csv = panel.getByRole('textbox', { name: 'CSV text' });
  const inUse = panel.getByTestId('population-in-use');
  await csv.fill('acct,score,employees,Job level\nA,1,120,Executive\nA,2,120,Manager\nB,3,4000,\n');
  // Each column's default is guessed: workspace attributes keep their scope and type, others are
  // typed by their values.
  const mapped = (name: string) =>
    Promise.all(
      ['Attribute for', 'Type of', 'Scope of'].map((what) =>
        panel
          .getByRole(what === 'Attribute for' ? 'textbox' : 'combobox', { name: `${what} ${name}` })
          .inputValue(),
      ),
    );
  expect(await mapped('acct')).toEqual(['acct', 'text', 'person']);
  expect(await mapped('score')).toEqual(['score', 'number', 'person']);
  expect(await mapped('employees')).toEqual(['employees', 'number', 'account']);
  expect(await mapped('Job level')).toEqual(['jobLevel', 'text', 'person']);
  await panel.getByRole('combobox', { name: 'Account key column' }).selectOption('acct');
  await panel.getByRole('button', { name: 'Check and import CSV' }).click();
  await expect(inUse).toHaveText('In use: 3 imported rows, grouped into accounts by acct.');

  await csv.fill('acct,score\nA,1\nB,lots\nC,4\n');
  await panel.getByRole('combobox', { name: 'Account key column' }).selectOption('acct');
  await panel.getByRole('combobox', { name: 'Type of score' }).selectOption('number');
  await panel.getByRole('button', { name: 'Check and import CSV' }).click();
  const refused = panel.getByTestId('csv-import-error');
  await expect(refused).toContainText('Import refused. Row 3, column “score”:');
  await expect(refused).toContainText(
    'Nothing was imported; the population in use is unchanged: 3 imported rows, grouped into accounts by acct.',
  );
  await expect(inUse).toHaveText('In use: 3 imported rows, grouped into accounts by acct.');
  await snap(page, 'simulation-23-csv-refused');

  // Issue #17: account_id (repeating) is guessed as the Account key column; a row without it and
  // a row with an empty Required cell are bad rows. Rows 2, 3 and 7 are clean; 4 has "abc" as
  // employees (a workspace Number attribute), 5 too few fields, 6 no account_id, 8 no email.
  await csv.fill(ISSUE17_CSV);
  await expect(panel.getByRole('combobox', { name: 'Account key column' })).toHaveValue(
    'account_id',
  );
  await expect(panel.getByRole('combobox', { name: 'Scope of account_id' })).toHaveValue('account');
  await panel.getByRole('checkbox', { name: 'email is required' }).check();
  await panel.getByRole('checkbox', { name: 'Exclude bad rows' }).check();
  await panel.getByRole('button', { name: 'Check and import CSV' }).click();
  const rowsOf = (column: string) =>
    panel.getByRole('table', { name: 'CSV errors' }).getByRole('row').filter({ hasText: column });
  await expect(rowsOf('account_id is the account key but empty')).toHaveText(/^6\s*account_id/);
  // Row 5 (too few fields) has no email either.
  await expect(rowsOf('email is required but empty')).toHaveText([/^5\s*email/, /^8\s*email/]);
  await expect(inUse).toHaveText('In use: 3 imported rows, grouped into accounts by account_id.');
  await snap(page, 'simulation-24-csv-bad-rows');
});
