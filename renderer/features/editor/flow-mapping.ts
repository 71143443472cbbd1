import { MarkerType } from '@xyflow/react';
import { flowOrder } from '../../../shared/graph';
import { nodeOutputs, type JourneyBody, type JourneyNode } from '../../../shared/model';
import type { Problem } from '../../../shared/validation';
import { NODE_META } from './node-meta';
import type { FlowEdge, FlowNode } from './nodes/flow-types';
import { summarizeNode } from './nodes/summary';

export interface MappingInput {
  body: JourneyBody;
  problems: readonly Problem[];
  selection: ReadonlySet<string>;
  readOnly: boolean;
  /** Live positions while a drag is under way. */
  dragging: Readonly<Record<string, { x: number; y: number }>> | null;
  measured: ReadonlyMap<string, { width: number; height: number }>;
}

interface Cached {
  node: JourneyNode;
  key: string;
  flow: FlowNode;
}

/**
 * Turns the document into React Flow nodes, reusing the previous object for every node whose
 * inputs did not change — React Flow then skips it, which keeps big journeys fast.
 */
export function createNodeMapper() {
  let cache = new Map<string, Cached>();
  return (input: MappingInput): FlowNode[] => {
    const { body, problems, selection, readOnly, dragging, measured } = input;
    const names = new Map(body.nodes.map((n) => [n.id, n.name] as const));
    const used = new Map<string, Set<string>>();
    for (const e of body.edges) {
      const set = used.get(e.source) ?? new Set<string>();
      set.add(e.sourceHandle);
      used.set(e.source, set);
    }
    const byNode = new Map<string, Problem[]>();
    for (const p of problems)
      if (p.nodeId) byNode.set(p.nodeId, [...(byNode.get(p.nodeId) ?? []), p]);
    const next = new Map<string, Cached>();
    const out = body.nodes.map((node) => {
      const outputs = nodeOutputs(node);
      const open = outputs.filter((o) => !used.get(node.id)?.has(o.id));
      const mine = byNode.get(node.id) ?? [];
      const errors = mine.filter((p) => p.severity === 'error').length;
      const problemText = mine.map((p) => p.message).join('\n');
      const size = measured.get(node.id);
      const pos = dragging?.[node.id] ?? node.position;
      const summary = summarizeNode(node, (id) => names.get(id));
      const key = [
        selection.has(node.id),
        open.map((o) => o.id).join(','),
        problemText,
        readOnly,
        size?.width,
        size?.height,
        pos.x,
        pos.y,
        summary,
      ].join('|');
      const prev = cache.get(node.id);
      if (prev && prev.node === node && prev.key === key) {
        next.set(node.id, prev);
        return prev.flow;
      }
      const flow: FlowNode = {
        id: node.id,
        type: node.type,
        position: pos,
        data: {
          node,
          summary,
          outputs,
          open,
          errors,
          warnings: mine.length - errors,
          problemText,
          readOnly,
        },
        selected: selection.has(node.id),
        ariaLabel: `${NODE_LABELS[node.type]}: ${node.name}`,
        deletable: false,
        ...(size ? { measured: size } : {}),
      };
      next.set(node.id, { node, key, flow });
      return flow;
    });
    cache = next;
    // Flow order, so Tab moves Entry -> first step -> … as the map reads, not in creation order.
    const rank = new Map(flowOrder(body).map((id, i) => [id, i] as const));
    return out.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  };
}

const NODE_LABELS = Object.fromEntries(
  Object.entries(NODE_META).map(([k, v]) => [k, v.label]),
) as Record<JourneyNode['type'], string>;

/** React Flow edges for the document's edges, with output names and node names for labels. */
export function mapEdges(body: JourneyBody, readOnly: boolean): FlowEdge[] {
  const nodes = new Map(body.nodes.map((n) => [n.id, n] as const));
  return body.edges.map((e) => {
    const source = nodes.get(e.source);
    const outputs = source ? nodeOutputs(source) : [];
    const label =
      outputs.length > 1 ? (outputs.find((o) => o.id === e.sourceHandle)?.label ?? null) : null;
    return {
      id: e.id,
      type: 'path',
      source: e.source,
      sourceHandle: e.sourceHandle,
      target: e.target,
      selectable: false,
      focusable: false,
      deletable: false,
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      data: {
        label,
        sourceName: source?.name ?? '',
        targetName: nodes.get(e.target)?.name ?? '',
        readOnly,
      },
    };
  });
}
