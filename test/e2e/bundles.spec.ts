import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Journey } from '../../shared/model';
import { expect, openApp, snap, test, uniqueName } from './fixtures';
import { apiCall, publishedAccountJourney } from './pages/library-page';
import { startSecondInstance } from './second-instance';

test('export a published journey from one instance and import it into another through the UI', async ({
  page,
  browser,
}) => {
  // Instance one (the shared host): a published journey.
  await openApp(page);
  const name = uniqueName('Bundle trip');
  const draft = await publishedAccountJourney(page, name, 'Travels in a bundle');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Bundles' })
    .click();
  await expect(page.getByRole('heading', { name: 'Bundles', level: 1 })).toBeVisible();
  const picker = page.getByRole('table', { name: 'Published journeys to export' });
  await picker.getByRole('checkbox', { name: `Select ${name} version 1` }).check();
  await page.getByRole('checkbox', { name: 'Include versions' }).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^bundle-trip-[a-z0-9-]+\.journeys\.zip$/);
  const bundlePath = join(tmpdir(), `e2e-${Date.now()}.journeys.zip`);
  await download.saveAs(bundlePath);
  await expect(
    page.getByRole('link', { name: `Download ${download.suggestedFilename()}` }),
  ).toBeVisible();
  await snap(page, 'bundles-export');

  // Instance two: a fresh host of its own.
  const two = await startSecondInstance();
  const context = await browser.newContext();
  const other = await context.newPage();
  try {
    await other.goto(`${two.url}#/bundles`);
    const file = other.getByLabel('Bundle file (.journeys.zip)');

    // A damaged file first: the core's message, nothing imported.
    const junk = join(tmpdir(), `e2e-junk-${Date.now()}.journeys.zip`);
    writeFileSync(junk, 'not a zip at all');
    await file.setInputFiles(junk);
    await expect(other.getByRole('alert')).toContainText('Bundle refused: not a zip file');
    await snap(other, 'bundles-import-bad-bundle');

    await file.setInputFiles(bundlePath);
    const preview = other.getByRole('table', { name: 'Import preview' });
    await expect(preview.getByRole('row').filter({ hasText: name })).toContainText('New');
    await snap(other, 'bundles-import-preview');
    await other.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(other.getByRole('status', { name: 'Imported' })).toContainText(
      '1 journey created',
    );
    await snap(other, 'bundles-import-summary');

    // The journey is in instance two's library, published.
    await other
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Journeys' })
      .click();
    const row = other
      .getByRole('table', { name: 'Journeys' })
      .getByRole('row')
      // By its link: the visible name may be cut in the middle at this width.
      .filter({ has: other.getByRole('link', { name, exact: true }) });
    await expect(row).toContainText('Live');

    // The same bundle again: identical, and an edit there makes it conflicting with a diff.
    const imported = await apiCall<Journey>(other, 'journeys.get', { id: draft.id });
    expect(imported.origin).toBeTruthy();
    await other
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Bundles' })
      .click();
    await other.getByLabel('Bundle file (.journeys.zip)').setInputFiles(bundlePath);
    await expect(
      other
        .getByRole('table', { name: 'Import preview' })
        .getByRole('row')
        .filter({ hasText: name }),
    ).toContainText('Identical');
  } finally {
    await context.close();
    await two.stop();
  }
});
