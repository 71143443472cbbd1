import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { CanvasPage } from './pages/canvas-page';
import { expect, snap, test } from './fixtures';
import { buyingGroupSimulation } from './template-journey';

/** The buying-group template run at 2,500 accounts (its saved scenario otherwise). */
async function runBuyingGroup(page: Page): Promise<Locator> {
  const panel = await buyingGroupSimulation(new CanvasPage(page));
  await panel.getByRole('spinbutton', { name: 'Accounts' }).fill('2500');
  await panel.getByRole('button', { name: 'Run simulation' }).click();
  await expect(panel.getByText('Done', { exact: true })).toBeVisible({ timeout: 90_000 });
  return panel;
}

/** Text boxes of the path view that overlap another text box or a band's fill (sampled every 2 px). */
function clashes(svg: SVGSVGElement): string[] {
  const texts = [...svg.querySelectorAll('text')].map((t) => ({ t, b: t.getBBox() }));
  const bands = [...svg.querySelectorAll<SVGPathElement>('path.sim-band')];
  const out: string[] = [];
  texts.forEach(({ t, b }, i) => {
    for (const { t: u, b: c } of texts.slice(i + 1))
      if (
        b.x < c.x + c.width &&
        c.x < b.x + b.width &&
        b.y < c.y + c.height &&
        c.y < b.y + b.height
      )
        out.push(`"${t.textContent}" overlaps "${u.textContent}"`);
    const p = svg.createSVGPoint();
    for (let x = b.x + 1; x < b.x + b.width - 1; x += 2)
      for (let y = b.y + 1; y < b.y + b.height - 1; y += 2) {
        p.x = x;
        p.y = y;
        const hit = bands.find((band) => band.isPointInFill(p));
        if (hit) {
          out.push(`"${t.textContent}" lies on a band at ${Math.round(x)},${Math.round(y)}`);
          return;
        }
      }
    if (b.x < 0 || b.y < 0 || b.x + b.width > svg.width.baseVal.value)
      out.push(`"${t.textContent}" leaves the picture`);
  });
  return out;
}

test('path view: every step name and its figures whole, no text on text or on a band, at 1,280×800 and 1,024×768; the printed report picture readable on A4', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const panel = await runBuyingGroup(page);
  const sankey = panel.getByRole('img', {
    name: 'Paths taken: bands sized by the number of people',
  });
  const steps = await panel
    .getByRole('table', { name: 'Counts per node' })
    .locator('tbody th[scope="row"]')
    .allInnerTexts();
  const names = steps.map((n) => n.replace(/ · acts on people$/, ''));
  expect(names.length).toBeGreaterThan(10);
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await sankey.scrollIntoViewIfNeeded();
    // Each node's label: its name (wrapped lines joined), then "N accounts" and "N people".
    const labels = await sankey.locator('g[data-node-id] text').evaluateAll((ts) =>
      ts.map((t) => {
        const spans = [...t.querySelectorAll('tspan')];
        const name = spans.filter((s) => s.classList.contains('sim-sankey-name'));
        return {
          name: name
            .map((s) => s.textContent)
            .join(' ')
            .replace(/- /g, ''),
          figures: spans.filter((s) => !name.includes(s)).map((s) => s.textContent),
        };
      }),
    );
    for (const n of names) expect(labels.map((l) => l.name)).toContain(n);
    for (const l of labels)
      expect(l.figures, l.name).toEqual([
        expect.stringMatching(/^[\d,]+ accounts?$/),
        expect.stringMatching(/^[\d,]+ people$/),
      ]);
    // Font size as drawn: the picture is never scaled down below its 11 px text.
    const box = await sankey.boundingBox();
    expect(box!.width).toBe(Number(await sankey.getAttribute('width')));
    expect(await sankey.evaluate(clashes)).toEqual([]);
    await snap(page, `simulation-path-view-${size.width}`);
  }
  // The report: on screen one picture; printed on A4, page-sized parts at full size.
  await panel.getByRole('button', { name: 'Report', exact: true }).click();
  const frame = page.locator('iframe[title="Report preview"]');
  await expect(page.frameLocator('iframe[title="Report preview"]').locator('h1')).toBeVisible();
  await snap(page, 'simulation-report-screen');
  const printed = await context.newPage();
  await printed.setContent((await frame.getAttribute('srcdoc')) ?? '');
  await printed.emulateMedia({ media: 'print' });
  await expect(printed.locator('.picture')).toBeHidden();
  const parts = await printed.locator('.picture-part svg').evaluateAll((svgs) =>
    svgs.map((svg) => ({
      drawn: svg.getBoundingClientRect().width,
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
      // The smallest text in the part, in CSS px as printed.
      smallest: Math.min(
        ...[...svg.querySelectorAll('text')].map(
          (t) =>
            (Number(getComputedStyle(t).fontSize.replace('px', '')) *
              svg.getBoundingClientRect().width) /
            Number(svg.getAttribute('width')),
        ),
      ),
    })),
  );
  // The buying-group picture is 1,776 units tall: two parts, neither shrunk.
  expect(parts.length).toBeGreaterThanOrEqual(2);
  for (const p of parts) {
    expect(p.drawn).toBeCloseTo(p.width, 0);
    expect(p.width).toBeLessThanOrEqual(688);
    expect(p.height).toBeLessThanOrEqual(940);
    // 8 pt = 10.67 CSS px.
    expect(p.smallest).toBeGreaterThanOrEqual(10.67);
  }
  mkdirSync('screenshots', { recursive: true });
  await printed.pdf({ path: 'screenshots/simulation-report-a4.pdf', format: 'A4' });
  await printed.close();
  await page.getByRole('button', { name: 'Close report' }).click();

  // The same figures as a table, for screen readers and a quick read.
  await panel.getByText('Paths as a table').click();
  const table = panel.getByRole('table', { name: 'Paths taken' });
  await expect(
    table.getByRole('row').filter({ hasText: 'Who is it?' }).first().getByRole('cell').last(),
  ).toHaveText(/^[\d,]+ accounts? · [\d,]+ people$/);
});

test('a reload keeps the scenario working copy and the last result, says which run it is, and marks it stale after a change', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  const panel = await runBuyingGroup(page);
  const summary = panel.locator('.sim-summary');
  const admitted = await summary.innerText();
  expect(admitted).toMatch(/^2,500 accounts · [\d,]+ people admitted/);
  const note = panel.getByTestId('last-run');
  await expect(note).toContainText('Last result: scenario “FY27 target accounts”, run');
  await expect(note).not.toContainText('Stale');
  const nodeTable = panel.getByRole('table', { name: 'Counts per node' });
  const rows = await nodeTable.locator('tbody tr').allTextContents();

  // The working copy (2,500 accounts, not the saved scenario's figure) is written shortly after the
  // edit, the result when the run finishes: wait until core's file holds both before reloading.
  const id = /journeys\/([^/?]+)/.exec(page.url())![1];
  const file = join(host.dataDir, 'last-runs', `${id}.json`);
  await expect
    .poll(() => {
      if (!existsSync(file)) return null;
      const memory = JSON.parse(readFileSync(file, 'utf8'));
      return [memory.workingCopy?.population.accounts, memory.lastRun?.result.profiles.admitted];
    })
    .toEqual([2500, 2500]);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Simulate' })).toBeEnabled();
  await page.getByRole('button', { name: 'Simulate' }).click();
  const again = page.getByRole('complementary', { name: 'Simulation' });
  await expect(again.locator('.sim-summary')).toHaveText(admitted);
  await expect(
    again.getByRole('table', { name: 'Counts per node' }).locator('tbody tr'),
  ).toHaveText(rows);
  await expect(again.getByTestId('last-run')).toContainText(
    'Last result: scenario “FY27 target accounts”, run',
  );
  await expect(again.getByTestId('last-run')).not.toContainText('Stale');
  await again.getByTestId('last-run').scrollIntoViewIfNeeded();
  await snap(page, 'simulation-last-result-after-reload');

  // The settings as edited, not the saved scenario's: folded away under the result, as after a run.
  await again.getByText('Scenario settings').click();
  await expect(again.getByRole('spinbutton', { name: 'Accounts' })).toHaveValue('2500');
  // A changed setting: the result stays, marked stale, naming what changed.
  await again.getByRole('spinbutton', { name: 'Accounts' }).fill('2400');
  await expect(again.getByTestId('last-run')).toContainText(
    'Stale: the scenario settings changed since.',
  );
  // The map says so too: every badge's name starts "Stale", the flow bands are marked, and a note shows.
  const badges = page.getByTestId('sim-count');
  await expect(badges.first()).toHaveAttribute('aria-label', /^Stale — Simulated: /);
  await expect(badges.and(page.locator(':not(.stale)'))).toHaveCount(0);
  await expect(page.getByTestId('sim-flow').first()).toHaveAttribute('data-figure', / \(stale\)$/);
  await expect(page.getByTestId('map-stale-note')).toHaveText(
    'Stale figures on the map: the scenario settings changed since. Run the simulation again for current figures.',
  );
  await again.getByTestId('last-run').scrollIntoViewIfNeeded();
  await snap(page, 'simulation-last-result-stale');
  // Back to the settings that were run: the figures are current again, on the map as in the panel.
  await again.getByRole('spinbutton', { name: 'Accounts' }).fill('2500');
  await expect(again.getByTestId('last-run')).not.toContainText('Stale');
  await expect(badges.first()).toHaveAttribute('aria-label', /^Simulated: /);
  await expect(page.getByTestId('map-stale-note')).toHaveCount(0);
});
