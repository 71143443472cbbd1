import type { Page } from '@playwright/test';
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { displayName, expect, openApp, snap, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

const TEMPLATES = [
  {
    id: 'lead-nurturing',
    title: 'Lead nurturing after a form submission',
    scenario: 'Spring webinar sign-ups',
    exits: ['Sales-ready', 'Keep nurturing'],
  },
  {
    id: 'customer-onboarding',
    title: 'Customer onboarding with profile and tag updates',
    scenario: 'January trial cohort',
    exits: ['Onboarded', 'Needs help'],
  },
  {
    id: 'sales-handoff',
    title: 'Sales handoff with a notification email and a CRM action',
    scenario: 'Pricing page visitors',
    exits: ['Handed to sales', 'Keep nurturing'],
  },
  {
    id: 'buying-group',
    title: 'Account-based buying group journey',
    scenario: 'FY27 target accounts',
    exits: ['With sales', 'Expansion later'],
  },
  {
    id: 'api-enrichment',
    title: 'API enrichment: Action → Gate → Send',
    scenario: 'Enrichment with mocked API',
    exits: ['Personalised', 'Standard'],
  },
];

/** With README_SCREENSHOTS=1 (scripts/readme-screenshots.mjs), a snap also refreshes docs/screenshots/<name>.png. */
async function shot(page: Page, name: string, doc?: string): Promise<void> {
  await snap(page, name);
  if (doc && process.env.README_SCREENSHOTS === '1') {
    mkdirSync('docs/screenshots', { recursive: true });
    copyFileSync(`screenshots/${name}.png`, `docs/screenshots/${doc}.png`);
  }
}

test('creates each template through the dialog, runs its saved scenario and exports the report', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const canvas = new CanvasPage(page);
  await openApp(page);
  await shot(page, 'templates-00-library', 'library');
  mkdirSync('screenshots/reports', { recursive: true });

  for (const [i, t] of TEMPLATES.entries()) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Journeys' })
      .click();
    await page.getByRole('button', { name: 'Create journey' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create journey' });
    await dialog.getByRole('radio', { name: t.title }).check();
    await expect(dialog.getByText(`Saved scenario “${t.scenario}”`)).toBeVisible();
    // The template fixes the type and offers its title as the name.
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue(t.title);
    await expect(
      dialog.getByRole('radio', {
        name: t.id === 'buying-group' ? 'Account journey' : 'People journey',
      }),
    ).toBeChecked();
    if (i === 0) await shot(page, 'templates-01-gallery', 'create-from-template');
    const name = displayName(t.title.slice(0, 40));
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(canvas.map.locator('.react-flow__node').first()).toBeVisible();
    await expect(canvas.toolbar.getByRole('button', { name: 'Problems' })).toContainText('0');

    // The saved scenario is picked up by the Simulate panel.
    await page.getByRole('button', { name: 'Simulate' }).click();
    const panel = page.getByRole('complementary', { name: 'Simulation' });
    await expect(panel.getByRole('combobox', { name: 'Saved scenario' })).toHaveValue(t.scenario);
    await panel.getByRole('button', { name: 'Run simulation' }).click();
    await expect(panel.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 });
    for (const exit of t.exits) {
      const node = canvas.map
        .locator('.react-flow__node')
        .filter({ has: page.locator('.jnode-name').getByText(exit, { exact: true }) });
      await expect(
        node.getByRole('status', {
          name: /^Simulated: [1-9][\d,]* (accounts · [\d,]+ people|people) entered/,
        }),
      ).toBeVisible();
    }
    if (t.id === 'sales-handoff') {
      await panel.evaluate((el) => el.scrollTo(0, 0));
      await shot(page, 'templates-02-simulated', 'simulation');
    }

    // Report: preview, Download HTML, Print / Save as PDF.
    await panel.getByRole('button', { name: 'Report', exact: true }).click();
    const report = page.getByRole('dialog', { name: 'Simulation report' });
    const preview = report.frameLocator('iframe[title="Report preview"]');
    await expect(preview.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(preview.getByRole('heading', { name: 'Funnel per node' })).toBeVisible();
    await expect(report.getByRole('button', { name: 'Print / Save as PDF' })).toBeEnabled();
    if (t.id === 'buying-group') await shot(page, 'templates-03-report-preview', 'report');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('button', { name: 'Download HTML' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/--report\.html$/);
    const htmlPath = `screenshots/reports/${t.id}.html`;
    await download.saveAs(htmlPath);
    await report.getByRole('button', { name: 'Close report' }).click();

    // The downloaded file prints to PDF on its own (no app, no network): the "Save as PDF" path.
    const printer = await page.context().newPage();
    const { readFileSync } = await import('node:fs');
    await printer.setContent(readFileSync(htmlPath, 'utf8'));
    await expect(printer.getByRole('img', { name: 'Journey map' })).toBeVisible();
    const pdf = await printer.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`screenshots/reports/${t.id}.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(`screenshots/reports/${t.id}.pdf`).size).toBeGreaterThan(10_000);
    await printer.close();
  }
});
