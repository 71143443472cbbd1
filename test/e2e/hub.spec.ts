import { postgresAvailable, startPostgres, type TestPostgres } from '../helpers/postgres';
import { expect, openApp, snap, test, uniqueName } from './fixtures';
import { apiCall, publishedAccountJourney } from './pages/library-page';
import { RemotesPage } from './pages/remotes-page';
import {
  createHubToken,
  startHubInstance,
  startSecondInstance,
  type HubInstance,
} from './second-instance';

let cluster: TestPostgres | null = null;
test.beforeAll(async () => {
  if (postgresAvailable()) cluster = await startPostgres();
});
test.afterAll(() => cluster?.stop());

test('a browser instance adds the team hub as a remote, pushes with progress, manages tokens; a second instance pulls', async ({
  page,
  browser,
}) => {
  test.skip(
    !cluster,
    'PostgreSQL server binaries are not installed (CI installs them and never skips)',
  );
  test.setTimeout(180_000);
  const database = await (cluster as TestPostgres).createDatabase();
  const adminToken = createHubToken(database, 'read,push,admin', 'designer laptop');
  const hub: HubInstance = await startHubInstance(database);
  const two = await startSecondInstance();
  const remoteName = `hub-${Date.now().toString(36)}`;
  const name = uniqueName('Shared onboarding');
  try {
    await openApp(page);
    await publishedAccountJourney(page, name, 'Goes to the team hub');

    // Added exactly as another instance would be.
    const remotes = new RemotesPage(page);
    await remotes.open();
    await remotes.addAndTest(remoteName, hub.base, adminToken);
    await remotes.push(remoteName, name);

    // The Team hub page, through the admin token: history, audit log, a new read-only token.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Team hub' })
      .click();
    await page.getByRole('combobox', { name: 'Hub remote' }).selectOption(remoteName);
    await expect(
      page.getByRole('table', { name: 'Push history' }).getByRole('row').nth(1),
    ).toContainText('designer laptop');
    await expect(
      page.getByRole('table', { name: 'Push history' }).getByRole('row').nth(1),
    ).toContainText('1 created');
    await expect(page.getByRole('table', { name: 'Audit log' })).toContainText('journey.create');
    const create = page.getByRole('form', { name: 'Create hub token' });
    await create.getByRole('textbox', { name: 'Label' }).fill('second instance');
    await create.getByRole('checkbox', { name: 'push' }).uncheck();
    await create.getByRole('button', { name: 'Create token' }).click();
    const readToken = (await page.getByLabel('New token value').textContent()) ?? '';
    expect(readToken).toMatch(/^jsh_/);
    await expect(
      page
        .getByRole('table', { name: 'Hub tokens' })
        .getByRole('row')
        .filter({ hasText: 'second instance' }),
    ).toContainText('read');
    await snap(page, 'hub-page');

    // A second instance pulls the journey with the read-only token.
    const other = await browser.newPage();
    await other.goto(`${two.url}#/remotes`);
    const otherForm = other.getByRole('form', { name: 'Add remote' });
    await otherForm.getByRole('textbox', { name: 'Name' }).fill('team');
    await otherForm.getByRole('textbox', { name: 'URL' }).fill(hub.base);
    await otherForm.getByLabel('Token').fill(readToken);
    await otherForm.getByRole('button', { name: 'Add remote' }).click();
    await other.getByRole('button', { name: 'Show remote journeys' }).click();
    await other
      .getByRole('table', { name: 'Remote journeys to pull' })
      .getByRole('checkbox', { name: `Select ${name} version 1` })
      .check();
    await other.getByRole('button', { name: 'Preview pull' }).click();
    await expect(
      other
        .getByRole('table', { name: 'Import preview' })
        .getByRole('row')
        .filter({ hasText: name }),
    ).toContainText('New');
    await other.getByRole('button', { name: 'Pull', exact: true }).click();
    await expect(other.getByRole('status', { name: 'Pulled' })).toContainText('1 journey created');
    await other
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Journeys' })
      .click();
    await expect(other.getByRole('link', { name }).first()).toBeVisible();
    await snap(other, 'hub-second-instance-pulled');
    await other.close();

    // Revoking the token on the Team hub page shuts the second instance out.
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Revoke second instance' }).click();
    await expect(
      page
        .getByRole('table', { name: 'Hub tokens' })
        .getByRole('row')
        .filter({ hasText: 'second instance' }),
    ).toContainText('Revoked');
  } finally {
    await apiCall(page, 'remotes.remove', { name: remoteName }).catch(() => undefined);
    await two.stop();
    await hub.stop();
  }
});
