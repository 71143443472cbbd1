import type { JourneyNode, Position } from '../model';
import type { GraphDoc } from './queries';

/** Moves nodes to new positions (one entry for a whole drag). */
export function moveNodes<T extends GraphDoc>(
  doc: T,
  positions: Readonly<Record<string, Position>>,
): T {
  let changed = false;
  const nodes = doc.nodes.map((n) => {
    const p = positions[n.id];
    if (!p || (p.x === n.position.x && p.y === n.position.y)) return n;
    changed = true;
    return { ...n, position: { x: p.x, y: p.y } };
  });
  // A click that moved nothing is not an edit (no history entry, nothing to save).
  return changed ? { ...doc, nodes } : doc;
}

/** Replaces one node (name or settings changed in the inspector). */
export function updateNode<T extends GraphDoc>(doc: T, node: JourneyNode): T {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === node.id ? node : n)) };
}
