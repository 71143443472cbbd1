import { z } from 'zod';
import { credentialInStepInput } from '../../custom-actions/credentials';
import { CREDENTIAL_IN_STEP_INPUT, INVALID_ACTION_INPUT } from '../codes';
import { hasLiquid } from '../liquid';
import { error, warning, type Problem } from '../problem';
import type { RuleInput } from './rule';

type Prop = { title?: string; type?: string; enum?: unknown[] };

const humanize = (name: string) =>
  name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

/** Why a literal input value breaks its property's schema, or undefined when it fits. */
function issueOf(prop: Prop, value: string): string | undefined {
  if (Array.isArray(prop.enum)) {
    return prop.enum.includes(value)
      ? undefined
      : `must be one of ${prop.enum.map(String).join(', ')}`;
  }
  if (prop.type !== 'string') return undefined;
  const parsed = z.fromJSONSchema(prop as Parameters<typeof z.fromJSONSchema>[0]).safeParse(value);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/**
 * A custom Action step's inputs fit its function's input schema (seed 003). Values with Liquid are
 * only known when the step runs, so only literal values are checked here.
 */
export function actionInputRule({ graph, context }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.nodes.values()) {
    if (node.type !== 'action' || node.settings.actionId !== 'custom-action') continue;
    const { actionRef, function: fn, input } = node.settings.params as Record<string, unknown>;
    const action = context.customActions?.find((a) => a.id === actionRef);
    const schema = typeof fn === 'string' ? action?.inputSchemas?.[fn] : undefined;
    const props = (schema?.properties ?? {}) as Record<string, Prop>;
    if (!input || typeof input !== 'object') continue;
    for (const [name, value] of Object.entries(input as Record<string, unknown>)) {
      const prop = props[name];
      const credential = typeof value === 'string' ? credentialInStepInput(name, value) : null;
      if (credential)
        problems.push(
          warning(
            CREDENTIAL_IN_STEP_INPUT,
            `${prop?.title ?? humanize(name)} looks like it holds a credential (${credential}). ` +
              `A step's inputs are saved in the journey and exported in bundles as plain text: ` +
              `put the credential in the Action's configuration, where it is kept encrypted.`,
            node.id,
            `params.input.${name}`,
          ),
        );
      if (!prop || typeof value !== 'string' || value === '' || hasLiquid(value)) continue;
      const issue = issueOf(prop, value);
      if (!issue) continue;
      const label = prop.title ?? humanize(name);
      problems.push(
        error(
          INVALID_ACTION_INPUT,
          `${label} "${value}" is not accepted: ${issue}`,
          node.id,
          `params.input.${name}`,
        ),
      );
    }
  }
  return problems;
}
