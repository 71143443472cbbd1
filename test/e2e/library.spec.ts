import type { Page } from '@playwright/test';
import type { Journey, JourneyNode, JourneySummary } from '../../shared/model';
import { expect, openApp, snap, test, uniqueName } from './fixtures';
import { apiCall, JourneyHeaderPage, LibraryPage, withEntryAudience } from './pages/library-page';

type ActionNode = Extract<JourneyNode, { type: 'action' }>;
const node = (j: Journey, id: string) => j.nodes.find((n) => n.id === id) as JourneyNode;

/**
 * A people journey built from the demo "Trial onboarding": authored email + SMS content, a
 * Marketo Engage email, a 2-week Wait, a Wait for event — enough to see what each duplicate keeps.
 */
async function richDraft(page: Page, name: string): Promise<Journey> {
  const list = await apiCall<JourneySummary[]>(page, 'journeys.list', {});
  const trialId = list.find((j) => j.name === 'Trial onboarding')?.id;
  const trial = await apiCall<Journey>(page, 'journeys.get', { id: trialId });
  const created = await apiCall<Journey>(page, 'journeys.create', {
    name,
    audience: 'people',
    description: 'Lifecycle walk',
  });
  const nodes: JourneyNode[] = trial.nodes.map((n) =>
    n.id === 'tag' && n.type === 'action'
      ? {
          ...n,
          name: 'Send Marketo tips',
          settings: {
            ...n.settings,
            actionId: 'send-email',
            params: { source: 'marketo', marketoWorkspaceId: 'mw-1', emailId: 'mw1-email-2' },
          },
        }
      : n,
  );
  nodes.push({
    id: 'wait',
    type: 'wait',
    name: 'Wait 2 weeks',
    position: { x: 520, y: 150 },
    settings: { mode: 'duration', duration: { amount: 2, unit: 'weeks' } },
  });
  const edges = trial.edges
    .filter((e) => !(e.source === 'welcome' && e.target === 'activated'))
    .concat([
      { id: 'welcome-wait', source: 'welcome', sourceHandle: 'out', target: 'wait' },
      { id: 'wait-activated', source: 'wait', sourceHandle: 'out', target: 'activated' },
    ]);
  const body = { description: 'Lifecycle walk', nodes, edges, content: trial.content };
  const saved = await apiCall<Journey>(page, 'journeys.save', {
    id: created.id,
    baseRevision: created.revision,
    body,
  });
  const { problems } = await apiCall<{ problems: { severity: string; message: string }[] }>(
    page,
    'journeys.publishCheck',
    { id: saved.id },
  );
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return saved;
}

test('walks one journey Draft -> Live -> Closed to new entries -> Aborted -> Duplicate (both types) -> Delete', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const header = new JourneyHeaderPage(page);
  await library.goto();
  const name = uniqueName('Lifecycle walk');
  const draft = await richDraft(page, name);
  await page.reload();
  await expect(library.table()).toBeVisible();

  await library.search(name);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await expect(header.status()).toHaveText('Draft');
  await expect(header.actions().getByRole('button', { name: 'Publish' })).toBeVisible();
  expect(await header.moreItems()).toEqual(['Duplicate', 'Delete']);

  // More... is keyboard usable: open with the keyboard, arrows move, Escape closes and returns focus.
  const more = header.actions().getByRole('button', { name: 'More...' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Duplicate' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(more).toBeFocused();

  // Edit name: validated inline (required, unique), then saved.
  await page.getByRole('button', { name: 'Edit name' }).click();
  const nameBox = page.getByRole('textbox', { name: 'Journey name' });
  await nameBox.fill('   ');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('alert')).toHaveText('Name is required');
  await nameBox.fill('Trial onboarding');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('alert')).toContainText('already exists');
  const renamed = `${name} renamed`;
  await nameBox.fill(renamed);
  await nameBox.press('Enter');
  await expect(page.getByRole('heading', { name: renamed, exact: true })).toBeVisible();

  // Publish -> Live.
  await header.actions().getByRole('button', { name: 'Publish' }).click();
  const publish = page.getByRole('dialog', { name: 'Publish journey' });
  await expect(publish.getByText('will go Live')).toBeVisible();
  await snap(page, 'library-publish-dialog');
  await publish.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(header.status()).toHaveText('Live');
  await expect(header.actions().getByRole('button', { name: 'Publish' })).toHaveCount(0);
  // Seed 002: a Live journey "is no longer editable", its name included. Edit name stays
  // reachable, says why, and opens no field; core refuses the same rename over the WebSocket.
  const editName = page.getByRole('button', { name: 'Edit name' });
  await expect(editName).toHaveAttribute('aria-disabled', 'true');
  await expect(editName).toHaveAccessibleDescription(
    'The name of a Live journey is not editable; only a Draft can be renamed. Create a new version to rename it.',
  );
  // Focusable (the keyboard reaches the reason), but Enter or a click opens nothing.
  await editName.focus();
  await page.keyboard.press('Enter');
  await editName.click({ force: true });
  await expect(page.getByRole('textbox', { name: 'Journey name' })).toHaveCount(0);
  await expect(
    apiCall(page, 'journeys.rename', { id: draft.id, name: `${renamed} again` }),
  ).rejects.toThrow(`journeys.rename: name: cannot rename "${renamed}".`);
  await expect(page.getByRole('heading', { name: renamed, exact: true })).toBeVisible();
  // Seed 002's Live actions first in its order; then, after a separator, the app's own, each
  // saying what it does.
  expect(await header.moreItems()).toEqual([
    'Close to new entries',
    'Abort',
    'Create new version',
    'Finish',
  ]);
  await header.actions().getByRole('button', { name: 'More...' }).click();
  const liveMenu = page.getByRole('menu', { name: 'More...' });
  await expect(liveMenu.getByRole('separator')).toHaveCount(1);
  await expect(
    liveMenu.getByRole('menuitem', { name: 'Finish', exact: true }),
  ).toHaveAccessibleDescription(
    'Mark that every person has completed the journey; in Journey Optimizer B2B this happens by itself.',
  );
  await expect(
    liveMenu.getByRole('menuitem', { name: 'Create new version', exact: true }),
  ).toHaveAccessibleDescription(
    'A Draft copy to change; publishing it closes this version to new entries.',
  );
  // The separator sits between Abort (the seed's last) and Create new version (the app's first).
  expect(
    await liveMenu
      .locator('li')
      .evaluateAll((lis) =>
        lis.map((li) =>
          li.getAttribute('role') === 'separator'
            ? '—'
            : li.querySelector('.menu-label')?.textContent,
        ),
      ),
  ).toEqual(['Close to new entries', 'Abort', '—', 'Create new version', 'Finish']);
  await snap(page, 'library-journey-live-more');
  await page.keyboard.press('Escape');
  await snap(page, 'library-journey-live');

  // Close to new entries, then Abort, each confirmed by a button carrying the action's name.
  await header.more('Close to new entries');
  await snap(page, 'library-confirm-close');
  await header.confirm('Close to new entries');
  await expect(header.status()).toHaveText('Closed to new entries');
  await header.more('Abort');
  await header.confirm('Abort');
  await expect(header.status()).toHaveText('Aborted');
  await expect(header.actions().getByRole('button', { name: 'More...' })).toHaveCount(0);
  await expect(header.actions().getByRole('button', { name: 'Delete' })).toBeVisible();

  // History: who, when, from, to.
  await header.actions().getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('region', { name: 'History' });
  for (const [action, from, to] of [
    ['Publish', 'Draft', 'Live'],
    ['Close to new entries', 'Live', 'Closed to new entries'],
    ['Abort', 'Closed to new entries', 'Aborted'],
  ]) {
    await expect(
      history
        .getByRole('row')
        .filter({ hasText: action })
        .filter({ hasText: from })
        .filter({ hasText: to }),
    ).toHaveCount(1);
  }
  await snap(page, 'library-history-panel');
  await header.actions().getByRole('button', { name: 'History' }).click();

  // Duplicate, Partial content duplication: no authored content; Marketo references intact.
  await header.actions().getByRole('button', { name: 'Duplicate' }).click();
  const dupDialog = page.getByRole('dialog', { name: 'Duplicate Journey' });
  await expect(dupDialog.getByRole('textbox', { name: 'Name' })).toHaveValue(`${renamed}_copy`);
  await expect(dupDialog.getByRole('textbox', { name: 'Description' })).toHaveValue(
    'Lifecycle walk',
  );
  await snap(page, 'library-duplicate-dialog');
  await header.duplicate(`${renamed}_copy`, 'Partial content duplication');
  await expect(header.status()).toHaveText('Draft');
  const partialId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
  const partial = await apiCall<Journey>(page, 'journeys.get', { id: partialId });
  expect(partial.content).toEqual([]);
  expect((node(partial, 'welcome') as ActionNode).settings.params).toEqual({ source: 'new' });
  expect((node(partial, 'tag') as ActionNode).settings.params).toEqual({
    source: 'marketo',
    marketoWorkspaceId: 'mw-1',
    emailId: 'mw1-email-2',
  });
  expect(node(partial, 'wait')).toMatchObject({
    settings: { duration: { amount: 2, unit: 'weeks' } },
  });
  expect(node(partial, 'activated')).toMatchObject({
    settings: { eventName: 'Product activated' },
  });

  // Duplicate without details: structure only, every Wait back to 5 days.
  await openApp(page, `#/journeys/${draft.id}`);
  await expect(header.status()).toHaveText('Aborted');
  await header.actions().getByRole('button', { name: 'Duplicate' }).click();
  await header.duplicate(`${renamed} skeleton`, 'Duplicate without details');
  const skeletonId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
  const skeleton = await apiCall<Journey>(page, 'journeys.get', { id: skeletonId });
  expect(skeleton.nodes.map((n) => n.id)).toEqual(draft.nodes.map((n) => n.id));
  expect(skeleton.edges).toEqual(draft.edges);
  expect(skeleton.content).toEqual([]);
  expect(node(skeleton, 'wait')).toMatchObject({
    settings: { mode: 'duration', duration: { amount: 5, unit: 'days' } },
  });
  expect(node(skeleton, 'tag')).toMatchObject({
    settings: { actionId: null, params: {}, applyTo: { mode: 'all' } },
  });
  expect(node(skeleton, 'activated')).toMatchObject({ settings: { eventName: '' } });
  await snap(page, 'library-duplicate-skeleton');

  // Delete the aborted journey: permanent; back on the library it is gone.
  await openApp(page, `#/journeys/${draft.id}`);
  await header.actions().getByRole('button', { name: 'Delete' }).click();
  await snap(page, 'library-confirm-delete');
  await header.confirm('Delete');
  await expect(library.table()).toBeVisible();
  await library.search(renamed);
  await expect(library.row(`${renamed}_copy`)).toHaveCount(1);
  await expect(library.row(renamed)).toHaveCount(0);
});

test('search, sort by Status, filters, row menus and Customize table (remembered after reload)', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  // Wide enough for every column of its own (narrower, the "by" columns fold under their dates).
  await page.setViewportSize({ width: 1920, height: 1000 });
  await library.goto();
  const prefix = uniqueName('Sortable');
  const a = await apiCall<Journey>(page, 'journeys.create', {
    name: `${prefix} A`,
    audience: 'account',
    description: 'first',
  });
  const b = await apiCall<Journey>(page, 'journeys.create', {
    name: `${prefix} B`,
    audience: 'account',
    description: 'second',
  });
  await withEntryAudience(page, b);
  await apiCall(page, 'journeys.publish', { id: b.id });
  await page.reload();
  await expect(library.table()).toBeVisible();

  await library.search(prefix);
  await expect.poll(() => library.names()).toEqual([`${prefix} B`, `${prefix} A`]); // newest update first
  await library.sortBy('Status');
  await expect(library.columnHeader('Status')).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => library.names()).toEqual([a.name, b.name]); // Draft before Live
  await library.sortBy('Status');
  await expect(library.columnHeader('Status')).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => library.names()).toEqual([b.name, a.name]);
  await library.sortBy('Name');
  await expect.poll(() => library.names()).toEqual([a.name, b.name]);
  await snap(page, 'library-search-sorted');

  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('Live');
  await expect.poll(() => library.names()).toEqual([b.name]);
  // Seed 002 calls the list "Account journeys": the Type filter and the title say which are shown.
  const typeFilter = page.getByRole('combobox', { name: 'Filter by type' });
  await typeFilter.selectOption({ label: 'Account journeys' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Account journeys');
  await expect.poll(() => library.names()).toEqual([b.name]);
  await typeFilter.selectOption({ label: 'People journeys' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People journeys');
  await expect(page.getByText('No journeys match the search and filters.')).toBeVisible();
  await snap(page, 'library-empty-filter');
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journeys');
  await library.search(prefix);

  // Row menus offer exactly what the status allows (a Live journey cannot be deleted).
  expect(await library.rowMenuItems(b.name)).toEqual([
    'Duplicate',
    'Close to new entries',
    'Abort',
    'Create new version',
    'Finish', // seed 002: Finish from Live too
  ]);
  await library.rowMenuButton(b.name).click();
  await expect(page.getByRole('menu').getByRole('separator')).toHaveCount(1);
  await snap(page, 'library-row-menu-live');
  await page.keyboard.press('Escape');
  expect(await library.rowMenuItems(a.name)).toEqual(['Publish', 'Duplicate', 'Delete']);
  await library.rowMenuButton(a.name).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Publish' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Delete' })).toBeFocused();
  await snap(page, 'library-row-menu');
  await page.keyboard.press('Escape');
  await expect(library.rowMenuButton(a.name)).toBeFocused();

  // Customize table: hide two columns, Apply, and find them still hidden after a reload.
  await page.getByRole('button', { name: 'Customize table' }).click();
  await snap(page, 'library-customize-table');
  await page
    .getByRole('dialog', { name: 'Customize table' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await library.customize({ Description: false, 'Created by': false });
  await expect(library.columnHeader('Description')).toHaveCount(0);
  await expect(library.columnHeader('Created by')).toHaveCount(0);
  await expect(library.columnHeader('Published by')).toBeVisible();
  await page.reload();
  await expect(library.table()).toBeVisible();
  await expect(library.columnHeader('Last updated by')).toBeVisible();
  await expect(library.columnHeader('Description')).toHaveCount(0);
  await library.customize({ Description: true, 'Created by': true });
  await expect(library.columnHeader('Description')).toBeVisible();
  await snap(page, 'library-table');
});

test('Create new version of a Live journey; publishing it closes the old one (soft stop); Versions panel', async ({
  page,
}) => {
  const header = new JourneyHeaderPage(page);
  await openApp(page);
  const name = uniqueName('Versioned');
  const v1 = await apiCall<Journey>(page, 'journeys.create', { name, audience: 'account' });
  await withEntryAudience(page, v1);
  await apiCall(page, 'journeys.publish', { id: v1.id });
  await openApp(page, `#/journeys/${v1.id}`);
  await expect(header.status()).toHaveText('Live');
  await snap(page, 'library-live-readonly');

  await header.more('Create new version');
  await expect(page.getByText('Version 2')).toBeVisible();
  await expect(header.status()).toHaveText('Draft');
  await header.actions().getByRole('button', { name: 'Publish' }).click();
  // The dialog says what publishing does to version 1 (soft stop), in seed 002's words.
  const dialog = page.getByRole('dialog', { name: 'Publish journey' });
  const note = dialog.getByRole('note');
  await expect(note).toHaveText(
    'Version 1 is Live. Publishing version 2 closes version 1 to new entries: accounts that are ' +
      'currently in it continue their path in that version and no further journey entrance can happen.',
  );
  await snap(page, 'library-publish-v2-note');
  // With a scheduled start, version 1 closes when version 2 starts, not now.
  await dialog.getByLabel('Scheduled start (optional)').fill('2099-01-01T09:00');
  await expect(note).toContainText('closes version 1 to new entries when version 2 starts:');
  await dialog.getByLabel('Scheduled start (optional)').fill('');
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(header.status()).toHaveText('Live');

  await header.actions().getByRole('button', { name: 'Versions' }).click();
  const versions = page.getByRole('region', { name: 'Versions' });
  await expect(versions.getByRole('row').filter({ hasText: 'Version 1' })).toContainText(
    'Closed to new entries',
  );
  await expect(versions.getByRole('row').filter({ hasText: 'Version 2 (this one)' })).toContainText(
    'Live',
  );
  await snap(page, 'library-versions-panel');
});
