import type { Locator, Page } from '@playwright/test';
import { expect, snap, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { buyingGroupSimulation } from './template-journey';

const SCENARIO = 'FY27 target accounts';
const UNSAVED = `Run with unsaved changes to scenario “${SCENARIO}”`;

async function run(panel: Locator): Promise<void> {
  await panel.getByRole('button', { name: 'Run simulation' }).click();
  await expect(panel.getByText('Done', { exact: true })).toBeVisible({ timeout: 90_000 });
}

/** Opens the report of the shown result; returns its dialog and the document inside the preview. */
async function openReport(page: Page, panel: Locator) {
  await panel.getByRole('button', { name: 'Report', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Simulation report' });
  const preview = dialog.frameLocator('iframe[title="Report preview"]');
  await expect(preview.getByRole('heading', { level: 1 })).toBeVisible();
  return { dialog, preview };
}

/** The value the report's scenario settings table gives for this label. */
const setting = (preview: ReturnType<Page['frameLocator']>, label: string) =>
  preview
    .getByRole('table')
    .filter({ has: preview.getByText(/^As (saved in|run, not saved in) scenario/) })
    .getByRole('row')
    .filter({ has: preview.getByRole('rowheader', { name: label, exact: true }) })
    .getByRole('cell');

test('a run with edited, unsaved scenario settings says so in its Last result note and its report (which lists the settings used); a run with saved settings does not; the stale banner wraps at 1,024 px', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  const panel = await buyingGroupSimulation(new CanvasPage(page));
  const accounts = panel.getByRole('spinbutton', { name: 'Accounts' });
  // The template's saved scenario: 120 accounts (seed text), run as saved.
  await expect(accounts).toHaveValue('120');
  await run(panel);
  const note = panel.getByTestId('last-run');
  await expect(note).toContainText(`Last result: scenario “${SCENARIO}”, run`);
  await expect(note).not.toContainText('unsaved');
  let report = await openReport(page, panel);
  await expect(report.preview.getByRole('region', { name: 'Unsaved scenario' })).toHaveCount(0);
  await expect(report.preview.getByText(`As saved in scenario “${SCENARIO}”`)).toBeVisible();
  await expect(setting(report.preview, 'Accounts')).toHaveText('120');
  await report.dialog.getByRole('button', { name: 'Close report' }).click();

  // Edited, not saved: the map's stale banner shows and wraps inside the window.
  await panel.getByText('Scenario settings').click();
  await accounts.fill('150');
  const banner = page.getByTestId('map-stale-note');
  await expect(banner).toBeVisible();
  const fit = await banner.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return {
      inWindow: r.left >= 0 && r.right <= window.innerWidth,
      overflows: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
    };
  });
  expect(fit.inWindow).toBe(true);
  expect(fit.overflows).toBe(false);
  await snap(page, 'simulation-stale-banner-1024');

  await run(panel);
  await expect(note).toContainText(`${UNSAVED}.`);
  report = await openReport(page, panel);
  await expect(report.preview.getByRole('region', { name: 'Unsaved scenario' })).toContainText(
    `${UNSAVED}.`,
  );
  await expect(
    report.preview.getByText(`As run, not saved in scenario “${SCENARIO}”`),
  ).toBeVisible();
  // The settings actually used: 150 accounts, not the saved 120.
  await expect(setting(report.preview, 'Accounts')).toHaveText('150');
  await snap(page, 'simulation-report-unsaved-scenario');
  await report.dialog.getByRole('button', { name: 'Close report' }).click();

  // Saved now: the settings run are the saved scenario's, so nothing is said any more.
  await panel.getByRole('button', { name: 'Save scenario' }).click();
  await expect(panel.getByRole('status').filter({ hasText: `Saved “${SCENARIO}”.` })).toBeVisible();
  await expect(note).not.toContainText('unsaved');
});
