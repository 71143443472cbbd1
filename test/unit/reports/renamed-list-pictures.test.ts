import { describe, expect, it } from 'vitest';
import { renderJourneySvg } from '../../../shared/render';
import { nodeDetail } from '../../../shared/reports/node-labels';
import { linearJourney } from '../helpers/journey-builder';
import { makeWorkspace } from '../helpers/workspace-builder';

// A list renamed in Settings: the Entry refers to it by id, so every picture of the journey (the
// SVG/PNG export, the report's picture and print parts, the presentation's step detail) must name
// it by its new name, as the canvas card does, not by the name the Entry saved.

const renamed = makeWorkspace({
  accountLists: [{ id: 'list-a', name: 'Tier 1', kind: 'static', status: 'live' }],
});

function journeyOnListA() {
  const journey = linearJourney([], { audience: 'account', name: 'Onboarding' });
  const settings = { trigger: 'audience' as const, source: 'Target accounts', listId: 'list-a' };
  return {
    ...journey,
    nodes: journey.nodes.map((n) => (n.type === 'entry' ? { ...n, settings } : n)),
  };
}

describe('pictures of a journey whose Entry list was renamed', () => {
  it('the exported picture names the list by its new name when given the workspace', () => {
    const journey = journeyOnListA();
    const svg = renderJourneySvg(journey, { workspace: renamed }).svg;
    expect(svg).toContain('Account audience: Tier 1<');
    // Without a workspace (a bare render) it can only say the name the Entry saved.
    expect(renderJourneySvg(journey).svg).not.toContain('Tier 1');
  });

  it("the presentation's step detail names the list by its new name", () => {
    const entry = journeyOnListA().nodes.find((n) => n.type === 'entry');
    if (!entry) throw new Error('no entry');
    expect(nodeDetail(entry, 'account', renamed)).toBe('Account audience: Tier 1');
  });
});
