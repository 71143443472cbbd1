import type { GraphDoc } from './queries';
import { flowOrder } from './queries';

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[ordinalRules.select(n)] ?? 'th'}`;
}

/**
 * The split path a node sits on: walk back through single incoming edges until an edge leaves a
 * Split or Random split, and name that path. A node where paths meet is on no one path.
 */
function pathNameOf(doc: GraphDoc, id: string): string | undefined {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n] as const));
  const seen = new Set<string>();
  let current = id;
  while (!seen.has(current)) {
    seen.add(current);
    const incoming = doc.edges.filter((e) => e.target === current);
    if (incoming.length !== 1) return undefined;
    const edge = incoming[0];
    const source = nodes.get(edge.source);
    if (source?.type === 'split' || source?.type === 'randomSplit') {
      if (edge.sourceHandle === 'other') return 'Other';
      return source.settings.paths.find((p) => p.id === edge.sourceHandle)?.name;
    }
    current = edge.source;
  }
  return undefined;
}

/**
 * Every step's name as a list shows it, telling apart steps that share a name: first by the path
 * each is on (`Send email — on path "Enterprise"`), then, where that is not enough, by its place in
 * flow order (`Send email (2nd)`). Unique names stay as they are. One rule for every list that
 * names steps (Problems, Publish, Go to targets).
 */
export function distinctStepNames(doc: GraphDoc): Map<string, string> {
  const byName = new Map<string, string[]>();
  for (const n of doc.nodes) {
    const key = n.name.trim();
    byName.set(key, [...(byName.get(key) ?? []), n.id]);
  }
  const rank = new Map(flowOrder(doc).map((id, i) => [id, i] as const));
  const names = new Map(doc.nodes.map((n) => [n.id, n.name] as const));
  for (const [name, ids] of byName) {
    if (ids.length < 2) continue;
    const withPath = new Map(
      ids.map((id) => {
        const path = pathNameOf(doc, id);
        return [id, path ? `${name} — on path "${path}"` : name] as const;
      }),
    );
    const shared = new Map<string, string[]>();
    for (const [id, label] of withPath) shared.set(label, [...(shared.get(label) ?? []), id]);
    for (const [label, same] of shared) {
      if (same.length === 1) {
        names.set(same[0], label);
        continue;
      }
      same
        .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
        .forEach((id, i) => names.set(id, `${label} (${ordinal(i + 1)})`));
    }
  }
  return names;
}
