import {
  blockedReferenceProblems,
  uniqueProblems,
  withNodeNames,
  type LifecycleProblem,
} from '../../../shared/lifecycle';
import type { Journey } from '../../../shared/model';
import { validateJourney } from '../../../shared/validation';
import { validationContextOf } from '../actions/validation-refs';
import type { CoreContext } from '../context';

/** Everything that stands in the way of publishing: validation plus blocked journey references, each naming its step. */
export async function publishProblems(
  ctx: CoreContext,
  journey: Journey,
): Promise<LifecycleProblem[]> {
  const context = await validationContextOf(ctx);
  const problems = uniqueProblems([
    ...validateJourney(journey, ctx.workspace.get(), context),
    ...blockedReferenceProblems(journey, context.journeys),
  ]);
  return withNodeNames(problems, journey);
}
