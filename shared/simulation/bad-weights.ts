import type { z } from 'zod';
import { NAMES_ITS_FIELD } from '../errors';
import { badWeightsMessage, isWeight, type BadWeight } from './distribution-text';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const SCOPES = ['accountAttributes', 'personAttributes'] as const;

/** A weight as the person wrote it in the file: "x", "-3", "null". */
const asTyped = (w: unknown) => (typeof w === 'string' ? w : (JSON.stringify(w) ?? ''));

/**
 * A scenario from outside with refused weights in a categorical distribution gets one issue per
 * attribute naming every one of them, in the scenario form's words, the field's path after them
 * (`industry: the weights of Retail ("x") and Finance ("-3") must be numbers, 0 or more
 * (scenario.population.accountAttributes.industry.values)`), rather than one line per weight. The refused weights are then
 * read as 0 for the schema, so it does not list them again; the issue still refuses the scenario.
 */
export function namingBadWeights(raw: unknown, ctx: z.RefinementCtx): unknown {
  if (!isRecord(raw) || !isRecord(raw.population)) return raw;
  const population = { ...raw.population };
  for (const scope of SCOPES) {
    const attrs = population[scope];
    if (!isRecord(attrs)) continue;
    const next = { ...attrs };
    for (const [attr, d] of Object.entries(attrs)) {
      if (!isRecord(d) || d.kind !== 'categorical' || !Array.isArray(d.values)) continue;
      const bad: BadWeight[] = [];
      const values = d.values.map((v: unknown) => {
        if (!isRecord(v) || isWeight(v.weight)) return v;
        bad.push({ value: asTyped(v.value), weight: asTyped(v.weight) });
        return { ...v, weight: 0 };
      });
      if (bad.length === 0) continue;
      ctx.addIssue({
        code: 'custom',
        path: ['population', scope, attr, 'values'],
        message: `${attr}: ${badWeightsMessage(bad)}`,
        params: NAMES_ITS_FIELD,
      });
      next[attr] = { ...d, values };
    }
    population[scope] = next;
  }
  return { ...raw, population };
}
