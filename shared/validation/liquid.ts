import type { Liquid } from 'liquidjs';
import { createStrictLiquid } from '../liquid/limits';

/**
 * A strict, bounded engine used only to parse: unknown tags and filters are syntax errors.
 * Made on first use, so a process that never parses Liquid (most CLI calls) does not pay for it.
 */
let parser: Liquid | undefined;
const engine = (): Liquid => (parser ??= createStrictLiquid());

/** Outcome of parsing one template: its variable paths, or the syntax error. */
export type LiquidAnalysis = { ok: true; variables: string[][] } | { ok: false; message: string };

/** Whether a value holds Liquid (known only when the step runs, so not checked as a literal). */
export const hasLiquid = (value: string): boolean => /{{|{%/.test(value);

/** A Gate condition is a Liquid expression; a condition written as a template is kept as is. */
export function gateConditionTemplate(condition: string): string {
  return hasLiquid(condition) ? condition : `{% if ${condition} %}true{% endif %}`;
}

/** A variable path up to its first computed part (`person[journey.k]` reads `person`, then `journey.k`). */
function staticPrefix(segments: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const s of segments) {
    if (typeof s !== 'string' && typeof s !== 'number') break;
    out.push(String(s));
  }
  return out;
}

/** Parses a template and lists the global variable paths it reads (e.g. journey.my_action.body). */
export function analyzeLiquid(template: string): LiquidAnalysis {
  try {
    const parsed = engine().parse(template);
    const segments = engine().globalVariableSegmentsSync(parsed);
    return { ok: true, variables: segments.map(staticPrefix).filter((v) => v.length > 0) };
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, message };
  }
}

/** The data keys a template reads through `journey.<key>`. */
export function dataKeysRead(variables: readonly string[][]): string[] {
  return variables.filter((v) => v[0] === 'journey' && v.length > 1).map((v) => v[1]);
}
