import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, snap, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

/** Serious or critical colour-contrast violations on the page as it is now: "<target>: <summary>". */
async function contrastProblems(page: Page, include?: string): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withRules(['color-contrast']);
  if (include) axe = axe.include(include);
  const { violations } = await axe.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(-1)[0] ?? ''}`,
      ),
    );
}

for (const theme of ['light', 'dark'] as const) {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    test(`no serious colour-contrast problems (${theme}, ${size.width}×${size.height}): library, editor, Simulate panel, presentation`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      const canvas = new CanvasPage(page);
      const { id, name } = await canvas.salesHandoffInLibrary();
      await snap(page, `theme-${theme}-${size.width}-library`);
      expect(await contrastProblems(page)).toEqual([]);

      await canvas.open(id);
      await snap(page, `theme-${theme}-${size.width}-editor`);
      expect(await contrastProblems(page)).toEqual([]);

      await canvas.toolbar.getByRole('button', { name: 'Simulate' }).click();
      const panel = page.getByRole('complementary', { name: 'Simulation' });
      await expect(panel).toBeVisible();
      await panel.getByRole('button', { name: 'Run simulation' }).click();
      await expect(panel.getByRole('table', { name: 'Counts per node' })).toBeVisible({
        timeout: 30_000,
      });
      await snap(page, `theme-${theme}-${size.width}-simulation`);
      expect(await contrastProblems(page)).toEqual([]);

      await canvas.toolbar.getByRole('button', { name: 'Present' }).click();
      const show = page.getByRole('dialog', { name: `Presentation: ${name}` });
      await expect(show).toBeVisible();
      await expect(show.locator('.react-flow__node')).toHaveCount(9);
      await snap(page, `theme-${theme}-${size.width}-presentation`);
      expect(await contrastProblems(page)).toEqual([]);
      await show.getByRole('button', { name: 'Exit presentation' }).click();
    });
  }
}
