import { DEFAULT_NODE_SIZE, pathTurn, type GraphDoc } from '../../../shared/graph';
import { nodeOutputs, type Position } from '../../../shared/model';

// Edges as the canvas draws them (React Flow's smooth step, PathEdge.tsx): from the output's
// handle on the card's bottom (output i of n at (i + 1) / (n + 1) of the width) straight down,
// across where `pathTurn` says (between points 20 px off either card), and down into the top
// middle of the target. Cards are DEFAULT_NODE_SIZE.

interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface EdgeLine {
  id: string;
  source: string;
  target: string;
  /** The point where the line enters the target. */
  end: Position;
  segments: Segment[];
}

const { width: W, height: H } = DEFAULT_NODE_SIZE;

/** Every edge's drawn polyline for `positions` (the nodes' top-left corners). */
export function edgeLines(doc: GraphDoc, positions: Record<string, Position>): EdgeLine[] {
  const into = new Map<string, number>();
  for (const e of doc.edges) into.set(e.target, (into.get(e.target) ?? 0) + 1);
  return doc.edges.map((e) => {
    const source = doc.nodes.find((n) => n.id === e.source);
    const outputs = source ? nodeOutputs(source) : [];
    const i = outputs.findIndex((o) => o.id === e.sourceHandle);
    const s = positions[e.source];
    const t = positions[e.target];
    const sx = s.x + (W * (i + 1)) / (outputs.length + 1);
    const sy = s.y + H;
    const tx = t.x + W / 2;
    const ty = t.y;
    const turn = pathTurn(i, outputs.length, (into.get(e.target) ?? 0) > 1);
    const cy = sy + 20 + (ty - sy - 40) * turn;
    const segments = [
      { x1: sx, y1: sy, x2: sx, y2: cy },
      { x1: sx, y1: cy, x2: tx, y2: cy },
      { x1: tx, y1: cy, x2: tx, y2: ty },
    ].filter((g) => g.x1 !== g.x2 || g.y1 !== g.y2);
    return { id: e.id, source: e.source, target: e.target, end: { x: tx, y: ty }, segments };
  });
}

const EPS = 0.5;
const vertical = (g: Segment) => g.x1 === g.x2;
const span = (a: number, b: number): [number, number] => [Math.min(a, b), Math.max(a, b)];
const shared = ([a1, a2]: [number, number], [b1, b2]: [number, number]) =>
  Math.min(a2, b2) - Math.max(a1, b1);
const inside = (v: number, [lo, hi]: [number, number]) => v > lo + EPS && v < hi - EPS;
const touches = (g: Segment, p: Position) =>
  (g.x1 === p.x && g.y1 === p.y) || (g.x2 === p.x && g.y2 === p.y);

/** Whether two segments share a stretch (same line) or cross (each through the other's inside). */
function conflict(a: Segment, b: Segment): boolean {
  if (vertical(a) && vertical(b))
    return a.x1 === b.x1 && shared(span(a.y1, a.y2), span(b.y1, b.y2)) > EPS;
  if (!vertical(a) && !vertical(b))
    return a.y1 === b.y1 && shared(span(a.x1, a.x2), span(b.x1, b.x2)) > EPS;
  const [v, h] = vertical(a) ? [a, b] : [b, a];
  return inside(v.x1, span(h.x1, h.x2)) && inside(h.y1, span(v.y1, v.y2));
}

/**
 * Pairs of edges whose lines share a stretch or cross, as "a×b". Two edges into the same step may
 * run together on their way into it (they meet there anyway), never cross.
 */
export function edgeConflicts(lines: readonly EdgeLine[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++) {
      const [a, b] = [lines[i], lines[j]];
      const hit = a.segments.some((ga) =>
        b.segments.some(
          (gb) =>
            conflict(ga, gb) &&
            !(a.target === b.target && touches(ga, a.end) && touches(gb, b.end)),
        ),
      );
      if (hit) found.push(`${a.id}×${b.id}`);
    }
  return found;
}

/** Edges whose line runs through a card other than its own ends, as "edge>node". */
export function edgesThroughCards(
  doc: GraphDoc,
  positions: Record<string, Position>,
  lines: readonly EdgeLine[],
): string[] {
  const found: string[] = [];
  for (const line of lines)
    for (const n of doc.nodes) {
      if (n.id === line.source || n.id === line.target) continue;
      const p = positions[n.id];
      const xs: [number, number] = [p.x, p.x + W];
      const ys: [number, number] = [p.y, p.y + H];
      const through = line.segments.some(
        (g) =>
          shared(span(g.x1, g.x2), xs) > -EPS &&
          shared(span(g.y1, g.y2), ys) > -EPS &&
          (vertical(g) ? inside(g.x1, xs) : inside(g.y1, ys)),
      );
      if (through) found.push(`${line.id}>${n.id}`);
    }
  return found;
}

/** Whether `a` and `b` (cards at these corners) overlap. */
export const cardsOverlap = (a: Position, b: Position) =>
  Math.abs(a.x - b.x) < W && Math.abs(a.y - b.y) < H;

/** For each node with several outputs, its own steps' x in output order ("own": one way in). */
function siblingColumns(doc: GraphDoc, pos: Record<string, Position>): number[][] {
  const into = (id: string) => doc.edges.filter((e) => e.target === id).length;
  return doc.nodes
    .filter((n) => nodeOutputs(n).length > 1)
    .map((n) =>
      nodeOutputs(n)
        .map((o) => doc.edges.find((e) => e.source === n.id && e.sourceHandle === o.id)?.target)
        .filter((t): t is string => t !== undefined && into(t) === 1)
        .map((t) => pos[t].x),
    );
}

/**
 * Nodes whose paths meet again with at least one path empty (straight into the Merge), as
 * "node:why". Every path keeps a column as wide as a card and a gap, in output order, centred
 * under the node ("squeezed" when a path's own step sits nearer the middle than its place allows,
 * as when two empty paths ran down one corridor), and the Merge sits centred under it
 * ("merge off-centre").
 */
function squeezedPaths(doc: GraphDoc, pos: Record<string, Position>): string[] {
  const into = (id: string) => doc.edges.filter((e) => e.target === id).length;
  const found: string[] = [];
  for (const n of doc.nodes) {
    const outputs = nodeOutputs(n);
    const targets = outputs.map(
      (o) => doc.edges.find((e) => e.source === n.id && e.sourceHandle === o.id)?.target,
    );
    const merge = targets.find((t) => t !== undefined && into(t) > 1);
    if (outputs.length < 2 || merge === undefined) continue;
    const middle = (outputs.length - 1) / 2;
    const squeezed = targets.some((t, i) => {
      if (t === undefined || into(t) > 1) return false;
      const offset = (pos[t].x - pos[n.id].x) * Math.sign(i - middle);
      return offset < Math.abs(i - middle) * (W + 20) - EPS;
    });
    if (squeezed) found.push(`${n.id}:squeezed`);
    if (Math.abs(pos[merge].x - pos[n.id].x) > 1) found.push(`${n.id}:merge off-centre`);
  }
  return found;
}

/** Everything Tidy up must never draw, empty when the layout is clean. */
export function layoutDefects(doc: GraphDoc, pos: Record<string, Position>) {
  const lines = edgeLines(doc, pos);
  const overlapping = doc.nodes.flatMap((a, i) =>
    doc.nodes
      .slice(i + 1)
      .flatMap((b) => (cardsOverlap(pos[a.id], pos[b.id]) ? [`${a.id}|${b.id}`] : [])),
  );
  const disordered = siblingColumns(doc, pos).filter((xs) =>
    xs.some((x, i) => i > 0 && x <= xs[i - 1]),
  );
  return {
    conflicts: edgeConflicts(lines),
    throughCards: edgesThroughCards(doc, pos, lines),
    overlapping,
    disordered,
    squeezed: squeezedPaths(doc, pos),
  };
}

export const clean = {
  conflicts: [],
  throughCards: [],
  overlapping: [],
  disordered: [],
  squeezed: [],
};
