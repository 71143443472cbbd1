import type { Liquid, Template } from 'liquidjs';
import { createBoundedLiquid } from '../../../shared/liquid/limits';

/** One Liquid engine per run: missing variables are empty, unknown filters are errors, renders are bounded. */
export function createLiquid(): Liquid {
  return createBoundedLiquid({ strictFilters: true, strictVariables: false });
}

/** A gate condition as a template: a plain expression is wrapped in `{% if %}`. */
export function conditionTemplate(condition: string): string {
  const c = condition.trim();
  return c.includes('{%') || c.includes('{{') ? c : `{% if ${c} %}true{% endif %}`;
}

/** Whether a rendered condition counts as true ('', 'false', '0', 'nil' do not). */
export function isTruthyOutput(out: string): boolean {
  const s = out.trim();
  return s !== '' && s !== 'false' && s !== '0' && s !== 'nil' && s !== 'null';
}

/** Root and first key of every global variable a template reads, e.g. ['journey', 'enrich']. */
export function templateRefs(liquid: Liquid, tpl: Template[]): Array<[string, string]> {
  const seen = new Set<string>();
  const out: Array<[string, string]> = [];
  for (const seg of liquid.globalVariableSegmentsSync(tpl)) {
    const root = String(seg[0]);
    const key = seg.length > 1 ? String(seg[1]) : '';
    const id = `${root}.${key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push([root, key]);
  }
  return out.sort((a, b) => (a.join('.') < b.join('.') ? -1 : 1));
}
