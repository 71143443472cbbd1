import { createBoundedLiquid } from '../../../shared/liquid/limits';
import type { SampleProfile } from './sample-profile';

/** Missing variables render empty (listed separately), unknown filters fail, output is bounded. */
// The shared limits, with a shorter render time: the preview re-renders on every keystroke.
const engine = createBoundedLiquid({
  strictFilters: true,
  strictVariables: false,
  renderLimit: 500,
});

export type PreviewResult =
  { ok: true; text: string; unknown: string[] } | { ok: false; message: string };

const ROOTS = new Set(['person', 'account', 'journey']);

function unknownVariables(
  segments: readonly (readonly unknown[])[],
  profile: SampleProfile,
): string[] {
  const out = new Set<string>();
  for (const seg of segments) {
    const [root, key] = seg.map(String);
    const path = seg.map(String).join('.');
    if (!ROOTS.has(root)) out.add(path);
    else if (
      (root === 'person' || root === 'account') &&
      key !== undefined &&
      !(key in profile[root])
    )
      out.add(path);
  }
  return [...out];
}

/** Renders a template against a sample profile; Data Keys (`journey.*`) are empty in a preview. */
export function renderPreview(template: string, profile: SampleProfile): PreviewResult {
  try {
    const parsed = engine.parse(template);
    const unknown = unknownVariables(engine.globalVariableSegmentsSync(parsed), profile);
    const text = engine.renderSync(parsed, {
      person: profile.person,
      account: profile.account,
      journey: {},
    }) as string;
    return { ok: true, text, unknown };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
}
