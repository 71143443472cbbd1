import type { Journey, Workspace } from '../model';
import { entrySourceUnavailable } from '../validation/rules/entry-source';
import type { SimWarning } from './result';

/**
 * What a run should warn of that only the workspace knows: an Entry whose audience or segment the
 * workspace lacks or that is not live lets nobody in. Same words as the Publish problem
 * (`Audience "Churn risk" is not in this workspace`); it warns here rather than blocks.
 */
export function referenceWarnings(journey: Journey, workspace: Workspace): SimWarning[] {
  const warnings: SimWarning[] = [];
  for (const node of journey.nodes) {
    if (node.type !== 'entry') continue;
    const unavailable = entrySourceUnavailable(node.settings, { journey, workspace });
    if (unavailable)
      warnings.push({ code: unavailable.code, message: unavailable.message, nodeId: node.id });
  }
  return warnings;
}
