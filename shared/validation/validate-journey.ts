import type { Journey, Workspace } from '../model';
import { buildGraph } from './graph';
import type { Problem, ValidationContext } from './problem';
import { actionAttributeValueRule } from './rules/action-attribute-value';
import { actionChoiceRule } from './rules/action-choice';
import { actionParamsRule } from './rules/action-params';
import { actionReferencesRule } from './rules/action-references';
import { applyToRule } from './rules/apply-to';
import { contentAddressesRule } from './rules/content-addresses';
import { dataKeysRule } from './rules/data-keys';
import { edgesRule } from './rules/edges';
import { entryRule } from './rules/entry';
import { entrySourceRule } from './rules/entry-source';
import { actionInputRule } from './rules/action-input';
import { cycleRule, gotoTargetRule } from './rules/goto';
import { liquidRule } from './rules/liquid';
import { nodeSettingsRule } from './rules/node-settings';
import { reachabilityRule } from './rules/reachability';
import type { Rule } from './rules/rule';
import { backToBackSendsRule } from './rules/sends';
import { splitsRule } from './rules/splits';
import { splitRuleProblems } from './split-rules';
import { collectTemplates } from './templates';

/** Every rule, structural first; each is one concern in `rules/`. */
export const RULES: readonly Rule[] = [
  entryRule,
  entrySourceRule,
  edgesRule,
  reachabilityRule,
  gotoTargetRule,
  cycleRule,
  splitsRule,
  ({ journey }) => splitRuleProblems(journey),
  nodeSettingsRule,
  actionChoiceRule,
  actionParamsRule,
  actionReferencesRule,
  actionInputRule,
  actionAttributeValueRule,
  applyToRule,
  backToBackSendsRule,
  dataKeysRule,
  liquidRule,
  contentAddressesRule,
];

const EMPTY_CONTEXT: ValidationContext = { journeys: [] };

/** All problems of a journey; any `error` blocks Publish, warnings do not. */
export function validateJourney(
  journey: Journey,
  workspace: Workspace,
  context: ValidationContext = EMPTY_CONTEXT,
): Problem[] {
  const input = {
    journey,
    workspace,
    context,
    graph: buildGraph(journey),
    templates: collectTemplates(journey),
  };
  return RULES.flatMap((rule) => rule(input));
}
