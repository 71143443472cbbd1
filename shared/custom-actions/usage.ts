import type { Journey } from '../model';

/** The custom Action ids a journey's Action steps call (seed 003). */
export function customActionsUsed(journey: Pick<Journey, 'nodes'>): Set<string> {
  const ids = new Set<string>();
  for (const node of journey.nodes) {
    if (node.type !== 'action' || node.settings.actionId !== 'custom-action') continue;
    const ref = node.settings.params.actionRef;
    if (typeof ref === 'string' && ref !== '') ids.add(ref);
  }
  return ids;
}
