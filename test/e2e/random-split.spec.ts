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
  await expect(paths.getByText('Total 100%')).toBeVisible();

  // 60 + 50 + 0 = 110: the field and the Problems list say the same thing.
  await paths.getByRole('spinbutton', { name: 'Percent for Path A' }).fill('60');
  await expect(paths.getByRole('alert')).toHaveText('Paths add up to 110%, not 100%');
  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems list' });
  await expect(problems).toContainText('Paths add up to 110%, not 100%');
  await expect(problems).not.toContainText('percentages must add up to 100');

  // −5 stays in the box, refused, with the range; nothing is saved for it.
  const pathC = paths.getByRole('spinbutton', { name: 'Percent for Path C' });
  await pathC.fill('-5');
  await expect(pathC).toHaveValue('-5');
  await expect(pathC).toHaveAttribute('aria-invalid', 'true');
  await expect(pathC).toHaveAccessibleDescription('Percent for Path C must be 0–100');
  await expect(problems).toContainText('Percent for Path C must be 0–100');
  await snap(page, 'inspector-random-split-refused-percent');
  await pathC.fill('0');
  await paths.getByRole('spinbutton', { name: 'Percent for Path A' }).fill('50');
  await expect(pathC).not.toHaveAttribute('aria-invalid', 'true');
  await expect(paths.getByText('Total 100%')).toBeVisible();
  await expect(paths.getByRole('alert')).toHaveCount(0);
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
  await expect(card).toHaveCount(0);
  await expect(problems).not.toContainText('Percent for Path B');
  await expect(problems).not.toContainText('Paths add up to');
  // Left: only the blank Entry's audience, in the list and the toolbar count alike.
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(canvas.toolbar.getByRole('button', { name: 'Problems' })).toHaveText('Problems 1');
});
