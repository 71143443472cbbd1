import {
  blockedReferenceProblems,
  withDraftPublishProblems,
  uniqueProblems,
  withNodeNames,
  type LifecycleProblem,
} from '../../../shared/lifecycle';
import type { Journey } from '../../../shared/model';
import { inProblemOrder, validateJourney } from '../../../shared/validation';
import { validationContextOf } from '../actions/validation-refs';
import type { CoreContext } from '../context';
import { readFieldDrafts } from '../store/field-draft-store';

/** Everything that stands in the way of publishing: validation, refused field values and blocked journey references, each naming its step. */
export async function publishProblems(
  ctx: CoreContext,
  journey: Journey,
): Promise<LifecycleProblem[]> {
  const context = await validationContextOf(ctx);
  const problems = uniqueProblems([
    ...validateJourney(journey, ctx.workspace.get(), context),
    ...blockedReferenceProblems(journey, context.journeys),
  ]);
  // A value the editor refused stands in front of the saved one: Publish from the library, the
  // CLI or another window must not publish the saved value the user already replaced (issue #19).
  // withDraftPublishProblems keeps only drafts of steps and fields the journey still has.
  const found = withDraftPublishProblems(
    withNodeNames(problems, journey),
    await readFieldDrafts(ctx.dataDir, journey.id),
    journey,
  );
  // Errors first, then warnings, each in flow order: as the editor's Problems list and CLI validate.
  return inProblemOrder(found, journey);
}
