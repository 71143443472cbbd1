import { DEFAULT_NODE_SIZE } from '../graph/layout';
import { nodeOutputs, type Journey, type JourneyNode, type NodeType } from '../model';
import { edgeFigure, nodeFigure, type SimulationResult } from '../simulation';
import { clip, esc } from './html';
import { NODE_TYPE_LABELS, nodeDetail } from './node-labels';

const W = DEFAULT_NODE_SIZE.width;
const H = DEFAULT_NODE_SIZE.height;
const PAD = 32;

/** Accent colour per node kind (the canvas uses the same families). */
const ACCENT: Record<NodeType, string> = {
  entry: '#2f855a',
  action: '#3358d4',
  wait: '#b7791f',
  waitForEvent: '#b7791f',
  split: '#0f766e',
  randomSplit: '#0f766e',
  gate: '#7c3aed',
  merge: '#64748b',
  goto: '#64748b',
  exit: '#475569',
};

const handleX = (node: JourneyNode, handle: string) => {
  const outs = nodeOutputs(node);
  const i = Math.max(0, outs.findIndex((o) => o.id === handle));
  return node.position.x + (W * (i + 1)) / (outs.length + 1);
};

function edgePath(sx: number, sy: number, tx: number, ty: number): string {
  if (ty <= sy + 8) return `M${sx},${sy} C${sx},${sy + 60} ${tx},${ty - 60} ${tx},${ty}`;
  const mid = sy + Math.min(28, (ty - sy) / 2);
  return `M${sx},${sy} V${mid} H${tx} V${ty}`;
}

/**
 * The journey as an inline SVG drawn from the saved node positions (no DOM, so the core can
 * render it): cards with kind, name and detail, edges whose width follows the simulated count.
 */
export function journeySvg(journey: Pick<Journey, 'nodes' | 'edges'>, result?: SimulationResult | null): string {
  if (journey.nodes.length === 0) return '<p>The journey has no nodes.</p>';
  const xs = journey.nodes.map((n) => n.position.x);
  const ys = journey.nodes.map((n) => n.position.y);
  const minX = Math.min(...xs) - PAD;
  const minY = Math.min(...ys) - PAD;
  const width = Math.max(...xs) + W + PAD - minX;
  const height = Math.max(...ys) + H + PAD - minY;
  const byId = new Map(journey.nodes.map((n) => [n.id, n] as const));
  const edgeStats = new Map(result?.edges.map((e) => [e.edgeId, e]) ?? []);
  const edgeCount = new Map(result?.edges.map((e) => [e.edgeId, e.count]) ?? []);
  const nodeStats = new Map(result?.nodes.map((n) => [n.nodeId, n]) ?? []);
  const max = Math.max(0, ...edgeCount.values());

  const edges = journey.edges.map((e) => {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) return '';
    const sx = handleX(s, e.sourceHandle);
    const sy = s.position.y + H;
    const tx = t.position.x + W / 2;
    const ty = t.position.y;
    const d = edgePath(sx, sy, tx, ty);
    const count = edgeCount.get(e.id);
    const stats = edgeStats.get(e.id);
    // The band's title states the figure with its units; no bare number sits on the edge.
    const title = stats && result ? `<title>${esc(`${s.name} → ${t.name}: ${edgeFigure(result, stats)}`)}</title>` : '';
    const band = count !== undefined && max > 0 ? `<path d="${d}" class="flow" stroke-width="${(1.5 + Math.sqrt(count / max) * 10).toFixed(1)}">${title}</path>` : '';
    const outs = nodeOutputs(s);
    const name = outs.length > 1 ? (outs.find((o) => o.id === e.sourceHandle)?.label ?? '') : '';
    const label = name ? `<text x="${sx + 5}" y="${sy + 13}" class="out">${esc(clip(name, 22))}</text>` : '';
    return `<g>${band}<path d="${d}" class="edge" marker-end="url(#arrow)"/>${label}</g>`;
  });

  const nodes = journey.nodes.map((n) => {
    const { x, y } = n.position;
    const stats = nodeStats.get(n.id);
    // With a result the third line is the node's figure in its units instead of its detail.
    const detail = stats && result ? `<text x="${x + 16}" y="${y + 66}" class="badge">${esc(nodeFigure(result, stats))}</text>` : `<text x="${x + 16}" y="${y + 66}" class="detail">${esc(clip(nodeDetail(n), 34))}</text>`;
    return (
      `<g><rect x="${x}" y="${y}" width="${W}" height="${H}" rx="10" class="card"/>` +
      `<rect x="${x}" y="${y}" width="6" height="${H}" rx="3" fill="${ACCENT[n.type]}"/>` +
      `<text x="${x + 16}" y="${y + 20}" class="kind" fill="${ACCENT[n.type]}">${esc(NODE_TYPE_LABELS[n.type])}</text>` +
      `<text x="${x + 16}" y="${y + 44}" class="name">${esc(clip(n.name, 26))}</text>${detail}</g>`
    );
  });

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="journey" viewBox="${minX} ${minY} ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Journey map">` +
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#64748b"/></marker></defs>' +
    `${edges.join('')}${nodes.join('')}</svg>`
  );
}
