import { describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../../electron/core/demo/demo-workspace';
import { DEMO_MOCK_ACTION_ID } from '../../../electron/core/demo/demo-action-patterns';
import { simulate } from '../../../electron/core/simulator';
import { Journey, type JourneyNode, type Workspace } from '../../../shared/model';
import { newJourney } from '../../../shared/journeys/new-journey';
import { checkBodyParams } from '../../../shared/journeys/check-body';
import { referenceNames } from '../../../shared/simulation';
import { findTemplate } from '../../../shared/templates';

// Item 5 of issue 17: "Retarget on LinkedIn" sits on the non-executive path of the buying-group
// template, so it adds people to an influencers audience, never the decision makers' one.
const retarget = (workspace: Workspace) => {
  let n = 0;
  const built = findTemplate('buying-group')?.build({
    makeId: () => `id-${++n}`,
    workspace,
    customActionId: DEMO_MOCK_ACTION_ID,
  });
  const node = built?.body.nodes.find((x: JourneyNode) => x.name === 'Retarget on LinkedIn');
  return { built, audienceId: node?.type === 'action' ? node.settings.params.audienceId : null };
};

describe('buying-group template audience', () => {
  const workspace = demoWorkspace('tester');
  const names = referenceNames(workspace);

  it('the demo workspace has an influencers audience, and the template uses it', () => {
    const { audienceId } = retarget(workspace);
    expect(names[String(audienceId)]).toBe('LinkedIn retargeting – influencers');
  });

  it('without one, it takes any audience but the decision makers', () => {
    const older = {
      ...workspace,
      externalAudiences: workspace.externalAudiences.filter((a) => !/influencer/i.test(a.name)),
    };
    expect(retarget(older).audienceId).toBe('aud-2');
  });

  it('its scenario fills the influencers audience and leaves the decision makers empty', () => {
    const { built } = retarget(workspace);
    if (!built) throw new Error('no buying-group template');
    const base = newJourney({
      name: 'BG',
      description: '',
      audience: 'account',
      user: 'tester',
      now: new Date('2025-01-01T00:00:00Z'),
    });
    const journey = Journey.parse({ ...base, ...checkBodyParams(built.body) });
    const r = simulate(journey, built.scenario, { names });
    expect(r.actions.audienceAdds.map((e) => e.name)).toEqual([
      'LinkedIn retargeting – influencers',
    ]);
  });
});
