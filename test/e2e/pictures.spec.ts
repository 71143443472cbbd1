import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import type { Journey } from '../../shared/model';
import { PALETTES, renderJourneySvg } from '../../shared/render';
import { decodePng, inkAlong, rgb } from '../unit/render/raster';
import { expect, openApp, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

for (const theme of ['light', 'dark'] as const) {
  test(`Export PNG and Export SVG (${theme}) draw every edge of the 16-node template; the PNG is 2× by default`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    const canvas = new CanvasPage(page);
    await openApp(page);
    const name = uniqueName('Buying group export');
    const { id } = await canvas.call<{ id: string }>('journeys.createFromTemplate', {
      templateId: 'buying-group',
      name,
    });
    const journey = await canvas.call<Journey>('journeys.get', { id });
    expect(journey.nodes).toHaveLength(16);
    await canvas.open(id);

    mkdirSync('screenshots', { recursive: true });
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      canvas.toolbar.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe(`${name}.svg`);
    await svgDownload.saveAs(`screenshots/export-${theme}.svg`);
    const svg = readFileSync(`screenshots/export-${theme}.svg`, 'utf8');
    expect(svg).not.toMatch(/foreignObject/i);
    expect(svg).toContain(`fill="${PALETTES[theme].background}"`);
    for (const n of journey.nodes) expect(svg).toContain(`data-id="${n.id}"`);
    for (const e of journey.edges) expect(svg).toContain(`data-edge="${e.id}"`);

    // The geometry comes from the shared renderer run here, outside the browser, on the saved journey.
    const expected = renderJourneySvg(journey, { theme });
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBe(expected.width);

    await expect(canvas.toolbar.getByRole('combobox', { name: 'PNG scale' })).toHaveValue('2');
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      canvas.toolbar.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    await pngDownload.saveAs(`screenshots/export-${theme}.png`);
    const png = decodePng(readFileSync(`screenshots/export-${theme}.png`));
    expect(png.width).toBe(expected.width * 2);
    expect(png.height).toBe(expected.height * 2);
    const bg = rgb(PALETTES[theme].background);
    for (const route of expected.routes)
      expect({
        edge: route.id,
        ink: inkAlong(png, route, expected.bounds, 2, bg, expected.labels) >= 0.95,
      }).toEqual({ edge: route.id, ink: true });

    // A chosen scale is honoured.
    await canvas.toolbar.getByRole('combobox', { name: 'PNG scale' }).selectOption('3');
    const [big] = await Promise.all([
      page.waitForEvent('download'),
      canvas.toolbar.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const bigPath = `screenshots/export-${theme}-3x.png`;
    await big.saveAs(bigPath);
    expect(decodePng(readFileSync(bigPath)).width).toBe(expected.width * 3);
  });
}
