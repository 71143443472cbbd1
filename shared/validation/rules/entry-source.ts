import { entryList, entrySourceOptions, NOT_IN_WORKSPACE } from '../../catalog';
import type { NodeOf } from '../../model';
import { ENTRY_SOURCE_MISSING, REFERENCE_UNAVAILABLE, UNKNOWN_REFERENCE } from '../codes';
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
 * Why the Entry's audience or segment cannot let anyone in: a name the workspace does not have
 * (deleted since, or imported from another workspace) or an account list that is not live, in the
 * words of the Entry's picker; undefined otherwise (and for events and dates, which are free).
 */
export function entrySourceUnavailable(
  settings: NodeOf<'entry'>['settings'],
  { journey, workspace }: Pick<RuleInput, 'journey' | 'workspace'>,
): { code: string; message: string } | undefined {
  const list = entryList(settings, journey.audience, workspace);
  if (!list) return undefined;
  const options = entrySourceOptions(settings.trigger, journey.audience, workspace) ?? [];
  const option = options.find((o) => o.value === list.id);
  const label = ENTRY_SOURCE_LABEL[settings.trigger];
  if (!option)
    return {
      code: UNKNOWN_REFERENCE,
      message: `${label} "${list.name}" is ${NOT_IN_WORKSPACE}`,
    };
  if (option.disabledReason)
    return {
      code: REFERENCE_UNAVAILABLE,
      message: `${label} "${option.label}" is ${option.disabledReason}`,
    };
  return undefined;
}

/** The Entry says who enters: an audience or segment, an event, or a date. An empty one lets nobody in. */
export function entrySourceRule(input: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of input.graph.nodes.values()) {
    if (node.type !== 'entry') continue;
    if (node.settings.source.trim() === '' && !node.settings.listId) {
      const label = ENTRY_SOURCE_LABEL[node.settings.trigger];
      problems.push(error(ENTRY_SOURCE_MISSING, `${label} is required`, node.id, 'source'));
      continue;
    }
    const unavailable = entrySourceUnavailable(node.settings, input);
    if (unavailable) problems.push(error(unavailable.code, unavailable.message, node.id, 'source'));
  }
  return problems;
}
