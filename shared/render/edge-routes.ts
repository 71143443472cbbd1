import { nodeOutputs, type JourneyEdge, type JourneyNode } from '../model';

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

/** How one edge is drawn: the corner points of its route, the SVG path, and where its label sits. */
export interface EdgeRoute {
  id: string;
  points: Point[];
  d: string;
  /** The middle of the route by length (labels and counts are centred here). */
  mid: Point;
}

/** How far a route drops below its source (and rises above its target) before it turns. */
const STUB = 20;
const CORNER = 10;

/** Where an output leaves its node: spread evenly along the bottom, in output order (as on the canvas). */
export function sourcePoint(node: JourneyNode, box: Box, handle: string): Point {
  const outs = nodeOutputs(node);
  const i = Math.max(
    0,
    outs.findIndex((o) => o.id === handle),
  );
  return { x: box.x + (box.width * (i + 1)) / (outs.length + 1), y: box.y + box.height };
}

/** Orthogonal route from a bottom handle to the top of the target, like the canvas's step edges. */
export function routePoints(s: Point, t: Point, source: Box, target: Box): Point[] {
  if (t.y >= s.y + 2 * STUB) {
    if (Math.abs(s.x - t.x) < 0.5) return [s, t];
    const midY = s.y + (t.y - s.y) / 2;
    return [s, { x: s.x, y: midY }, { x: t.x, y: midY }, t];
  }
  // Target above (a loop back) or level: leave downwards, go round beside both nodes, enter from above.
  const right = Math.max(source.x + source.width, target.x + target.width) + STUB;
  const left = Math.min(source.x, target.x) - STUB;
  const side =
    Math.abs(s.x - right) + Math.abs(t.x - right) <= Math.abs(s.x - left) + Math.abs(t.x - left)
      ? right
      : left;
  const below = s.y + STUB;
  const above = t.y - STUB;
  return [
    s,
    { x: s.x, y: below },
    { x: side, y: below },
    { x: side, y: above },
    { x: t.x, y: above },
    t,
  ];
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** An SVG path through the points with rounded corners. */
export function roundedPath(points: Point[]): string {
  const [first, ...rest] = points;
  let d = `M${r2(first.x)},${r2(first.y)}`;
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i];
    const next = rest[i + 1];
    const prev = points[i];
    if (!next) {
      d += ` L${r2(p.x)},${r2(p.y)}`;
      break;
    }
    const r = Math.min(
      CORNER,
      Math.hypot(p.x - prev.x, p.y - prev.y) / 2,
      Math.hypot(next.x - p.x, next.y - p.y) / 2,
    );
    const into = unit(prev, p);
    const out = unit(p, next);
    d += ` L${r2(p.x - into.x * r)},${r2(p.y - into.y * r)} Q${r2(p.x)},${r2(p.y)} ${r2(p.x + out.x * r)},${r2(p.y + out.y * r)}`;
  }
  return d;
}

function unit(a: Point, b: Point): Point {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
}

/** The point a `fraction` (0–1) of the way along a polyline, by length. */
export function pointAlong(points: Point[], fraction: number): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  let rest = lengths.reduce((a, b) => a + b, 0) * fraction;
  for (let i = 0; i < lengths.length; i++) {
    if (rest <= lengths[i] && lengths[i] > 0) {
      const a = points[i];
      const b = points[i + 1];
      return {
        x: a.x + ((b.x - a.x) * rest) / lengths[i],
        y: a.y + ((b.y - a.y) * rest) / lengths[i],
      };
    }
    rest -= lengths[i];
  }
  return points[points.length - 1] ?? points[0];
}

/** The point half way along a polyline. */
export const midpoint = (points: Point[]): Point => pointAlong(points, 0.5);

/** Routes for every edge whose ends exist, from the node boxes (positions and sizes). */
export function routeEdges(
  nodes: readonly JourneyNode[],
  edges: readonly JourneyEdge[],
  boxOf: (node: JourneyNode) => Box,
): EdgeRoute[] {
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  const routes: EdgeRoute[] = [];
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    const sb = boxOf(s);
    const tb = boxOf(t);
    const points = routePoints(
      sourcePoint(s, sb, e.sourceHandle),
      { x: tb.x + tb.width / 2, y: tb.y },
      sb,
      tb,
    );
    routes.push({ id: e.id, points, d: roundedPath(points), mid: midpoint(points) });
  }
  return routes;
}
