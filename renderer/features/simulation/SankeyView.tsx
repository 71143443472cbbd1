import type { Journey } from '../../../shared/model';
import { edgeFigure, nodeFigure, type SimulationResult } from '../../../shared/simulation';
import { distinctStepNames } from '../../../shared/graph';

const NODE_W = 10;
const HEIGHT = 260;
const GAP = 44;
const TOP = 38;

const short = (name: string, max: number) =>
  name.length > max ? `${name.slice(0, max - 1)}…` : name;

/** Columns by breadth-first depth from the Entry (back edges of loops do not push nodes further). */
function depths(journey: Journey): Map<string, number> {
  const out = new Map<string, string[]>();
  for (const e of journey.edges) out.set(e.source, [...(out.get(e.source) ?? []), e.target]);
  const depth = new Map<string, number>();
  const queue = journey.nodes.filter((n) => n.type === 'entry').map((n) => n.id);
  queue.forEach((id) => depth.set(id, 0));
  for (let i = 0; i < queue.length; i++) {
    for (const t of out.get(queue[i]) ?? []) {
      if (depth.has(t)) continue;
      depth.set(t, (depth.get(queue[i]) ?? 0) + 1);
      queue.push(t);
    }
  }
  return depth;
}

/**
 * A Sankey-style path view: nodes in columns, edge counts as bands whose width follows the flow.
 * Account journeys size bands by people (a split by people divides people, so the flow never
 * grows); every label states accounts and people.
 */
export function SankeyView({ journey, result }: { journey: Journey; result: SimulationResult }) {
  const depth = depths(journey);
  const cols = Math.max(0, ...depth.values()) + 1;
  // Drawn at its natural pixel size (the panel scrolls sideways) so labels stay readable.
  const COL_W = Math.max(96, Math.floor(450 / cols));
  const chars = Math.floor((COL_W - 8) / 5.6);
  const stats = new Map(result.nodes.map((n) => [n.nodeId, n]));
  const byPeople = result.unit === 'account';
  const size = (n: SimulationResult['nodes'][number] | undefined) =>
    n ? (byPeople ? (n.people?.entered ?? 0) : n.entered) : 0;
  const max = Math.max(1, ...result.nodes.map(size));
  const scale = (HEIGHT * 0.6) / max;
  const columns = new Map<number, string[]>();
  for (const n of journey.nodes) {
    const d = depth.get(n.id);
    if (d !== undefined) columns.set(d, [...(columns.get(d) ?? []), n.id]);
  }
  const box = new Map<string, { x: number; y: number; h: number }>();
  for (const [d, ids] of columns) {
    const hs = ids.map((id) => Math.max(3, size(stats.get(id)) * scale));
    let y =
      TOP + Math.max(0, (HEIGHT - hs.reduce((a, b) => a + b, 0) - GAP * (ids.length - 1)) / 2);
    ids.forEach((id, i) => {
      box.set(id, { x: d * COL_W + 8, y, h: hs[i] });
      y += hs[i] + GAP;
    });
  }
  // Bands stack along each node's side in edge order.
  const outOff = new Map<string, number>();
  const inOff = new Map<string, number>();
  const edgeStats = new Map(result.edges.map((e) => [e.edgeId, e]));
  const names = distinctStepNames(journey);
  const width = cols * COL_W;
  // One line per unit ("2,500 accounts", "9,870 people") so narrow columns still name them.
  const lines = (id: string) => {
    const st = stats.get(id);
    return st ? nodeFigure(result, st).split(' · ') : [];
  };
  return (
    <figure className="sim-sankey">
      <svg
        width={width}
        height={HEIGHT + TOP + 20}
        viewBox={`0 0 ${width} ${HEIGHT + TOP + 20}`}
        role="img"
        aria-label="Paths taken: bands sized by the number of people"
      >
        {journey.edges.map((e) => {
          const a = box.get(e.source);
          const b = box.get(e.target);
          const es = edgeStats.get(e.id);
          const c = es ? (byPeople ? (es.people ?? 0) : es.count) : 0;
          if (!a || !b || c === 0 || b.x <= a.x) return null;
          const w = Math.max(1, c * scale);
          const y1 = a.y + (outOff.get(e.source) ?? 0) + w / 2;
          const y2 = b.y + (inOff.get(e.target) ?? 0) + w / 2;
          outOff.set(e.source, (outOff.get(e.source) ?? 0) + w);
          inOff.set(e.target, (inOff.get(e.target) ?? 0) + w);
          const x1 = a.x + NODE_W;
          const x2 = b.x;
          const mid = (x1 + x2) / 2;
          return (
            <path
              key={e.id}
              d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`}
              className="sim-band"
              strokeWidth={w}
            >
              <title>{`${names.get(e.source)} → ${names.get(e.target)}: ${es ? edgeFigure(result, es) : ''}`}</title>
            </path>
          );
        })}
        {[...box].map(([id, b]) => (
          <g key={id}>
            <rect x={b.x} y={b.y} width={NODE_W} height={b.h} className="sim-sankey-node" />
            <text x={b.x} y={b.y - (lines(id).length * 11 + 4)} className="sim-sankey-label">
              {short(names.get(id) ?? id, chars)}
            </text>
            {lines(id).map((line, i, all) => (
              <text
                key={i}
                x={b.x}
                y={b.y - 4 - (all.length - 1 - i) * 11}
                className="sim-sankey-label num"
              >
                {line}
              </text>
            ))}
          </g>
        ))}
      </svg>
    </figure>
  );
}
