import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import {
  buyingGroupSimulation,
  editedBuyingGroup,
  openFy27Scenario,
  withoutAction,
} from './template-journey';

// Issue #17, a consultant's probe of the buying-group template at 2,500 accounts × 4 people.

const LONG_NAME =
  'Send the quarterly executive briefing with the renewal offer to every decision maker';
const UNCONFIGURED = 'Log engagement milestone';

/**
 * The buying-group template with "Send case study" renamed to a long name and "Log engagement
 * milestone" left without an action (a Draft a consultant is still building), its Simulate panel
 * open on the template's scenario at 2,500 accounts, run to the end.
 */
async function runProbe(
  page: Page,
): Promise<{ panel: Locator; canvas: CanvasPage; longId: string }> {
  const canvas = new CanvasPage(page);
  await openApp(page);
  const { id, nodes } = await editedBuyingGroup(canvas, uniqueName('Consultant probe'), (n) =>
    n.name === 'Send case study'
      ? { ...n, name: LONG_NAME }
      : n.name === UNCONFIGURED
        ? withoutAction(n)
        : n,
  );
  await canvas.open(id);
  const panel = await openFy27Scenario(canvas);
  await panel.getByRole('spinbutton', { name: 'Accounts' }).fill('2500');
  await panel.getByRole('button', { name: 'Run simulation' }).click();
  await expect(panel.getByText('Done', { exact: true })).toBeVisible({ timeout: 90_000 });
  const longId = nodes.find((n) => n.name === LONG_NAME)!.id;
  return { panel, canvas, longId };
}

/** The banner's figure for a skipped step: "2,500 accounts · 9,870 people". */
async function skippedFigure(panel: Locator, name: string): Promise<string> {
  const item = panel
    .getByRole('note', { name: 'Skipped steps' })
    .getByRole('listitem')
    .filter({ hasText: name });
  const text = (await item.textContent()) ?? '';
  const figure = /— Skipped: (.+) — no action chosen$/.exec(text)?.[1];
  expect(figure, text).toMatch(/^2,500 accounts · [\d,]+ people$/);
  return figure!;
}

test('CSV import chosen but nothing imported: the CSV fields say so, Run waits; an import offers Run again', async ({
  page,
}) => {
  const panel = await buyingGroupSimulation(new CanvasPage(page));
  const run = panel.getByRole('button', { name: 'Run simulation' });
  await expect(run).toBeEnabled();
  // With a result shown, the settings fold; the person unfolds them to change the population.
  await run.click();
  await expect(panel.getByText('Done', { exact: true })).toBeVisible({ timeout: 90_000 });
  const settings = panel.locator('details', {
    has: page.locator('summary', { hasText: 'Scenario settings' }),
  });
  await expect(settings).not.toHaveAttribute('open');
  await panel.getByText('Scenario settings').click();
  await panel.getByRole('radio', { name: 'CSV import' }).check();
  const text = panel.getByRole('textbox', { name: 'CSV text' });
  const missing =
    'CSV import: no CSV has been imported yet — choose a CSV file or paste CSV text, then press “Check and import CSV”.';
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(text).toHaveAccessibleDescription(missing);
  await expect(panel.getByLabel('CSV file')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByTestId('population-in-use')).toHaveText('In use: no CSV imported yet.');
  await expect(
    panel.getByRole('alert').filter({ hasText: 'Fix the scenario before running it' }),
  ).toContainText(missing);
  await expect(run).toBeDisabled();
  await panel.getByTestId('csv-not-imported').scrollIntoViewIfNeeded();
  await snap(page, 'consultant-01-csv-not-imported');

  // Text pasted but not yet imported: still nothing in use, Run still waits.
  await text.fill('acct,score\nA,1\nA,2\nB,3\n');
  await expect(run).toBeDisabled();
  await panel.getByRole('combobox', { name: 'Account key column' }).selectOption('acct');
  await panel.getByRole('button', { name: 'Check and import CSV' }).click();
  await expect(panel.getByTestId('population-in-use')).toHaveText(
    'In use: 3 imported rows, grouped into accounts by acct.',
  );
  await expect(text).toHaveAttribute('aria-invalid', 'false');
  await expect(run).toBeEnabled();
  // The import cleared the refusal; the settings stay open on what was just imported.
  await expect(settings).toHaveAttribute('open', '');
  await expect(panel.getByTestId('population-in-use')).toBeVisible();

  // Synthetic runs at once; going back to CSV import brings back what was imported, not an empty form.
  await panel.getByRole('radio', { name: 'Synthetic' }).check();
  await expect(run).toBeEnabled();
  await panel.getByRole('radio', { name: 'CSV import' }).check();
  await expect(panel.getByTestId('population-in-use')).toHaveText(
    'In use: 3 imported rows, grouped into accounts by acct.',
  );
  await expect(run).toBeEnabled();
});

test('results at 1,600 and 1,280 px: the per-node table fits without sideways scrolling; a skipped step is marked in the path view and its table; the exported SVG shows long names whole', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1600, height: 900 });
  const { panel, canvas, longId } = await runProbe(page);
  const figure = await skippedFigure(panel, UNCONFIGURED);

  // Per-node table: inside the panel at both widths, heads still name their units.
  const table = panel.getByRole('table', { name: 'Counts per node' });
  for (const width of [1600, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await table.scrollIntoViewIfNeeded();
    const fit = await panel.evaluate((el) => {
      const t = el.querySelector('table[aria-label="Counts per node"]')!.getBoundingClientRect();
      const p = el.getBoundingClientRect();
      return { overflow: el.scrollWidth - el.clientWidth, right: t.right, panelRight: p.right };
    });
    expect(fit.overflow, `${width} px`).toBeLessThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(fit.panelRight);
    for (const head of ['Entered', 'Completed', 'Skipped', 'Waiting', 'Ended'])
      await expect(
        table.getByRole('columnheader', { name: `${head} (accounts · people)` }),
      ).toBeVisible();
    // Accounts and people of the skipped step, in its row.
    await expect(table.getByRole('row').filter({ hasText: UNCONFIGURED })).toContainText('2,500');
    await snap(page, `consultant-02-node-table-${width}`);
  }

  // Path view: the skipped step's bar is marked and its label says why, as the banner does.
  const sankey = panel.getByRole('img', {
    name: 'Paths taken: bands sized by the number of people',
  });
  await sankey.scrollIntoViewIfNeeded();
  const marked = sankey.locator('g[data-node-id]').filter({ has: page.locator('rect.skipped') });
  await expect(marked).toHaveCount(1);
  const note = await marked
    .locator('tspan.sim-sankey-skip')
    .evaluateAll((ts) => ts.map((t) => t.textContent).join(' '));
  expect(note).toBe(`Skipped: ${figure} — no action chosen`);
  const name = await marked
    .locator('tspan.sim-sankey-name')
    .evaluateAll((ts) => ts.map((t) => t.textContent).join(' '));
  expect(name).toBe(UNCONFIGURED);
  await snap(page, 'consultant-03-path-view-skipped');
  await panel.getByText('Paths as a table').click();
  const paths = panel.getByRole('table', { name: 'Paths taken' });
  // Marked where it is a step on either end of a path taken, nowhere else.
  const said = `${UNCONFIGURED} (Skipped: ${figure} — no action chosen)`;
  const marks = paths.getByRole('row').filter({ hasText: 'Skipped' });
  await expect(marks).toHaveCount(2);
  await expect(
    marks
      .filter({ has: page.getByRole('cell', { name: 'Wait 7 days', exact: true }) })
      .getByRole('cell'),
  ).toHaveText(['Wait 7 days', said, /^[\d,]+ accounts · [\d,]+ people$/]);
  await expect(
    marks.filter({ has: page.getByRole('cell', { name: said, exact: true }) }),
  ).toHaveCount(2);
  await paths.scrollIntoViewIfNeeded();
  await snap(page, 'consultant-04-paths-table-skipped');

  // Export SVG: the long name whole, on lines within its card; rendered by librsvg to look at.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    canvas.toolbar.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  mkdirSync('screenshots', { recursive: true });
  await download.saveAs('screenshots/consultant-05-export.svg');
  const svg = readFileSync('screenshots/consultant-05-export.svg', 'utf8');
  const card = new RegExp(`<g class="node" data-id="${longId}">(.*?)</g>`).exec(svg)?.[1] ?? '';
  const lines = [...card.matchAll(/<tspan [^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join(' ')).toBe(LONG_NAME);
  expect(svg).not.toContain('…');
  execFileSync('rsvg-convert', [
    '--format',
    'png',
    '--output',
    'screenshots/consultant-05-export.png',
    'screenshots/consultant-05-export.svg',
  ]);
});

test('printed report: page 1 holds the key figures and the funnel, the picture parts follow with no blank page; key figures never part a number from its unit', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1600, height: 900 });
  const { panel } = await runProbe(page);
  await panel.getByRole('button', { name: 'Report', exact: true }).click();
  const frame = page.locator('iframe[title="Report preview"]');
  const preview = page.frameLocator('iframe[title="Report preview"]');
  await expect(preview.locator('h1')).toBeVisible();
  await expect(
    preview
      .getByRole('region', { name: 'Key figures' })
      .getByText(/^2,500 accounts · [\d,]+ people$/),
  ).toBeVisible();
  await snap(page, 'consultant-06-report-screen');
  const html = (await frame.getAttribute('srcdoc')) ?? '';

  const report = await context.newPage();
  await report.setContent(html);
  /** Key-figure parts ("2,500 accounts") drawn on more than one line. */
  const broken = () =>
    report
      .locator('.kpi .fig')
      .evaluateAll((figs) =>
        figs.filter((f) => f.getClientRects().length > 1).map((f) => f.textContent),
      );
  const overflowing = () =>
    report
      .locator('.kpi')
      .evaluateAll((boxes) =>
        boxes.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent),
      );
  // On screen (the preview's width and a narrow window) and at A4's text width in print.
  for (const [width, media] of [
    [1040, 'screen'],
    [700, 'screen'],
    [688, 'print'],
  ] as const) {
    await report.setViewportSize({ width, height: 1000 });
    await report.emulateMedia({ media });
    expect(await broken(), `${media} ${width}`).toEqual([]);
    expect(await overflowing(), `${media} ${width}`).toEqual([]);
    const figures = await report.locator('.kpi b').allTextContents();
    expect(figures[0]).toMatch(/^2,500 accounts · [\d,]+ people$/);
  }
  await report.emulateMedia({ media: 'print' });
  await report.setViewportSize({ width: 794, height: 1123 });
  await snap(report, 'consultant-07-report-print-top');

  mkdirSync('screenshots/consultant-report', { recursive: true });
  const pdf = 'screenshots/consultant-report/report.pdf';
  writeFileSync(pdf, await report.pdf({ format: 'A4' }));
  await report.close();
  const pageCount = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1],
  );
  const pageText = (n: number) =>
    execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], {
      encoding: 'utf8',
    });
  const pages = Array.from({ length: pageCount }, (_, i) => pageText(i + 1));
  // No blank page anywhere.
  pages.forEach((t, i) => expect(t.trim().length, `page ${i + 1}`).toBeGreaterThan(0));
  // Page 1: header, key figures, the funnel from its first step, and filled: its text reaches
  // the last tenth of the page (A4's 14 mm margin is 5 % of its height).
  expect(pages[0]).toContain('Simulation report');
  expect(pages[0]).toMatch(/2,500\s+accounts\s+·\s+[\d,]+\s+people/);
  expect(pages[0]).toContain('Funnel per node');
  expect(pages[0]).toContain('Target accounts FY27');
  expect(pages[0]).not.toContain('Journey, part');
  const boxes = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'], {
    encoding: 'utf8',
  });
  const pageHeight = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(boxes)?.[1]);
  const lowest = Math.max(...[...boxes.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])));
  expect(lowest / pageHeight).toBeGreaterThan(0.85);
  // The picture's parts follow the tables, each on its own page, the first straight after them.
  const partPages = pages.flatMap((t, i) => (/Journey, (part|row) /.test(t) ? [i] : []));
  expect(partPages.length).toBeGreaterThanOrEqual(2);
  const warnings = pages.findIndex((t) => /^\s*Warnings\s*$/m.test(t));
  expect(warnings).toBeGreaterThanOrEqual(0);
  expect(partPages[0]).toBeLessThanOrEqual(warnings + 1);
  expect(partPages).toEqual(partPages.map((_, i) => partPages[0] + i));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, 'screenshots/consultant-report/page']);
});
