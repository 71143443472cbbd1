import type { JourneyNode } from '../model';

/** Data Keys are identifiers of at most this many characters (the step form's limit). */
const MAX_KEY = 64;

/** The Data Key a node stores its result under, if it is a custom Action step with one. */
export function dataKeyOf(node: JourneyNode): string | undefined {
  if (node.type !== 'action' || node.settings.actionId !== 'custom-action') return undefined;
  const key = node.settings.params.dataKey;
  return typeof key === 'string' && key.trim() !== '' ? key : undefined;
}

/** The first of `lead_2`, `lead_3`, … (from `lead` or `lead_2`) that nobody has taken. */
export function nextFreeDataKey(key: string, taken: ReadonlySet<string>): string {
  const base = key.replace(/_\d+$/, '') || key;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = base.slice(0, MAX_KEY - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Rewrites `journey.<from>` (not `journey.<from>x`) to `journey.<to>` in every string of a value. */
function renameReads(value: unknown, renames: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    let out = value;
    for (const [from, to] of renames)
      out = out.replace(
        new RegExp(`\\bjourney\\.${escape(from)}(?![A-Za-z0-9_])`, 'g'),
        () => `journey.${to}`,
      );
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => renameReads(v, renames));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, renameReads(v, renames)] as const),
    );
  return value;
}

/**
 * Copies of Action steps get Data Keys nobody in `existing` uses (`lead` -> `lead_2`), since two
 * steps may not store under one key; the copied steps that read a renamed key read the new one.
 */
export function withFreshDataKeys(
  copies: readonly JourneyNode[],
  existing: readonly JourneyNode[],
): JourneyNode[] {
  const taken = new Set(existing.flatMap((n) => dataKeyOf(n) ?? []));
  const renames = new Map<string, string>();
  for (const node of copies) {
    const key = dataKeyOf(node);
    if (key === undefined) continue;
    const fresh = taken.has(key) ? nextFreeDataKey(key, taken) : key;
    taken.add(fresh);
    if (fresh !== key) renames.set(key, fresh);
  }
  if (renames.size === 0) return [...copies];
  return copies.map((node) => {
    const key = dataKeyOf(node);
    const settings = renameReads(node.settings, renames) as JourneyNode['settings'];
    const renamed = { ...node, settings } as JourneyNode;
    if (key === undefined || !renames.has(key) || renamed.type !== 'action') return renamed;
    const params = { ...renamed.settings.params, dataKey: renames.get(key) };
    return { ...renamed, settings: { ...renamed.settings, params } };
  });
}
