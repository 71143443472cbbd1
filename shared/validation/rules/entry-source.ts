import { accountListNotLive } from '../../catalog';
import type { NodeOf } from '../../model';
import { ENTRY_SOURCE_MISSING, REFERENCE_UNAVAILABLE } from '../codes';
import { error, type Problem } from '../problem';
import type { RuleInput } from './rule';

/** What the Entry's Source field is called for each trigger (the inspector uses the same words). */
export const ENTRY_SOURCE_LABEL: Record<NodeOf<'entry'>['settings']['trigger'], string> = {
  audience: 'Audience',
  segment: 'Segment',
  event: 'Event',
  date: 'Date',
};

/**
 * Why an account journey's Entry audience cannot let anyone in now: an account list that is not
 * live (the Entry's picker and "Add to account list" say "not live" too); undefined otherwise.
 */
export function entryAudienceUnavailable(
  settings: NodeOf<'entry'>['settings'],
  { journey, workspace }: Pick<RuleInput, 'journey' | 'workspace'>,
): string | undefined {
  if (journey.audience !== 'account' || settings.trigger !== 'audience') return undefined;
  const list = workspace.accountLists.find((l) => l.name === settings.source);
  const reason = list && accountListNotLive(list);
  return reason && `${ENTRY_SOURCE_LABEL.audience} "${list.name}" is ${reason}`;
}

/** The Entry says who enters: an audience or segment, an event, or a date. An empty one lets nobody in. */
export function entrySourceRule(input: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of input.graph.nodes.values()) {
    if (node.type !== 'entry') continue;
    if (node.settings.source.trim() === '') {
      const label = ENTRY_SOURCE_LABEL[node.settings.trigger];
      problems.push(error(ENTRY_SOURCE_MISSING, `${label} is required`, node.id, 'source'));
      continue;
    }
    const unavailable = entryAudienceUnavailable(node.settings, input);
    if (unavailable) problems.push(error(REFERENCE_UNAVAILABLE, unavailable, node.id, 'source'));
  }
  return problems;
}
