import { Liquid } from 'liquidjs';

/** A strict engine used only to parse: unknown tags and filters are syntax errors. */
const engine = new Liquid({ strictFilters: true, parseLimit: 200_000 });

/** Outcome of parsing one template: its variable paths, or the syntax error. */
export type LiquidAnalysis = { ok: true; variables: string[][] } | { ok: false; message: string };

/** A Gate condition is a Liquid expression; a condition written as a template is kept as is. */
export function gateConditionTemplate(condition: string): string {
  return /{{|{%/.test(condition) ? condition : `{% if ${condition} %}true{% endif %}`;
}

/** Parses a template and lists the global variable paths it reads (e.g. journey.my_action.body). */
export function analyzeLiquid(template: string): LiquidAnalysis {
  try {
    const parsed = engine.parse(template);
    const segments = engine.globalVariableSegmentsSync(parsed);
    return { ok: true, variables: segments.map((s) => s.map(String)) };
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, message };
  }
}

/** The data keys a template reads through `journey.<key>`. */
export function dataKeysRead(variables: readonly string[][]): string[] {
  return variables.filter((v) => v[0] === 'journey' && v.length > 1).map((v) => v[1]);
}
