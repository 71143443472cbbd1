import type { Journey } from '../../shared/model';
import { expect, openApp, snap, test, uniqueName } from './fixtures';
import { apiCall, withEntryAudience, LibraryPage } from './pages/library-page';
import { createRemoteToken, startSecondInstance } from './second-instance';

test('add a remote, test it, push a published journey with progress, and see it as Same in the library', async ({
  page,
}) => {
  await openApp(page);
  const name = uniqueName('Pushed trip');
  const draft = await apiCall<Journey>(page, 'journeys.create', {
    name,
    description: 'Goes to the remote',
    audience: 'account',
  });
  await withEntryAudience(page, draft);
  await apiCall(page, 'journeys.publish', { id: draft.id });

  const two = await startSecondInstance({ remote: true });
  const remoteName = `two-${Date.now().toString(36)}`;
  try {
    const token = createRemoteToken(two.dataDir);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Remotes' })
      .click();
    const form = page.getByRole('form', { name: 'Add remote' });
    await form.getByRole('textbox', { name: 'Name' }).fill(remoteName);
    await form.getByRole('textbox', { name: 'URL' }).fill(two.base);
    await form.getByLabel('Token').fill(token);
    await form.getByRole('button', { name: 'Add remote' }).click();

    const row = page
      .getByRole('table', { name: 'Remotes' })
      .getByRole('row')
      .filter({ hasText: remoteName });
    await expect(row).toContainText(`••••${token.slice(-4)}`);
    await expect(page.getByText(token)).toHaveCount(0);
    await row.getByRole('button', { name: `Test connection to ${remoteName}` }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'the token is accepted' }),
    ).toContainText('API version 1');

    await page
      .getByRole('combobox', { name: 'Remote to push to and pull from' })
      .selectOption(remoteName);
    await page
      .getByRole('table', { name: 'Published journeys to push' })
      .getByRole('checkbox', { name: `Select ${name} version 1` })
      .check();
    await page.getByRole('button', { name: 'Push', exact: true }).click();
    await expect(
      page.getByRole('status', { name: `Pushed 1 journey to ${remoteName}` }),
    ).toContainText('1 journey created');
    await expect(page.getByRole('progressbar', { name: 'Push progress' })).toHaveAttribute(
      'value',
      '1',
    );
    await snap(page, 'remotes-pushed');

    // Pull shows the same preview as an import: the journey is identical here.
    await page.getByRole('button', { name: 'Show remote journeys' }).click();
    await page
      .getByRole('table', { name: 'Remote journeys to pull' })
      .getByRole('checkbox', { name: `Select ${name} version 1` })
      .check();
    await page.getByRole('button', { name: 'Preview pull' }).click();
    await expect(
      page
        .getByRole('table', { name: 'Import preview' })
        .getByRole('row')
        .filter({ hasText: name }),
    ).toContainText('Identical');
    await snap(page, 'remotes-pull-preview');

    const library = new LibraryPage(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Journeys' })
      .click();
    await library.customize({ 'Remote status': true });
    await library.search(name);
    await page.getByRole('button', { name: 'Refresh remote status' }).click();
    const cell = library.row(name).getByRole('cell').filter({ hasText: /^Same/ });
    await expect(cell).toHaveText('Same');
    await expect(library.columnHeader('Remote status')).toBeVisible();
    await snap(page, 'remotes-library-status');
    await library.customize({ 'Remote status': false }); // the host is shared: leave the default columns
  } finally {
    await apiCall(page, 'remotes.remove', { name: remoteName }).catch(() => undefined);
    await two.stop();
  }
});
