import { expect, openApp, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { ActionFormPage } from './pages/inspector-page';
import { SettingsPage } from './pages/settings-page';

test('edits workspace reference data in Settings; the inspector selects draw from it', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(
    settings
      .section('Solution interests')
      .getByRole('textbox', { name: 'solution interest 1 name' }),
  ).toHaveValue('Analytics Platform');
  await snap(page, 'settings-overview');

  // Add with unique names (the e2e host's workspace is shared by every spec).
  const tag = uniqueName('tag');
  const score = uniqueName('Intent score');
  const interest = uniqueName('Data Cloud');
  await settings.add('Tags', 'tag', tag);
  await settings.add('Score names', 'score name', score);
  await settings.add('Solution interests', 'solution interest', interest);
  const added = settings
    .section('Solution interests')
    .getByRole('listitem')
    .filter({
      has: page.getByRole('button', { name: `Remove solution interest ${interest}`, exact: true }),
    });
  await settings.add('Solution interests', 'role', 'Champion', added);
  await settings.add('Solution interests', 'stage', 'Pilot', added);
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  // A bad attribute key is caught before saving, with the field named.
  const attrs = settings.section('Person attributes');
  await settings.add('Person attributes', 'person attribute', 'Lead source');
  const keyBoxes = attrs.getByRole('textbox', { name: /person attribute \d+ key/ });
  await expect(keyBoxes.last()).toHaveValue(/^leadSource/);
  await keyBoxes.last().fill('lead source');
  await expect(page.getByRole('alert')).toContainText('Person attributes, row');
  await expect(keyBoxes.last()).toHaveAttribute('aria-invalid', 'true');
  await expect(settings.saveButton()).toBeDisabled();
  await snap(page, 'settings-invalid-key');
  await attrs.getByRole('button', { name: /^Remove person attribute Lead source$/ }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await settings.saveButton().click();
  await expect(page.getByRole('status').filter({ hasText: 'Workspace saved.' })).toBeVisible();
  await snap(page, 'settings-saved');

  // Kept after a reload.
  await page.reload();
  await expect(
    settings.section('Tags').getByRole('button', { name: `Remove tag ${tag}`, exact: true }),
  ).toBeVisible();

  // The inspector offers the new values.
  const canvas = new CanvasPage(page);
  const form = new ActionFormPage(page);
  await canvas.createAndOpen(uniqueName('Settings check'), 'account');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Take an action');
  await canvas.node('Take an action: Take an action').click();
  await form.takeActionOn('People');
  await form.chooseAction('Change Score');
  await form.select('Score name', score);
  await form.chooseAction('Assign to Buying Group');
  await form.select('Solution interest', interest);
  await form.select('Role', 'Champion');
  await snap(page, 'settings-values-in-inspector');

  await openApp(page, '#/settings');
  await expect(
    settings.section('Tags').getByRole('button', { name: `Remove tag ${tag}`, exact: true }),
  ).toBeVisible();
});

test('a Settings contents link brings its section heading into view below the sticky header and moves focus there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const settings = new SettingsPage(page);
  await settings.open();
  const link = page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('link', { name: 'Account lists', exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Account lists', level: 2 });
  await expect(heading).toBeFocused();
  // The heading sits wholly below the sticky header, not under it.
  const header = await page.locator('.settings-header').boundingBox();
  const box = await heading.boundingBox();
  expect(header && box).toBeTruthy();
  expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
});
