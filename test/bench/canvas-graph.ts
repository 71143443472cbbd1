import { createNode, layoutPositions, moveNodes } from '../../shared/graph';
import type { JourneyBody, JourneyEdge, JourneyNode, NodeType } from '../../shared/model';

/**
 * A deterministic journey of `count` nodes for the canvas bench: runs of Waits and actions,
 * a Random split every ten nodes, Exits at the ends; laid out top to bottom like Tidy up does.
 */
export function generateCanvasJourney(count: number): JourneyBody {
  let seq = 0;
  const makeId = () => `n${++seq}`;
  const nodes: JourneyNode[] = [createNode('entry', { makeId })];
  const edges: JourneyEdge[] = [];
  const open: { source: string; handle: string }[] = [{ source: nodes[0].id, handle: 'out' }];
  const cycle: NodeType[] = [
    'wait',
    'action',
    'wait',
    'action',
    'waitForEvent',
    'action',
    'gate',
    'wait',
    'action',
  ];
  while (nodes.length < count - open.length && open.length > 0) {
    const at = open.shift() as { source: string; handle: string };
    const type = nodes.length % 10 === 0 ? 'randomSplit' : cycle[nodes.length % cycle.length];
    const node = createNode(type, { makeId, name: `${type} ${nodes.length}` });
    nodes.push(node);
    edges.push({
      id: `e${edges.length}`,
      source: at.source,
      sourceHandle: at.handle,
      target: node.id,
    });
    if (node.type === 'randomSplit')
      for (const p of node.settings.paths) open.push({ source: node.id, handle: p.id });
    else if (node.type === 'gate')
      open.push({ source: node.id, handle: 'true' }, { source: node.id, handle: 'false' });
    else if (node.type === 'waitForEvent')
      open.push({ source: node.id, handle: 'event' }, { source: node.id, handle: 'timeout' });
    else open.push({ source: node.id, handle: 'out' });
  }
  for (const at of open) {
    const exit = createNode('exit', { makeId });
    nodes.push(exit);
    edges.push({
      id: `e${edges.length}`,
      source: at.source,
      sourceHandle: at.handle,
      target: exit.id,
    });
  }
  const body: JourneyBody = { description: 'Canvas benchmark', nodes, edges, content: [] };
  return moveNodes(body, layoutPositions(body));
}
