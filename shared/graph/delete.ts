import { nodeOutputs, type JourneyEdge } from '../model';
import { descendants, findNode, reachableFrom, type GraphDoc } from './queries';

/** The result of deleting: the new document and the extra nodes that went with the deleted ones. */
export interface DeleteResult<T extends GraphDoc> {
  doc: T;
  /** Nodes removed because they sat only on a branch of a deleted split (ask before doing this). */
  dropped: string[];
}

function deleteOne<T extends GraphDoc>(doc: T, id: string): DeleteResult<T> {
  const node = findNode(doc, id);
  if (!node || node.type === 'entry') return { doc, dropped: [] };
  const order = nodeOutputs(node).map((o) => o.id);
  const outgoing = doc.edges
    .filter((e) => e.source === id && e.target !== id)
    .sort((a, b) => order.indexOf(a.sourceHandle) - order.indexOf(b.sourceHandle));
  const incoming = doc.edges.filter((e) => e.target === id && e.source !== id);
  // The first connected output carries the path on; the other branches go with the node.
  const keep = outgoing[0]?.target;
  const edges: JourneyEdge[] = [];
  for (const e of doc.edges) {
    if (e.source === id) continue;
    if (e.target !== id) edges.push(e);
    else if (keep !== undefined) edges.push({ ...e, target: keep });
  }
  const candidates = new Set<string>();
  for (const e of outgoing.slice(1)) {
    candidates.add(e.target);
    for (const d of descendants(doc, e.target)) candidates.add(d);
  }
  candidates.delete(id);
  const hadInput = new Set(doc.edges.filter((e) => e.source !== e.target).map((e) => e.target));
  const roots = doc.nodes
    .filter((n) => n.id !== id && (n.type === 'entry' || !hadInput.has(n.id)))
    .map((n) => n.id);
  if (keep !== undefined) roots.push(keep);
  roots.push(...incoming.map((e) => e.source));
  const after = { nodes: doc.nodes.filter((n) => n.id !== id), edges };
  const alive = reachableFrom(after, roots);
  const dropped = [...candidates].filter((c) => !alive.has(c));
  const gone = new Set([id, ...dropped]);
  return {
    doc: {
      ...doc,
      nodes: doc.nodes.filter((n) => !gone.has(n.id)),
      edges: edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
    },
    dropped,
  };
}

/**
 * Deletes nodes and reconnects: each deleted node's incoming edges go on to the target of its
 * first connected output; nodes only reachable through its other outputs are removed too and
 * reported in `dropped`. The Entry is never deleted.
 */
export function deleteNodes<T extends GraphDoc>(doc: T, ids: readonly string[]): DeleteResult<T> {
  let current = doc;
  const asked = new Set(ids);
  const dropped = new Set<string>();
  for (const id of ids) {
    if (!findNode(current, id)) continue;
    const result = deleteOne(current, id);
    current = result.doc;
    for (const d of result.dropped) if (!asked.has(d)) dropped.add(d);
  }
  return { doc: current, dropped: [...dropped] };
}
