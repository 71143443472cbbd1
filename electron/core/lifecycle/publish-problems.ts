import { blockedReferenceProblems, uniqueProblems, type LifecycleProblem } from '../../../shared/lifecycle';
import type { Journey } from '../../../shared/model';
import { validateJourney } from '../../../shared/validation';
import type { CoreContext } from '../context';

/** Everything that stands in the way of publishing: validation plus blocked journey references. */
export function publishProblems(ctx: CoreContext, journey: Journey): LifecycleProblem[] {
  const journeys = ctx.store.list();
  return uniqueProblems([
    ...validateJourney(journey, ctx.workspace.get(), { journeys }),
    ...blockedReferenceProblems(journey, journeys),
  ]);
}
