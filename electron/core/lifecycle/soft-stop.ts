import { replacedVersion, softStop, type Actor } from '../../../shared/lifecycle';
import type { Journey } from '../../../shared/model';
import type { CoreContext } from '../context';

/**
 * Soft stop (seed 001): when a new version goes Live, the previous Live version of its lineage is
 * closed to new entries; people already in it finish there.
 */
export async function softStopReplaced(
  ctx: CoreContext,
  live: Journey,
  actor: Actor,
): Promise<void> {
  const previous = replacedVersion(live, ctx.store.list());
  if (previous)
    await ctx.store.update(previous.id, null, (current) => softStop(current, actor, live));
}
