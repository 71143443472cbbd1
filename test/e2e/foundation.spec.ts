import { expect, openApp, snap, test, uniqueName } from './fixtures';

test('creates a journey through the dialog, opens its canvas, and keeps it after a reload', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Trial onboarding' })).toBeVisible();
  await snap(page, 'foundation-library');

  const name = uniqueName('Welcome series');
  await page.getByRole('button', { name: 'Create journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create journey' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Greets new subscribers');
  await dialog.getByRole('radio', { name: 'People journey' }).check();
  await snap(page, 'foundation-create-dialog');
  await dialog.getByRole('button', { name: 'Create' }).click();

  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Journey map' })).toBeVisible();
  await expect(page.getByRole('group', { name: /Entry:/ })).toBeVisible();
  await snap(page, 'foundation-canvas');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journeys' })
    .click();
  await expect(page.getByRole('link', { name })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name })).toBeVisible();
});

test('refuses a duplicate name with a clear message and creates nothing', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Create journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create journey' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Trial onboarding');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByRole('alert')).toContainText('already exists');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('link', { name: 'Trial onboarding' })).toHaveCount(1);
});

test('the host refuses a page request without the token', async ({ request }) => {
  const response = await request.get('/', { headers: { cookie: '' } });
  expect(response.status()).toBe(401);
});
