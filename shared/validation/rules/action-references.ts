import {
  fieldApplies,
  getAction,
  journeyRefProblem,
  missingOption,
  optionsFor,
  type ActionDef,
  type ParamField,
} from '../../catalog';
import type { NodeOf } from '../../model';
import {
  JOURNEY_REFERENCE_BLOCKED,
  JOURNEY_REFERENCE_SELF,
  REFERENCE_UNAVAILABLE,
  UNKNOWN_REFERENCE,
} from '../codes';
import { error, type Problem } from '../problem';
import type { RuleInput } from './rule';

const isJourneySource = (f: ParamField) =>
  f.options === 'journeys.account' || f.options === 'journeys.people';

function checkJourney(input: RuleInput, node: NodeOf<'action'>, f: ParamField, ref: string) {
  const issue = journeyRefProblem({
    ref,
    use: f.journeyUse ?? 'enter',
    audience: f.options === 'journeys.account' ? 'account' : 'people',
    selfLineageId: input.journey.lineageId,
    journeys: input.context.journeys,
  });
  if (!issue) return [];
  const code = issue.reason === 'self' ? JOURNEY_REFERENCE_SELF : JOURNEY_REFERENCE_BLOCKED;
  return [error(code, issue.message, node.id, `params.${f.name}`)];
}

function checkField(input: RuleInput, node: NodeOf<'action'>, action: ActionDef, f: ParamField) {
  const params = node.settings.params;
  const value = params[f.name];
  if (!f.options || typeof value !== 'string' || value.trim() === '') return [];
  if (!fieldApplies(f, params)) return [];
  if (isJourneySource(f)) return checkJourney(input, node, f, value);
  if (f.options.startsWith('customAction') && !input.context.customActions) return [];
  if (f.dependsOn && !params[f.dependsOn]) return [];
  const ctx = { ...input.context, workspace: input.workspace, journey: input.journey };
  const options = optionsFor(f, params, ctx) ?? [];
  if (f.options === 'customAction.functions' && options.length === 0) return [];
  const option = options.find((o) => o.value === value);
  const field = `params.${f.name}`;
  if (!option) {
    return [error(UNKNOWN_REFERENCE, missingOption(f, value).message, node.id, field)];
  }
  if (option.disabledReason) {
    const msg = `${f.label} "${option.label}" is ${option.disabledReason}`;
    return [error(REFERENCE_UNAVAILABLE, msg, node.id, field)];
  }
  return [];
}

/** Selected lists, journeys, attributes, content and custom Actions exist and may be used. */
export function actionReferencesRule(input: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of input.graph.nodes.values()) {
    if (node.type !== 'action' || node.settings.actionId === null) continue;
    const action = getAction(node.settings.actionId);
    for (const f of action?.fields ?? []) {
      problems.push(...checkField(input, node, action as ActionDef, f));
    }
  }
  return problems;
}
