import { demoWorkspace } from '../../electron/core/demo/demo-workspace';
import { newJourney } from '../../shared/journeys/new-journey';
import type { Journey } from '../../shared/model';
import type { SavedScenario } from '../../shared/simulation';
import { findTemplate } from '../../shared/templates';

/** A journey template built as the app builds it (demo workspace), with its saved scenario. */
export function templateJourney(
  id: string,
  user = 'bench',
): { journey: Journey; scenario: SavedScenario } {
  const t = findTemplate(id);
  if (!t) throw new Error(`No journey template "${id}"`);
  let n = 0;
  const built = t.build({
    makeId: () => `n${++n}`,
    workspace: demoWorkspace(user),
    customActionId: 'act-demo-customer-api',
  });
  const journey: Journey = {
    ...newJourney({
      name: t.meta.title,
      description: t.meta.description,
      audience: t.meta.audience,
      user,
      now: new Date('2030-01-01T00:00:00Z'),
    }),
    ...built.body,
  };
  return { journey, scenario: built.scenario };
}
