import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { DEFAULT_NODE_SIZE } from '../../../shared/graph/layout';
import { cutSpans, picturePrintParts, PRINT_PART } from '../../../shared/reports/picture-pages';
import { renderSimulationReport } from '../../../shared/reports';
import { templateJourney } from '../../helpers/template-journey';

describe('cutSpans', () => {
  it('cuts in the gaps between occupied spans, as late as a piece allows', () => {
    // Cards at 0–100, 150–250, 300–400: at most 280 cuts at 280 (in the 250–300 gap); at most 240
    // would cut the 150–250 card, so it cuts before it, at 150.
    const cards = [
      [0, 100],
      [150, 250],
      [300, 400],
    ] as const;
    expect(cutSpans(0, 400, cards, 280)).toEqual([
      [0, 280],
      [280, 400],
    ]);
    expect(cutSpans(0, 400, cards, 240)).toEqual([
      [0, 150],
      [150, 300],
      [300, 400],
    ]);
  });
  it('cuts through a span only when no gap fits, and leaves a short whole alone', () => {
    expect(cutSpans(0, 500, [[0, 500]], 200)).toEqual([
      [0, 200],
      [200, 400],
      [400, 500],
    ]);
    expect(cutSpans(10, 90, [], 100)).toEqual([[10, 90]]);
  });
});

describe('the printed journey picture', () => {
  const { journey, scenario } = templateJourney('buying-group', 'tester');
  const result = simulate(journey, scenario);
  const parts = picturePrintParts(journey, result);
  const views = parts.map((p) => {
    const [x, y, w, h] = /viewBox="([^"]+)"/.exec(p.svg)![1].split(' ').map(Number);
    const width = Number(/ width="([^"]+)"/.exec(p.svg)![1]);
    return { x, y, w, h, width };
  });

  it('is page-sized parts at full size that together show the whole picture', () => {
    expect(parts.length).toBeGreaterThan(1);
    for (const v of views) {
      expect(v.width).toBe(v.w); // one CSS px per unit: 11 px text stays 8.25 pt
      expect(v.w).toBeLessThanOrEqual(PRINT_PART.width);
      expect(v.h).toBeLessThanOrEqual(PRINT_PART.height);
    }
    const total = views.reduce((s, v) => s + v.h, 0);
    const whole = /viewBox="([^"]+)"/
      .exec(renderSimulationReport({ journey, result, generatedAt: '2030-01-01T00:00:00Z' }))![1]
      .split(' ')
      .map(Number);
    expect(total).toBe(whole[3]);
    expect(views[0].y).toBe(whole[1]);
  });

  it('never cuts through a card', () => {
    for (const v of views.slice(1))
      for (const n of journey.nodes) {
        const top = n.position.y;
        const bottom = top + DEFAULT_NODE_SIZE.height;
        expect(top < v.y && v.y < bottom, `${n.name} cut at ${v.y}`).toBe(false);
      }
  });

  it('is in the report for print only', () => {
    const html = renderSimulationReport({ journey, result, generatedAt: '2030-01-01T00:00:00Z' });
    expect(html.match(/<figure class="picture-part">/g)).toHaveLength(parts.length);
    expect(html).toContain(`Journey, part 2 (2 of ${parts.length})`);
    expect(html).toMatch(/\.picture-print \{ display: none; \}/);
  });
});
