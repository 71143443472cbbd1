import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { PALETTES, renderJourneySvg, simFigures, type RenderTheme } from '../../../shared/render';
import { templateJourney } from '../../helpers/template-journey';
import { inkAlong, rgb, rsvgRaster } from './raster';

const fromTemplate = (id: string) => templateJourney(id, 'tester');

describe('vector journey picture, rendered by librsvg outside the browser', () => {
  const { journey, scenario } = fromTemplate('buying-group');

  it('is the 16-node "Account-based buying group journey" template', () => {
    expect(journey.nodes).toHaveLength(16);
    expect(journey.edges.length).toBeGreaterThanOrEqual(15);
  });

  for (const theme of ['light', 'dark'] as RenderTheme[]) {
    it(`draws every edge of the journey (${theme}), with no foreignObject`, () => {
      const picture = renderJourneySvg(journey, {
        theme,
        sim: theme === 'dark' ? simFigures(simulate(journey, scenario)) : null,
      });
      expect(picture.svg).not.toMatch(/foreignObject/i);
      expect(picture.svg).not.toMatch(/<(html|div|span|img|image)\b/i);
      expect(picture.routes.map((r) => r.id).sort()).toEqual(journey.edges.map((e) => e.id).sort());
      const raster = rsvgRaster(picture.svg, 2);
      expect(raster.width).toBe(picture.width * 2);
      expect(raster.height).toBe(picture.height * 2);
      const bg = rgb(PALETTES[theme].background);
      for (const route of picture.routes)
        expect({
          edge: route.id,
          ink: inkAlong(raster, route, picture.bounds, 2, bg, picture.labels),
        }).toEqual({ edge: route.id, ink: expect.toSatisfy((v: number) => v >= 0.95) });
    });
  }

  it('the check sees a missing edge: with one edge left out of the file, its route is blank', () => {
    const picture = renderJourneySvg(journey);
    const gone = picture.routes[3];
    const without = picture.svg.replace(new RegExp(`<g data-edge="${gone.id}">.*?</g>`), '');
    expect(without.length).toBeLessThan(picture.svg.length);
    const raster = rsvgRaster(without, 2);
    expect(
      inkAlong(raster, gone, picture.bounds, 2, rgb(PALETTES.light.background), picture.labels),
    ).toBeLessThan(0.3);
  });

  it('fits the bounds to the journey with a margin, every card inside', () => {
    const margin = 32;
    const { bounds } = renderJourneySvg(journey, { margin });
    const xs = journey.nodes.map((n) => n.position.x);
    const ys = journey.nodes.map((n) => n.position.y);
    expect(bounds.x).toBeLessThanOrEqual(Math.min(...xs) - margin);
    expect(bounds.y).toBe(Math.min(...ys) - margin);
    expect(bounds.x + bounds.width).toBeGreaterThanOrEqual(Math.max(...xs) + 220 + margin);
    expect(bounds.y + bounds.height).toBe(Math.max(...ys) + 84 + margin);
    // Not a speck and not a wall: within a few px of the drawing plus the margin on each side.
    expect(bounds.height - (Math.max(...ys) + 84 - Math.min(...ys))).toBe(2 * margin);
  });

  it('writes the names, output labels and, with a simulation, counts as text (escaped)', () => {
    const named = {
      ...journey,
      nodes: journey.nodes.map((n, i) => (i === 0 ? { ...n, name: 'A <b> & "c"' } : n)),
    };
    const result = simulate(journey, scenario);
    const { svg } = renderJourneySvg(named, { sim: simFigures(result) });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).toContain('>Executives · ');
    expect(svg.match(/class="flow"/g)).toHaveLength(journey.edges.length);
    const entry = result.nodes.find((n) => n.nodeId === journey.nodes[0].id);
    // Every figure names its unit (issue 17): the Entry's accounts and their people.
    expect(svg).toContain(
      `>${entry?.entered.toLocaleString('en-US')} accounts · ${entry?.people?.entered.toLocaleString('en-US')} people</text>`,
    );
    expect(renderJourneySvg(journey).svg).not.toContain('class="flow"');
  });

  it('keeps the labels of a simulated split apart (paths share a middle, so some move along their route)', () => {
    const picture = renderJourneySvg(journey, { sim: simFigures(simulate(journey, scenario)) });
    const clash = (a: (typeof picture.labels)[number], b: (typeof picture.labels)[number]) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const pairs = picture.labels.flatMap((a, i) =>
      picture.labels.slice(i + 1).filter((b) => clash(a, b)),
    );
    expect(picture.labels.length).toBeGreaterThanOrEqual(journey.edges.length);
    expect(pairs).toEqual([]);
  });

  it('sets the system font stack, so text survives without web fonts', () => {
    expect(renderJourneySvg(journey).svg).toMatch(/font-family="system-ui, [^"]*sans-serif"/);
  });
});
