import { expect, snap, test, uniqueName } from './fixtures';
import { apiCall, withEntryAudience } from './pages/library-page';
import { SettingsPage } from './pages/settings-page';

// The demo workspace: "Target accounts FY27" (list-1) is the Entry audience of one demo journey,
// "Buying group nurture – Analytics Platform"; the other three account lists are used by none.
const USER = 'Buying group nurture – Analytics Platform';

test('deleting a list journeys use asks first and names them; focus stays in the list', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.open();
  const lists = settings.section('Account lists');
  const rows = lists.getByRole('listitem');
  const used = rows.filter({
    has: page.getByRole('button', { name: 'Remove account list Target accounts FY27' }),
  });
  // The journeys using it are text in the row (a tooltip was all there was), and describe Remove.
  await expect(used.getByText(`Used by 1 journey: ${USER}`, { exact: true })).toBeVisible();
  await expect(
    lists.getByRole('button', { name: 'Remove account list Target accounts FY27' }),
  ).toHaveAccessibleDescription(`Used by 1 journey: ${USER}`);
  await used.scrollIntoViewIfNeeded();
  await snap(page, 'settings-list-used-by');

  // Asks, naming the journey; Cancel keeps the list and gives focus back to its Remove button.
  const remove = lists.getByRole('button', { name: 'Remove account list Target accounts FY27' });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Delete account list “Target accounts FY27”?' });
  await expect(dialog).toContainText(`Used by 1 journey: ${USER}.`);
  await snap(page, 'settings-list-delete-confirm');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(rows).toHaveCount(4);
  await expect(remove).toBeFocused();

  // Confirmed: the row goes and focus moves to the row that took its place, not the page heading.
  await remove.click();
  await dialog.getByRole('button', { name: 'Delete account list' }).click();
  await expect(rows).toHaveCount(3);
  await expect(lists.getByRole('textbox', { name: 'account list 1 name' })).toHaveValue(
    'Expansion candidates',
  );
  await expect(lists.getByRole('textbox', { name: 'account list 1 name' })).toBeFocused();

  // An unused list goes without asking; removing the last row moves focus to the one before it.
  await lists.getByRole('button', { name: 'Remove account list Enterprise EMEA' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(rows).toHaveCount(2);
  await expect(lists.getByRole('textbox', { name: 'account list 2 name' })).toBeFocused();

  // With no row left, focus goes to the Add field.
  await lists
    .getByRole('button', { name: /^Remove account list / })
    .first()
    .click();
  await lists
    .getByRole('button', { name: /^Remove account list / })
    .first()
    .click();
  await expect(rows).toHaveCount(0);
  await expect(lists.getByRole('textbox', { name: 'New account list', exact: true })).toBeFocused();

  // Nothing is deleted until Save; Discard brings every list back.
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(rows).toHaveCount(4);
});

test('a list used by five journeys names three, then "and 2 more" shows the rest, from the keyboard', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.open();
  // Four more account journeys whose Entry uses "Target accounts FY27", besides the demo's one.
  const names = ['Alpha', 'Bravo', 'Charlie', 'Delta'].map((n) => uniqueName(n));
  for (const name of names) {
    const j = await apiCall<{ id: string }>(page, 'journeys.create', {
      name,
      description: '',
      audience: 'account',
    });
    await withEntryAudience(page, j);
  }
  await page.reload();
  const lists = settings.section('Account lists');
  const remove = lists.getByRole('button', { name: 'Remove account list Target accounts FY27' });
  const row = lists.getByRole('listitem').filter({
    has: page.getByRole('button', { name: 'Remove account list Target accounts FY27' }),
  });
  // Sorted by name: Alpha, Bravo, Buying group…, Charlie, Delta.
  const first3 = `Used by 5 journeys: ${names[0]}, ${names[1]}, ${USER}`;
  const more = row.getByRole('button', { name: 'and 2 more' });
  await expect(row.locator('.used-by')).toHaveText(`${first3} and 2 more`);
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await row.scrollIntoViewIfNeeded();
  await snap(page, 'settings-list-used-by-five');

  await more.focus();
  await page.keyboard.press('Enter');
  const all = `Used by 5 journeys: ${names[0]}, ${names[1]}, ${USER}, ${names[2]}, ${names[3]}`;
  const fewer = row.getByRole('button', { name: 'show fewer' });
  await expect(fewer).toBeFocused();
  await expect(fewer).toHaveAttribute('aria-expanded', 'true');
  await expect(row.locator('.used-by')).toHaveText(`${all} show fewer`);
  await expect(remove).toHaveAccessibleDescription(all);
});
