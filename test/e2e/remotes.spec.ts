import { expect, openApp, snap, test, uniqueName } from './fixtures';
import { apiCall, publishedAccountJourney, LibraryPage } from './pages/library-page';
import { RemotesPage } from './pages/remotes-page';
import { createRemoteToken, startSecondInstance } from './second-instance';

test('add a remote, test it, push a published journey with progress, and see it as Same in the library', async ({
  page,
}) => {
  await openApp(page);
  const name = uniqueName('Pushed trip');
  await publishedAccountJourney(page, name, 'Goes to the remote');

  const two = await startSecondInstance({ remote: true });
  const remoteName = `two-${Date.now().toString(36)}`;
  try {
    const token = createRemoteToken(two.dataDir);
    const remotes = new RemotesPage(page);
    await remotes.open();
    await remotes.addAndTest(remoteName, two.base, token);
    await expect(remotes.row(remoteName)).toContainText(`••••${token.slice(-4)}`);
    await expect(page.getByText(token)).toHaveCount(0);
    await remotes.push(remoteName, name);
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
