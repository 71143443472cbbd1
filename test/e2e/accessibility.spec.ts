import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, snap, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

/** Moderate rules held to as well: headings that skip a level mislead screen-reader navigation. */
const ALSO_REQUIRED = new Set(['heading-order']);

/**
 * Serious or critical axe violations (every rule axe runs, colour contrast included), and those of
 * ALSO_REQUIRED, on the page as it is now, one line per element: "<rule> <target>: <summary>", so
 * a failure says what to fix.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALSO_REQUIRED.has(v.id))
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(-1)[0]?.trim() ?? v.help}`,
      ),
    );
}

/** Scans the screen and keeps a picture of it, named after the theme and screen. */
async function scan(page: Page, theme: string, screen: string): Promise<void> {
  await snap(page, `a11y-${theme}-${screen}`);
  expect(await seriousViolations(page), `${screen} (${theme})`).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations on any main screen (${theme})`, async ({
    page,
  }) => {
    test.setTimeout(360_000); // ten screens, two full axe runs each minute on a loaded 2-core machine
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    const canvas = new CanvasPage(page);
    const { id, name } = await canvas.salesHandoffInLibrary();

    await scan(page, theme, 'library');

    // Editor with a node selected and its side panel open.
    await canvas.open(id);
    await canvas
      .node(/^Take an action:/)
      .first()
      .focus();
    await canvas.press('Enter');
    await expect(canvas.inspector.getByRole('textbox', { name: 'Name' })).toBeVisible();
    await scan(page, theme, 'editor');

    await canvas.toolbar.getByRole('button', { name: 'Simulate' }).click();
    const panel = page.getByRole('complementary', { name: 'Simulation' });
    await panel.getByRole('button', { name: 'Run simulation' }).click();
    await expect(panel.getByRole('table', { name: 'Counts per node' })).toBeVisible({
      timeout: 30_000,
    });
    await scan(page, theme, 'simulation');

    await canvas.toolbar.getByRole('button', { name: 'Present' }).click();
    const show = page.getByRole('dialog', { name: `Presentation: ${name}` });
    await expect(show.locator('.react-flow__node')).toHaveCount(9);
    await scan(page, theme, 'presentation');
    await show.getByRole('button', { name: 'Exit presentation' }).click();

    const screens: Array<[hash: string, heading: string]> = [
      ['#/actions', 'Actions'],
      ['#/bundles', 'Bundles'],
      ['#/remotes', 'Remotes'],
      ['#/hub', 'Team hub'],
      ['#/settings', 'Settings'],
      ['#/help', 'Help'],
    ];
    for (const [hash, heading] of screens) {
      await openApp(page, hash);
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
      await scan(page, theme, hash.slice(2));
    }
  });
}
