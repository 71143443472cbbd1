import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

test('a Random split: paths named Path A, B, C; percents named after their path; one message for the total; a percent outside 0–100 is kept and refused (issue #19)', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Random split names'), 'account');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Random split');
  await canvas.node('Random split: Random split').click();
  const paths = canvas.inspector;
  await expect(paths.getByRole('textbox', { name: 'Path 1 name' })).toHaveValue('Path A');
  await expect(paths.getByRole('textbox', { name: 'Path 2 name' })).toHaveValue('Path B');
  await paths.getByRole('button', { name: 'Add path' }).click();
  await expect(paths.getByRole('textbox', { name: 'Path 3 name' })).toHaveValue('Path C');
  // 50/50 was even, so the new path gets its even share: 100 in hundredths over three paths.
  const percents = paths.getByRole('spinbutton', { name: /^Percent for / });
  for (const [i, v] of ['33.33', '33.33', '33.34'].entries())
    await expect(percents.nth(i)).toHaveValue(v);
  await expect(paths.getByText('Total 100%')).toBeVisible();
  await expect(paths.getByRole('button', { name: 'Split evenly' })).toBeDisabled();

  // 60 + 33.33 + 33.34: the field and the Problems list say the same thing, in hundredths.
  await paths.getByRole('spinbutton', { name: 'Percent for Path A' }).fill('60');
  await expect(paths.getByRole('alert')).toHaveText('Paths add up to 126.67%, not 100%');
  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems list' });
  await expect(problems).toContainText('Paths add up to 126.67%, not 100%');
  await expect(problems).not.toContainText('percentages must add up to 100');

  // −5 stays in the box, refused, with the range; nothing is saved for it.
  const pathC = paths.getByRole('spinbutton', { name: 'Percent for Path C' });
  await pathC.fill('-5');
  await expect(pathC).toHaveValue('-5');
  await expect(pathC).toHaveAttribute('aria-invalid', 'true');
  await expect(pathC).toHaveAccessibleDescription('Percent for Path C must be 0–100');
  await expect(problems).toContainText('Percent for Path C must be 0–100');
  await snap(page, 'inspector-random-split-refused-percent');

  // 0% is allowed but never taken: said under that path and in the Problems list, by name.
  await pathC.fill('0');
  await expect(pathC).not.toHaveAttribute('aria-invalid', 'true');
  const never = 'Path "Path C" gets 0% and is never taken; give it a share or use Split evenly';
  await expect(pathC).toHaveAccessibleDescription(never);
  await expect(problems).toContainText(never);
  await snap(page, 'inspector-random-split-zero-path');
  // Split evenly puts every path back on an even share: no total error, no 0% warning.
  await paths.getByRole('button', { name: 'Split evenly' }).click();
  for (const [i, v] of ['33.33', '33.33', '33.34'].entries())
    await expect(percents.nth(i)).toHaveValue(v);
  await expect(paths.getByText('Total 100%')).toBeVisible();
  await expect(paths.getByRole('alert')).toHaveCount(0);
  await expect(problems).not.toContainText(never);
  await expect(canvas.node('Random split: Random split')).toContainText('33.33% / 33.33% / 33.34%');
});

test('a refused percent counts in the total and the card as the box shows it; deleting the node drops it from the Problems list (issue #19)', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Random split drafts'), 'account');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Random split');
  const card = canvas.node('Random split: Random split');
  await card.click();
  const paths = canvas.inspector;
  const pathB = paths.getByRole('spinbutton', { name: 'Percent for Path B' });
  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems list' });

  // 50 + 150 = 200, not the 50 + 15 autosave kept from the last valid prefix.
  await pathB.fill('150');
  await expect(pathB).toHaveAttribute('aria-invalid', 'true');
  await expect(paths.getByText('Paths add up to 200%, not 100%')).toBeVisible();
  await expect(problems).toContainText('Paths add up to 200%, not 100%');
  await expect(card).toContainText('50% / 150%');
  // An empty box counts as nothing: 50 + 0.
  await pathB.fill('');
  await expect(paths.getByText('Paths add up to 50%, not 100%')).toBeVisible();
  await expect(card).toContainText('50% / 0%');
  await expect(paths.getByText('Total 100%')).toHaveCount(0);

  await card.focus();
  await canvas.press('Delete');
  // Path B ends in its own Exit (a new Random split leaves no path open): it goes with the split.
  await page
    .getByRole('dialog', { name: 'Delete nodes on other paths?' })
    .getByRole('button', { name: 'Delete 2 nodes' })
    .click();
  await expect(card).toHaveCount(0);
  await expect(problems).not.toContainText('Percent for Path B');
  await expect(problems).not.toContainText('Paths add up to');
  // Left: only the blank Entry's audience, in the list and the toolbar count alike.
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(canvas.toolbar.getByRole('button', { name: 'Problems' })).toHaveText('Problems 1');
});
