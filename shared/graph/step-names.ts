import type { GraphDoc } from './queries';
import { flowOrder } from './queries';

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[ordinalRules.select(n)] ?? 'th'}`;
}

/** What the path walk reads: nodes by id, each node's incoming edges, and paths found so far. */
interface Index {
  nodes: Map<string, GraphDoc['nodes'][number]>;
  incoming: Map<string, GraphDoc['edges']>;
  found: Map<string, string | undefined>;
}

function indexOf(doc: GraphDoc): Index {
  const incoming = new Map<string, GraphDoc['edges']>();
  for (const e of doc.edges) {
    const list = incoming.get(e.target);
    if (list) list.push(e);
    else incoming.set(e.target, [e]);
  }
  return { nodes: new Map(doc.nodes.map((n) => [n.id, n] as const)), incoming, found: new Map() };
}

/**
 * The split path a node sits on: walk back through single incoming edges until an edge leaves a
 * Split or Random split, and name that path. A node where paths meet is on no one path. Every
 * node walked through gets the same answer, so a long chain is walked once.
 */
function pathNameOf({ nodes, incoming, found }: Index, id: string): string | undefined {
  const walked = new Set<string>();
  let current = id;
  let path: string | undefined;
  for (;;) {
    if (found.has(current)) {
      path = found.get(current);
      break;
    }
    if (walked.has(current)) break; // a loop with no split on it
    walked.add(current);
    const into = incoming.get(current) ?? [];
    if (into.length !== 1) break;
    const edge = into[0];
    const source = nodes.get(edge.source);
    if (source?.type === 'split' || source?.type === 'randomSplit') {
      path =
        edge.sourceHandle === 'other'
          ? 'Other'
          : source.settings.paths.find((p) => p.id === edge.sourceHandle)?.name;
      break;
    }
    current = edge.source;
  }
  for (const w of walked) found.set(w, path);
  return path;
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
    const ids = byName.get(key);
    if (ids) ids.push(n.id);
    else byName.set(key, [n.id]);
  }
  const names = new Map(doc.nodes.map((n) => [n.id, n.name] as const));
  const groups = [...byName].filter(([, ids]) => ids.length > 1);
  if (groups.length === 0) return names;
  const index = indexOf(doc);
  let rank: Map<string, number> | null = null;
  for (const [name, ids] of groups) {
    const withPath = new Map(
      ids.map((id) => {
        const path = pathNameOf(index, id);
        return [id, path ? `${name} — on path "${path}"` : name] as const;
      }),
    );
    const shared = new Map<string, string[]>();
    for (const [id, label] of withPath) {
      const same = shared.get(label);
      if (same) same.push(id);
      else shared.set(label, [id]);
    }
    for (const [label, same] of shared) {
      if (same.length === 1) {
        names.set(same[0], label);
        continue;
      }
      // Flow order is read only when a path is not enough.
      rank ??= new Map(flowOrder(doc).map((id, i) => [id, i] as const));
      const order = rank;
      same
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
        .forEach((id, i) => names.set(id, `${label} (${ordinal(i + 1)})`));
    }
  }
  return names;
}
