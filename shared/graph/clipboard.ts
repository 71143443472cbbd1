import { z } from 'zod';
import {
  acceptsInput,
  JourneyEdge,
  JourneyNode,
  newId,
  nodeOutputs,
  type Position,
} from '../model';
import { withFreshDataKeys } from './data-keys';
import { clearShift, COL, positionAfter, ROW } from './insert';
import { descendants, findNode, openOutputs, type GraphDoc } from './queries';

/** What Copy puts on the clipboard: a fragment of nodes and the edges among them. */
export const ClipboardPayload = z.object({
  format: z.literal('journey-studio/nodes'),
  version: z.literal(1),
  nodes: z.array(JourneyNode).min(1).max(5_000),
  edges: z.array(JourneyEdge).max(20_000),
});
export type ClipboardPayload = z.infer<typeof ClipboardPayload>;

/** Reads clipboard text; null when it is not a Journey Studio fragment. */
export function parseClipboard(text: string): ClipboardPayload | null {
  try {
    const parsed = ClipboardPayload.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The fragment for `ids` (the Entry stays behind: a journey has one). */
export function copyNodes(doc: GraphDoc, ids: readonly string[]): ClipboardPayload | null {
  const wanted = new Set(ids);
  const nodes = doc.nodes.filter((n) => wanted.has(n.id) && n.type !== 'entry');
  if (nodes.length === 0) return null;
  const kept = new Set(nodes.map((n) => n.id));
  const edges = doc.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  return { format: 'journey-studio/nodes', version: 1, nodes, edges };
}

/** Where pasted nodes go: loose (offset or at a point), at an open end, or into an edge. */
export type PasteTarget =
  | { kind: 'loose'; at?: Position; offset?: Position }
  | { kind: 'open'; sourceId: string; handle: string }
  | { kind: 'edge'; edgeId: string };

export interface PasteResult<T extends GraphDoc> {
  doc: T;
  /** Ids of the pasted nodes, for selecting them. */
  ids: string[];
}

/** Fresh ids for every node, path and edge of a fragment; Go to targets inside it follow. */
export function remapFragment(payload: ClipboardPayload, makeId = newId): ClipboardPayload {
  const ids = new Map(payload.nodes.map((n) => [n.id, makeId()] as const));
  const handles = new Map<string, Map<string, string>>();
  const nodes = payload.nodes.map((n): JourneyNode => {
    const id = ids.get(n.id) as string;
    if (n.type === 'split' || n.type === 'randomSplit') {
      const map = new Map(n.settings.paths.map((p) => [p.id, makeId()] as const));
      handles.set(n.id, map);
      if (n.type === 'split') {
        const paths = n.settings.paths.map((p) => ({ ...p, id: map.get(p.id) as string }));
        return { ...n, id, settings: { ...n.settings, paths } };
      }
      const paths = n.settings.paths.map((p) => ({ ...p, id: map.get(p.id) as string }));
      return { ...n, id, settings: { ...n.settings, paths } };
    }
    if (n.type === 'goto' && n.settings.targetNodeId && ids.has(n.settings.targetNodeId)) {
      return { ...n, id, settings: { targetNodeId: ids.get(n.settings.targetNodeId) as string } };
    }
    return { ...n, id };
  });
  const edges = payload.edges.map((e) => ({
    id: makeId(),
    source: ids.get(e.source) as string,
    sourceHandle: handles.get(e.source)?.get(e.sourceHandle) ?? e.sourceHandle,
    target: ids.get(e.target) as string,
  }));
  return { ...payload, nodes, edges };
}

function translate(nodes: JourneyNode[], dx: number, dy: number): JourneyNode[] {
  return nodes.map((n) => ({ ...n, position: { x: n.position.x + dx, y: n.position.y + dy } }));
}

/** Never on top of another node: the whole fragment moves right until none of its cards sits on one. */
function clearOf(existing: readonly JourneyNode[], nodes: JourneyNode[]): JourneyNode[] {
  const dx = clearShift(
    existing,
    nodes.map((n) => n.position),
  );
  return dx === 0 ? nodes : translate(nodes, dx, 0);
}

/** The fragment's first node nobody in it points to: where a path enters it. */
function rootOf(fragment: ClipboardPayload): JourneyNode | undefined {
  const targets = new Set(fragment.edges.map((e) => e.target));
  return fragment.nodes.find((n) => !targets.has(n.id) && acceptsInput(n));
}

/**
 * Pastes a fragment with fresh ids. At an open end or into an edge, the fragment's root is
 * connected; into an edge, the old target continues from the fragment's first open end.
 */
export function pasteFragment<T extends GraphDoc>(
  doc: T,
  payload: ClipboardPayload,
  target: PasteTarget,
  makeId = newId,
): PasteResult<T> {
  const remapped = remapFragment(payload, makeId);
  const fragment = { ...remapped, nodes: withFreshDataKeys(remapped.nodes, doc.nodes) };
  const minX = Math.min(...fragment.nodes.map((n) => n.position.x));
  const minY = Math.min(...fragment.nodes.map((n) => n.position.y));
  const maxY = Math.max(...fragment.nodes.map((n) => n.position.y));
  const ids = fragment.nodes.map((n) => n.id);
  if (target.kind === 'loose') {
    const wanted = target.at ?? {
      x: minX + (target.offset?.x ?? 40),
      y: minY + (target.offset?.y ?? 40),
    };
    const nodes = clearOf(doc.nodes, translate(fragment.nodes, wanted.x - minX, wanted.y - minY));
    return {
      doc: { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...fragment.edges] },
      ids,
    };
  }
  const root = rootOf(fragment);
  const edge = target.kind === 'edge' ? doc.edges.find((e) => e.id === target.edgeId) : undefined;
  const sourceId = target.kind === 'open' ? target.sourceId : edge?.source;
  const handle = target.kind === 'open' ? target.handle : edge?.sourceHandle;
  const source = sourceId ? findNode(doc, sourceId) : undefined;
  if (!root || !source || handle === undefined)
    return pasteFragment(doc, payload, { kind: 'loose' }, makeId);
  const after = positionAfter(source, handle);
  const placed = translate(fragment.nodes, after.x - root.position.x, after.y - root.position.y);
  let edges = [...doc.edges, ...fragment.edges];
  let existing = doc.nodes;
  // Into an edge the path below moves down to make room first; other nodes may still be in the way.
  let nodes: JourneyNode[];
  if (edge) {
    edges = edges.filter((e) => e.id !== edge.id);
    const inFragment = { nodes: placed, edges: fragment.edges };
    const tail = [root.id, ...descendants(inFragment, root.id)]
      .map((id) => placed.find((n) => n.id === id) as JourneyNode)
      .find((n) => openOutputs(inFragment, n).length > 0);
    const out = tail && openOutputs(inFragment, tail)[0];
    if (tail && out)
      edges.push({ id: makeId(), source: tail.id, sourceHandle: out.id, target: edge.target });
    // Make room below the fragment for the rest of the path.
    const moved = new Set([edge.target, ...descendants(doc, edge.target)]);
    const dy = maxY - minY + ROW;
    existing = existing.map((n) =>
      moved.has(n.id) ? { ...n, position: { x: n.position.x, y: n.position.y + dy } } : n,
    );
    nodes = clearOf(existing, placed);
  } else if (doc.edges.some((e) => e.source === sourceId && e.sourceHandle === handle)) {
    return pasteFragment(doc, payload, { kind: 'loose', offset: { x: COL, y: 0 } }, makeId);
  } else nodes = clearOf(doc.nodes, placed);
  edges.push({ id: makeId(), source: source.id, sourceHandle: handle, target: root.id });
  return { doc: { ...doc, nodes: [...existing, ...nodes], edges }, ids };
}

/**
 * Where a paste goes after a selection: after the one selected node, connected — at its open end,
 * else into its first outgoing path (what follows moves down); otherwise loose at a free spot.
 */
export function pasteTargetAfter(
  doc: GraphDoc | null,
  selection: readonly string[],
  at?: Position,
): PasteTarget {
  const node =
    doc && selection.length === 1 ? doc.nodes.find((n) => n.id === selection[0]) : undefined;
  if (!doc || !node) return { kind: 'loose', at };
  const open = openOutputs(doc, node)[0];
  if (open) return { kind: 'open', sourceId: node.id, handle: open.id };
  const out = nodeOutputs(node)
    .map((o) => doc.edges.find((e) => e.source === node.id && e.sourceHandle === o.id))
    .find(Boolean);
  return out ? { kind: 'edge', edgeId: out.id } : { kind: 'loose', at };
}

/**
 * Duplicates nodes as a paste after them would: one node lands connected after itself, several
 * beside the originals at a free spot; fresh ids and Data Keys.
 */
export function duplicateNodes<T extends GraphDoc>(
  doc: T,
  ids: readonly string[],
  makeId = newId,
): PasteResult<T> {
  const payload = copyNodes(doc, ids);
  if (!payload) return { doc, ids: [] };
  const target = pasteTargetAfter(doc, ids);
  return pasteFragment(
    doc,
    payload,
    target.kind === 'loose' ? { kind: 'loose', offset: { x: 40, y: 40 } } : target,
    makeId,
  );
}
