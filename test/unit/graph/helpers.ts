import { createNode, type GraphDoc } from '../../../shared/graph';
import type { JourneyBody, JourneyNode, NodeType } from '../../../shared/model';

/** A deterministic id generator for readable expectations. */
export function idSeq(prefix = 'id'): () => string {
  let i = 0;
  return () => `${prefix}${++i}`;
}

/** A node with a fixed id. */
export function node(type: NodeType, id: string, y = 0): JourneyNode {
  let first = true;
  let n = 0;
  return createNode(type, {
    position: { x: 0, y },
    makeId: () => (first ? ((first = false), id) : `${id}-p${++n}`),
  });
}

/** Entry -> Exit, as a new journey starts. */
export function starter(): JourneyBody {
  return {
    description: '',
    content: [],
    nodes: [node('entry', 'entry'), node('exit', 'exit', 160)],
    edges: [{ id: 'e0', source: 'entry', sourceHandle: 'out', target: 'exit' }],
  };
}

/** Edges as `source:handle>target` strings, sorted, for compact assertions. */
export function wiring(doc: GraphDoc): string[] {
  return doc.edges.map((e) => `${e.source}:${e.sourceHandle}>${e.target}`).sort();
}
