import type { NodeOf } from '../../model';
import { ENTRY_SOURCE_MISSING } from '../codes';
import { error, type Problem } from '../problem';
import type { RuleInput } from './rule';

/** What the Entry's Source field is called for each trigger (the inspector uses the same words). */
export const ENTRY_SOURCE_LABEL: Record<NodeOf<'entry'>['settings']['trigger'], string> = {
  audience: 'Audience',
  segment: 'Segment',
  event: 'Event',
  date: 'Date',
};

/** The Entry says who enters: an audience or segment, an event, or a date. An empty one lets nobody in. */
export function entrySourceRule({ graph }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.nodes.values()) {
    if (node.type !== 'entry' || node.settings.source.trim() !== '') continue;
    const label = ENTRY_SOURCE_LABEL[node.settings.trigger];
    problems.push(error(ENTRY_SOURCE_MISSING, `${label} is required`, node.id, 'source'));
  }
  return problems;
}
