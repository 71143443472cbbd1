import type { IncomingReference } from '../../../shared/contract/lifecycle';
import { resolveJourneyRef } from '../../../shared/catalog/journey-refs';
import { journeyReferences } from '../../../shared/lifecycle';
import type { Journey } from '../../../shared/model';
import type { CoreContext } from '../context';

/** Steps in other journeys whose journey reference resolves to `target`'s lineage. */
export async function referencesTo(
  ctx: CoreContext,
  target: Journey,
): Promise<IncomingReference[]> {
  const journeys = ctx.store.list();
  const found: IncomingReference[] = [];
  for (const summary of journeys) {
    if (summary.lineageId === target.lineageId) continue;
    const journey = await ctx.store.get(summary.id);
    for (const ref of journeyReferences(journey)) {
      if (resolveJourneyRef(ref.ref, journeys)?.lineageId !== target.lineageId) continue;
      found.push({
        journeyId: journey.id,
        journeyName: journey.name,
        status: journey.status,
        nodeId: ref.nodeId,
        nodeName: ref.nodeName,
        actionLabel: ref.actionLabel,
      });
    }
  }
  return found;
}
