import { nodeOutputs, type JourneyBody, type JourneyNode } from '../model';

/**
 * Nodes in walkthrough order: a depth-first walk from the Entry taking outputs in display order
 * (Path 1 before Other, True before False), then any node the walk did not reach. Deterministic,
 * so a presentation and a report list the same journey the same way every time.
 */
export function pathOrder(body: Pick<JourneyBody, 'nodes' | 'edges'>): JourneyNode[] {
  const byId = new Map(body.nodes.map((n) => [n.id, n] as const));
  const seen = new Set<string>();
  const out: JourneyNode[] = [];
  const visit = (node: JourneyNode) => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    out.push(node);
    const order = nodeOutputs(node).map((o) => o.id);
    const next = body.edges
      .filter((e) => e.source === node.id)
      .sort((a, b) => order.indexOf(a.sourceHandle) - order.indexOf(b.sourceHandle));
    for (const e of next) {
      const target = byId.get(e.target);
      if (target) visit(target);
    }
  };
  for (const n of body.nodes) if (n.type === 'entry') visit(n);
  for (const n of body.nodes) visit(n);
  return out;
}
