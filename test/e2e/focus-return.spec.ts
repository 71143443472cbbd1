import type { Locator, Page } from '@playwright/test';
import type { Journey } from '../../shared/model';
import { expect, openApp, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { apiCall, JourneyHeaderPage, LibraryPage, withEntryAudience } from './pages/library-page';

// After every dialog and menu, focus is on its opener when that is still on the page, else on the
// screen's home (the editor's journey name, the library's heading): never on the page body.

/** Focus is on `target`, and not on the page body. */
async function expectFocusOn(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
}

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });

/** Opens a menu button's menu with the keyboard and picks `item` (arrows, then Enter). */
async function pickFromMenu(page: Page, button: Locator, item: string): Promise<void> {
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  const target = menu.getByRole('menuitem', { name: item, exact: true });
  for (let i = 0; i < 10 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** A Live account journey opened in the editor. */
async function liveJourney(page: Page, name: string): Promise<Journey> {
  await openApp(page);
  const journey = await apiCall<Journey>(page, 'journeys.create', {
    name,
    audience: 'account',
    description: '',
  });
  await withEntryAudience(page, journey);
  await apiCall(page, 'journeys.publish', { id: journey.id });
  await new CanvasPage(page).open(journey.id);
  return journey;
}

test('creating a journey, blank or from a template, leaves focus on the new journey’s name', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  const create = page.getByRole('button', { name: 'Create journey' });
  await create.focus();
  await page.keyboard.press('Enter');
  let dialog = page.getByRole('dialog', { name: 'Create journey' });
  const blank = uniqueName('Focus blank');
  await dialog.getByRole('textbox', { name: 'Name' }).fill(blank);
  await dialog.getByRole('button', { name: 'Create' }).press('Enter');
  await expectFocusOn(page, heading(page, blank));

  // Back to Journeys (the link goes with the editor): the library's heading takes focus.
  await page.getByRole('link', { name: 'Back to Journeys' }).press('Enter');
  await expectFocusOn(page, heading(page, 'Journeys'));

  await create.press('Enter');
  dialog = page.getByRole('dialog', { name: 'Create journey' });
  await dialog.getByRole('radio', { name: 'Sales handoff' }).check();
  const fromTemplate = uniqueName('Focus template');
  await dialog.getByRole('textbox', { name: 'Name' }).fill(fromTemplate);
  await dialog.getByRole('button', { name: 'Create' }).press('Enter');
  await expectFocusOn(page, heading(page, fromTemplate));

  // The navigation's Journeys link stays where it is, so it keeps focus.
  const nav = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journeys' });
  await nav.press('Enter');
  await expect(library.table()).toBeVisible();
  await expectFocusOn(page, nav);
});

test('lifecycle dialogs return focus to their opener, or to the journey name when it is gone', async ({
  page,
}) => {
  const header = new JourneyHeaderPage(page);
  const name = uniqueName('Focus live');
  await liveJourney(page, name);
  const more = header.actions().getByRole('button', { name: 'More...' });

  // Close to new entries: the journey stays open and More... is still there.
  await pickFromMenu(page, more, 'Close to new entries');
  let dialog = page.getByRole('dialog', { name: 'Close journey to new entries?' });
  await dialog.getByRole('button', { name: 'Close to new entries' }).press('Enter');
  await expect(header.status()).toHaveText('Closed to new entries');
  await expectFocusOn(page, more);

  // A cancelled dialog returns to its opener too.
  await pickFromMenu(page, more, 'Abort');
  await page.keyboard.press('Escape');
  await expectFocusOn(page, more);

  // Abort leaves no More... menu (Aborted has none): focus goes to the journey's name.
  await pickFromMenu(page, more, 'Abort');
  dialog = page.getByRole('dialog', { name: 'Abort journey?' });
  await dialog.getByRole('button', { name: 'Abort' }).press('Enter');
  await expect(header.status()).toHaveText('Aborted');
  await expectFocusOn(page, heading(page, name));

  // Duplicate and Duplicate without details open the copy, whose name takes focus.
  for (const type of ['Partial content duplication', 'Duplicate without details']) {
    await header.actions().getByRole('button', { name: 'Duplicate' }).press('Enter');
    dialog = page.getByRole('dialog', { name: 'Duplicate Journey' });
    const copy = uniqueName(`Focus ${type}`);
    await dialog.getByRole('textbox', { name: 'Name' }).fill(copy);
    await dialog.getByRole('radio', { name: new RegExp(`^${type}`) }).check();
    await dialog.getByRole('button', { name: 'Duplicate', exact: true }).press('Enter');
    await expectFocusOn(page, heading(page, copy));
    await new CanvasPage(page).open((await liveId(page, name)) ?? '');
  }
});

/** The id of the journey named `name`. */
async function liveId(page: Page, name: string): Promise<string | undefined> {
  const list = await apiCall<{ id: string; name: string }[]>(page, 'journeys.list', {});
  return list.find((j) => j.name === name)?.id;
}

test('renaming, the shortcuts dialog, Present and the library’s row menu keep focus on the page', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const name = uniqueName('Focus rename');
  await canvas.createAndOpen(name);

  // Edit name, then Save name: focus returns to Edit name.
  const edit = page.getByRole('button', { name: 'Edit name' });
  await edit.press('Enter');
  const renamed = `${name} 2`;
  await page.getByRole('textbox', { name: 'Journey name' }).fill(renamed);
  await page.getByRole('textbox', { name: 'Journey name' }).press('Enter');
  await expect(heading(page, renamed)).toBeVisible();
  await expectFocusOn(page, edit);
  // Escape cancels, and focus returns to Edit name as well.
  await edit.press('Enter');
  await page.getByRole('textbox', { name: 'Journey name' }).press('Escape');
  await expectFocusOn(page, edit);

  // The shortcuts dialog, opened from a focused node with "?", returns to the node.
  const entry = canvas.node(/^Entry:/);
  await entry.focus();
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await shortcuts.getByRole('button', { name: 'Close' }).press('Enter');
  await expectFocusOn(page, entry);

  // Escape out of Present returns to the Present button, not the journey's name (issue #19).
  const present = canvas.toolbar.getByRole('button', { name: 'Present' });
  await present.press('Enter');
  const show = page.getByRole('dialog', { name: `Presentation: ${renamed}` });
  await expect(show).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await expectFocusOn(page, present);

  // The library: Delete from a row's menu removes the row and its menu button; the heading takes focus.
  const library = new LibraryPage(page);
  await library.goto();
  await library.search(renamed);
  await pickFromMenu(page, library.rowMenuButton(renamed), 'Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete journey?' });
  await dialog.getByRole('button', { name: 'Delete' }).press('Enter');
  await expect(library.row(renamed)).toHaveCount(0);
  await expectFocusOn(page, heading(page, 'Journeys'));
});
