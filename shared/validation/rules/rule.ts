import type { Journey, Workspace } from '../../model';
import type { JourneyGraph } from '../graph';
import type { Problem, ValidationContext } from '../problem';
import type { TemplateUse } from '../templates';

/** Everything a rule may look at; built once per validation. */
export interface RuleInput {
  journey: Journey;
  workspace: Workspace;
  context: ValidationContext;
  graph: JourneyGraph;
  templates: readonly TemplateUse[];
}

/** One concern's check. */
export type Rule = (input: RuleInput) => Problem[];
