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
    const { bounds, cards } = renderJourneySvg(journey, { margin });
    // Cards as drawn: 220 × 84, taller by 17 px per extra line of a wrapped name.
    const drawn = [...cards.values()];
    const xs = drawn.map((b) => b.x);
    const tops = drawn.map((b) => b.y);
    const bottoms = drawn.map((b) => b.y + b.height);
    expect(Math.min(...tops)).toBe(Math.min(...journey.nodes.map((n) => n.position.y)));
    expect(bounds.x).toBeLessThanOrEqual(Math.min(...xs) - margin);
    expect(bounds.y).toBe(Math.min(...tops) - margin);
    expect(bounds.x + bounds.width).toBeGreaterThanOrEqual(Math.max(...xs) + 220 + margin);
    expect(bounds.y + bounds.height).toBe(Math.max(...bottoms) + margin);
    // Not a speck and not a wall: within a few px of the drawing plus the margin on each side.
    expect(bounds.height - (Math.max(...bottoms) - Math.min(...tops))).toBe(2 * margin);
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

  it('shows a long card name whole, wrapped onto lines within the card, the card and its edges taller', () => {
    const long =
      'Send the quarterly executive briefing with the renewal offer to every decision maker';
    const target = journey.nodes.find((n) => n.name === 'Send case study')!;
    const named = {
      ...journey,
      nodes: journey.nodes.map((n) => (n.id === target.id ? { ...n, name: long } : n)),
    };
    const picture = renderJourneySvg(named);
    const card = new RegExp(`<g class="node" data-id="${target.id}">(.*?)</g>`).exec(
      picture.svg,
    )![1];
    const lines = [...card.matchAll(/<tspan [^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.join(' ')).toBe(long);
    expect(card).not.toContain('…');
    // Every line fits the card's text width (220 − 2 × 12 px) at 14 px bold.
    for (const l of lines) expect(l.length * 14 * 0.6).toBeLessThanOrEqual(196);
    const box = picture.cards.get(target.id)!;
    expect(box.height).toBe(84 + (lines.length - 1) * 17);
    expect(card).toContain(`height="${box.height}"`);
    // The edge out of it starts at its (new) bottom.
    const out = named.edges.find((e) => e.source === target.id)!;
    expect(picture.routes.find((r) => r.id === out.id)!.points[0].y).toBe(box.y + box.height);
    // Cards that start below it move down by as much: no two cards overlap.
    const boxes = [...picture.cards.values()];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(
          a.x < b.x + b.width &&
            b.x < a.x + a.width &&
            a.y < b.y + b.height &&
            b.y < a.y + a.height,
        ).toBe(false);
    const merge = journey.nodes.find((n) => n.type === 'merge')!;
    expect(picture.cards.get(merge.id)!.y).toBe(merge.position.y + (lines.length - 1) * 17);
    // Short names stay one line at the old size.
    const other = journey.nodes.find((n) => n.name === 'Merge paths')!;
    expect(picture.cards.get(other.id)!.height).toBe(84);
  });

  it("wraps a looped node's figure line within the card, never cut, the card taller", () => {
    const target = journey.nodes.find((n) => n.name === 'Send case study')!;
    const label = '3 accounts · 6 people · 9 visits · 18 people visits';
    const sim = {
      nodes: new Map([[target.id, 9]]),
      edges: new Map<string, number>(),
      max: 1,
      partial: false,
      nodeLabels: new Map([[target.id, label]]),
      edgeLabels: new Map<string, string>(),
      skipLabels: new Map<string, string>(),
    };
    const picture = renderJourneySvg(journey, { sim });
    const card = new RegExp(`<g class="node" data-id="${target.id}">(.*?)</g>`).exec(
      picture.svg,
    )![1];
    const count = /<text [^>]*class="count">(.*?)<\/text>/.exec(card)![1];
    const lines = [...count.matchAll(/<tspan [^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.join(' ')).toBe(label);
    // Lines break between figures: a number never leaves its unit.
    for (const l of lines)
      for (const part of l.replace(/ ·$/, '').split(' · '))
        expect(part).toMatch(/^[\d,]+ [a-z]+( visits)?$/);
    expect(card).not.toContain('…');
    // 11 px bold at 0.6 em a character: each line fits the 196 px text width.
    for (const l of lines) expect(l.length * 11 * 0.6).toBeLessThanOrEqual(196);
    expect(picture.cards.get(target.id)!.height).toBe(84 + (lines.length - 1) * 14);
  });

  it('sets the system font stack, so text survives without web fonts', () => {
    expect(renderJourneySvg(journey).svg).toMatch(/font-family="system-ui, [^"]*sans-serif"/);
  });
});
