import { describe, expect, it } from 'vitest';
import { renderJourneySvg, simFigures } from '../../../shared/render';
import { SKIPPED_STEP, skippedBuyingGroup } from '../../helpers/skipped-buying-group';

// Hand-counted: 1,200 accounts × 3 people = 3,600 people, all entering on day 0 and all skipping
// the unconfigured "Move to Interest stage" (see the helper).
const { journey, result } = skippedBuyingGroup();
const idOf = (name: string) => journey.nodes.find((n) => n.name === name)!.id;
const cardOf = (svg: string, name: string) =>
  new RegExp(`<g class="node" data-id="${idOf(name)}">(.*?)</g>`).exec(svg)![1];
const texts = (card: string, cls: string) =>
  [...card.matchAll(new RegExp(`<text [^>]*class="${cls}">(.*?)</text>`, 'g'))]
    .map((m) => m[1].replace(/<tspan [^>]*>([^<]*)<\/tspan>/g, '$1'))
    .join(' ');

describe('exported picture with simulation figures', () => {
  it('marks the unconfigured step as the canvas does: "Skipped: … — no action chosen", dashed', () => {
    const { svg } = renderJourneySvg(journey, { sim: simFigures(result) });
    const card = cardOf(svg, SKIPPED_STEP);
    expect(texts(card, 'skipped')).toBe(
      'Skipped: 1,200 accounts · 3,600 people — no action chosen',
    );
    expect(card).toMatch(/class="card"[^>]*stroke-dasharray/);
    // Only the skipped step is marked.
    expect(svg.match(/class="skipped"/g)?.length).toBe(2);
    expect(cardOf(svg, 'Assign influencers')).not.toContain('Skipped');
    // The note's lines make the card taller: it never runs into the card below.
    const picture = renderJourneySvg(journey, { sim: simFigures(result) });
    expect(picture.cards.get(idOf(SKIPPED_STEP))!.height).toBe(84 + 2 * 14);
  });

  it('words a replay day as the canvas badges do (shared formatter): both units, separators', () => {
    const day0 = simFigures(result, 0);
    expect(day0.nodeLabels.get(idOf('Target accounts FY27'))).toBe('1,200 accounts · 3,600 people');
    const first = journey.edges.find((e) => e.source === idOf('Target accounts FY27'))!;
    expect(day0.edgeLabels.get(first.id)).toBe('1,200 accounts · 3,600 people');
    // The milestone comes after a 7-day wait: nobody has reached it on day 0.
    expect(day0.nodeLabels.get(idOf('Log engagement milestone'))).toBe('0 accounts · 0 people');
    // A replay day shows no skips (they are end-of-run figures, as on the canvas).
    expect(day0.skipLabels.size).toBe(0);
  });
});
