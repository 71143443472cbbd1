import type { Journey } from '../../../shared/model';
import { textWidth, wrapText as wrapLines } from '../../../shared/render/text';

/** Label type size (px) and line height of the path view. */
export const SANKEY_FONT = 11;
const LINE = 14;
const NODE_W = 10;
/** Bands run straight from a node and bend only in this last stretch before the next column, so labels above nodes stay clear of them. */
const CURVE = 40;
const GAP = 8;
const PAD = 8;
const FLOW_H = 180;

export interface SankeyNodeInput {
  id: string;
  name: string;
  /** Figure lines under the name ("2,500 accounts", "9,870 people"). */
  figures: string[];
  /** Flow through the node (sizes its bar). */
  flow: number;
  /** An unconfigured step the run skipped: "Skipped: 2,500 accounts — no action chosen" (wrapped under the figures). */
  skipped?: string;
}

export interface SankeyEdgeInput {
  id: string;
  source: string;
  target: string;
  flow: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SankeyNode {
  id: string;
  bar: Box;
  /** Where the label block sits: above the bar, never over a band. */
  label: Box;
  lines: { text: string; kind: 'name' | 'figure' | 'skipped'; y: number }[];
  /** The run skipped this unconfigured step. */
  skipped: boolean;
}

export interface SankeyBand {
  id: string;
  /** A filled ribbon (a thick stroke would kink where it bends). */
  d: string;
  /** Where it leaves the source (x1, y1 = top edge), starts to bend, and reaches the target. */
  x1: number;
  y1: number;
  bend: number;
  x2: number;
  width: number;
}

export interface SankeyLayout {
  width: number;
  height: number;
  nodes: SankeyNode[];
  bands: SankeyBand[];
}

/** Breaks a (bold) name into lines no wider than `max` px at the path view's type size. */
export const wrapText = (text: string, max: number): string[] =>
  wrapLines(text, max, SANKEY_FONT, true);

/** Columns by breadth-first depth from the Entry (back edges of loops do not push nodes further). */
export function sankeyDepths(journey: Pick<Journey, 'nodes' | 'edges'>): Map<string, number> {
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
 * Places the path view: a column per depth, each node a bar with its label block (name wrapped in
 * full, then its figures) above it, and room left between stacked nodes for that block. Columns
 * are as wide as the widest figure line plus the stretch where bands bend, so no text is cut and
 * no band crosses a label (except an edge skipping columns, which runs straight past them).
 */
export function layoutSankey(
  nodes: readonly SankeyNodeInput[],
  edges: readonly SankeyEdgeInput[],
  depth: ReadonlyMap<string, number>,
): SankeyLayout {
  const figureW = Math.max(
    90,
    ...nodes.flatMap((n) => n.figures.map((f) => textWidth(f, SANKEY_FONT))),
  );
  const labelW = Math.ceil(figureW);
  const colW = labelW + CURVE + PAD;
  const scale = FLOW_H / Math.max(1, ...nodes.map((n) => n.flow));
  const columns = new Map<number, SankeyNodeInput[]>();
  for (const n of nodes) {
    const d = depth.get(n.id);
    if (d !== undefined) columns.set(d, [...(columns.get(d) ?? []), n]);
  }
  const blocks = new Map(
    nodes.map((n) => {
      const name = wrapText(n.name, labelW);
      // The skip note is not bold: wrapped at regular width.
      const skipped = n.skipped ? wrapLines(n.skipped, labelW, SANKEY_FONT) : [];
      const h = Math.max(3, n.flow * scale);
      const labelH = (name.length + n.figures.length + skipped.length) * LINE + 4;
      return [n.id, { name, skipped, h, labelH }] as const;
    }),
  );
  const stackH = (col: SankeyNodeInput[]) =>
    col.reduce((s, n) => s + blocks.get(n.id)!.labelH + blocks.get(n.id)!.h, 0) +
    GAP * (col.length - 1);
  const height = Math.max(0, ...[...columns.values()].map(stackH)) + PAD * 2;
  const placed: SankeyNode[] = [];
  const bars = new Map<string, Box>();
  for (const [d, col] of columns) {
    let y = PAD + (height - PAD * 2 - stackH(col)) / 2;
    const x = d * colW + PAD;
    for (const n of col) {
      const b = blocks.get(n.id)!;
      const label = { x, y, w: labelW, h: b.labelH };
      const bar = { x, y: y + b.labelH, w: NODE_W, h: b.h };
      const lines = [
        ...b.name.map((text) => ({ text, kind: 'name' as const })),
        ...n.figures.map((text) => ({ text, kind: 'figure' as const })),
        ...b.skipped.map((text) => ({ text, kind: 'skipped' as const })),
      ].map((l, i) => ({ ...l, y: y + (i + 1) * LINE - 3 }));
      placed.push({ id: n.id, bar, label, lines, skipped: b.skipped.length > 0 });
      bars.set(n.id, bar);
      y += b.labelH + b.h + GAP;
    }
  }
  // Bands stack along each node's side in edge order.
  const outOff = new Map<string, number>();
  const inOff = new Map<string, number>();
  const bands: SankeyBand[] = [];
  for (const e of edges) {
    const a = bars.get(e.source);
    const b = bars.get(e.target);
    if (!a || !b || e.flow <= 0 || b.x <= a.x) continue;
    const w = Math.max(1, e.flow * scale);
    const y1 = a.y + (outOff.get(e.source) ?? 0);
    const y2 = b.y + (inOff.get(e.target) ?? 0);
    outOff.set(e.source, (outOff.get(e.source) ?? 0) + w);
    inOff.set(e.target, (inOff.get(e.target) ?? 0) + w);
    const x1 = a.x + NODE_W;
    const bend = b.x - CURVE;
    const mid = bend + CURVE / 2;
    const [t1, t2, b1, b2] = [y1, y2, y1 + w, y2 + w].map((v) => Math.round(v * 10) / 10);
    bands.push({
      id: e.id,
      width: w,
      x1,
      y1,
      bend,
      x2: b.x,
      d:
        `M${x1},${t1} L${bend},${t1} C${mid},${t1} ${mid},${t2} ${b.x},${t2} ` +
        `L${b.x},${b2} C${mid},${b2} ${mid},${b1} ${bend},${b1} L${x1},${b1} Z`,
    });
  }
  const cols = Math.max(0, ...columns.keys()) + 1;
  return { width: cols * colW, height, nodes: placed, bands };
}
