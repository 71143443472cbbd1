import { DEFAULT_NODE_SIZE, type Size } from '../graph/layout';
import {
  nodeOutputs,
  NODE_TYPE_LABELS,
  type Audience,
  type JourneyBody,
  type JourneyNode,
} from '../model';
import { pointAlong, routeEdges, type Box, type EdgeRoute, type Point } from './edge-routes';
import { summarizeNode, type ListNames } from './node-summary';
import { flowWidth, type SimFigures } from './sim-figures';
import { fitText, fmtCount, textWidth, wrapText, xml } from './text';
import { FONT_STACK, PALETTES, type RenderPalette, type RenderTheme } from './theme';

export interface RenderOptions {
  theme?: RenderTheme;
  /** Simulated figures: counts on nodes and edges, flow bands under the edges. */
  sim?: SimFigures | null;
  /** Space around the journey, in px. */
  margin?: number;
  /** A node drawn with a highlighted border (the presentation's current step). */
  highlightId?: string | null;
  /** Accessible name of the picture. */
  title?: string;
  /** Card sizes; nodes not listed use the default size. */
  sizes?: ReadonlyMap<string, Size>;
  /** The workspace's lists, so cards name a list by its current name (steps refer to it by id). */
  workspace?: ListNames | null;
}

export interface RenderedJourney {
  svg: string;
  /** Each card as drawn (taller than its size when its name takes several lines), by node id. */
  cards: ReadonlyMap<string, Box>;
  width: number;
  height: number;
  /** The drawn area in journey coordinates (the SVG's viewBox). */
  bounds: Box;
  routes: EdgeRoute[];
  /** Where the edge labels sit (they cover the line underneath). */
  labels: Box[];
}

const LABEL_FONT = 11;
const LABEL_H = 18;
const NAME_FONT = 14;
const NAME_LINE = 17;
/** Card text starts 12 px in from either side. */
const CARD_PAD = 12;

/** A card's name in lines that fit the card: shown whole, as the map shows it, never cut short. */
const nameLines = (node: JourneyNode, cardWidth: number) =>
  wrapText(node.name, cardWidth - 2 * CARD_PAD, NAME_FONT, true);

const COUNT_FONT = 11;
const COUNT_LINE = 14;

/** A node's figure line ("3 accounts · 6 people · 9 visits") in lines that fit: never cut short. */
function countLines(label: string | undefined, cardWidth: number): string[] {
  if (!label) return [];
  const max = cardWidth - 2 * CARD_PAD;
  // Break between figures ("9 visits" stays together); a figure too wide alone wraps by words.
  const lines: string[] = [];
  for (const part of label.split(' · ')) {
    const last = lines.length - 1;
    const joined = last >= 0 ? `${lines[last]} ·` : '';
    if (last >= 0 && textWidth(`${joined} ${part}`, COUNT_FONT) <= max)
      lines[last] = `${joined} ${part}`;
    else {
      if (last >= 0) lines[last] = joined;
      lines.push(...wrapText(part, max, COUNT_FONT));
    }
  }
  return lines;
}

/** A node's simulated text: its figure and, for a skipped (unconfigured) step, the skip note. */
interface CardFigure {
  label?: string;
  skip?: string;
}

/** How much taller than its size a card is drawn: its name's, its figure's and its skip note's extra lines. */
const extraHeight = (node: JourneyNode, cardWidth: number, figure: CardFigure = {}) =>
  (Math.max(1, nameLines(node, cardWidth).length) - 1) * NAME_LINE +
  Math.max(0, countLines(figure.label, cardWidth).length - 1) * COUNT_LINE +
  countLines(figure.skip, cardWidth).length * COUNT_LINE;

/**
 * Cards as drawn: a card whose name (or figure) wraps is taller by a line per extra line, and every card that
 * starts below it moves down by as much (the picture stretches at that row), so a tall card never
 * runs into the card or the edge labels under it.
 */
function cardBoxes(
  nodes: readonly JourneyNode[],
  sizeOf: (n: JourneyNode) => Size,
  figureOf: (n: JourneyNode) => CardFigure | undefined = () => undefined,
): Map<string, Box> {
  const byTop = [...nodes].sort((a, b) => a.position.y - b.position.y);
  const boxes = new Map<string, Box>();
  // How far the cards starting below the ones seen so far move down (byTop is sorted by top).
  let below = 0;
  let pending = 0;
  byTop.forEach((n, i) => {
    if (i > 0 && byTop[i - 1].position.y < n.position.y) below = pending;
    const size = sizeOf(n);
    const extra = extraHeight(n, size.width, figureOf(n));
    pending = Math.max(pending, below + extra);
    boxes.set(n.id, {
      x: n.position.x,
      y: n.position.y + below,
      width: size.width,
      height: size.height + extra,
    });
  });
  return boxes;
}

interface Pill {
  text: string;
  center: Point;
  width: number;
  strong: boolean;
}

const n1 = (v: number) => Math.round(v * 10) / 10;

/** The text shown on an edge: the output's name when its node has several, and the count when simulated. */
function edgePills(
  body: Pick<JourneyBody, 'nodes' | 'edges'>,
  routes: EdgeRoute[],
  sim: SimFigures | null,
): Pill[] {
  const nodes = new Map(body.nodes.map((n) => [n.id, n] as const));
  const edges = new Map(body.edges.map((e) => [e.id, e] as const));
  const pills: Pill[] = [];
  for (const r of routes) {
    const e = edges.get(r.id);
    const source = e ? nodes.get(e.source) : undefined;
    if (!e || !source) continue;
    const outs = nodeOutputs(source);
    const name = outs.length > 1 ? (outs.find((o) => o.id === e.sourceHandle)?.label ?? '') : '';
    const count = sim?.edges.get(r.id);
    const text = [
      fitText(name, 150, LABEL_FONT),
      count !== undefined ? (sim?.edgeLabels.get(r.id) ?? fmtCount(count)) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    if (text) {
      const width = textWidth(text, LABEL_FONT, count !== undefined) + 14;
      pills.push({
        text,
        center: freeLabelSpot(r, width, pills),
        width,
        strong: count !== undefined,
      });
    }
  }
  return pills;
}

/** Where along its route a label goes to clear the labels placed before it (paths of one split share a middle). */
const LABEL_SPOTS = [0.5, 0.8, 0.2, 0.9, 0.65, 0.35];

function freeLabelSpot(route: EdgeRoute, width: number, placed: readonly Pill[]): Point {
  const clear = (c: Point) =>
    placed.every(
      (l) =>
        Math.abs(l.center.x - c.x) >= (l.width + width) / 2 + 4 ||
        Math.abs(l.center.y - c.y) >= LABEL_H + 2,
    );
  for (const f of LABEL_SPOTS) {
    const c = f === 0.5 ? route.mid : pointAlong(route.points, f);
    if (clear(c)) return c;
  }
  // No free spot on the line (short routes side by side): stack it just above or below the middle.
  for (const dy of [1, -1, 2, -2].map((k) => k * (LABEL_H + 4))) {
    const c = { x: route.mid.x, y: route.mid.y + dy };
    if (clear(c)) return c;
  }
  return route.mid;
}

function arrowHead(route: EdgeRoute, color: string): string {
  const [a, b] = route.points.slice(-2);
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  const back = { x: b.x - ux * 9, y: b.y - uy * 9 };
  const p1 = { x: back.x - uy * 5, y: back.y + ux * 5 };
  const p2 = { x: back.x + uy * 5, y: back.y - ux * 5 };
  return `<path d="M${n1(b.x)},${n1(b.y)} L${n1(p1.x)},${n1(p1.y)} L${n1(p2.x)},${n1(p2.y)} Z" fill="${color}"/>`;
}

/** The card's coloured top band, following the rounded corners (no clip paths: slide apps ignore them). */
function topBand(b: Box, color: string): string {
  const r = 8;
  const h = 4;
  const inset = r - Math.sqrt(r * r - (r - h) * (r - h));
  return `<path d="M${n1(b.x + inset)},${b.y + h} A${r},${r} 0 0 1 ${b.x + r},${b.y} H${b.x + b.width - r} A${r},${r} 0 0 1 ${n1(b.x + b.width - inset)},${b.y + h} Z" fill="${color}"/>`;
}

function nodeCard(
  node: JourneyNode,
  b: Box,
  summary: string,
  p: RenderPalette,
  count: number | undefined,
  highlighted: boolean,
  countLabel?: string,
  skipLabel?: string,
): string {
  const kind = NODE_TYPE_LABELS[node.type].toUpperCase();
  const textW = b.width - 2 * CARD_PAD;
  const names = nameLines(node, b.width);
  // The detail line moves down by the name's extra lines (the card grew by as much).
  const down = (Math.max(1, names.length) - 1) * NAME_LINE;
  // A figure with its units is too long for the badge: it takes the detail line instead.
  // One line stays plain text; a wrapped figure takes a tspan per line.
  const figure = countLines(countLabel, b.width);
  const figureText =
    figure.length === 1
      ? xml(figure[0])
      : figure
          .map(
            (line, i) =>
              `<tspan x="${b.x + 12}" y="${b.y + 67 + down + i * COUNT_LINE}">${xml(line)}</tspan>`,
          )
          .join(' ');
  const detail = countLabel
    ? `<text x="${b.x + 12}" y="${b.y + 67 + down}" font-size="${COUNT_FONT}" font-weight="600" fill="${p.text}" class="count">${figureText}</text>`
    : `<text x="${b.x + 12}" y="${b.y + 67 + down}" font-size="12" fill="${p.muted}" class="detail">${xml(fitText(summary, textW, 12))}</text>`;
  // A skipped step says so under its figure, in the warning colour, as the map's badge does.
  const skipTop = b.y + 67 + down + Math.max(1, figure.length) * COUNT_LINE;
  const skip = countLines(skipLabel, b.width)
    .map(
      (line, i) =>
        `<text x="${b.x + CARD_PAD}" y="${skipTop + i * COUNT_LINE}" font-size="${COUNT_FONT}" font-weight="600" fill="${p.skipText}" class="skipped">${xml(line)}</text>`,
    )
    .join('');
  const badgeText = count !== undefined && !countLabel ? fmtCount(count) : '';
  const badgeW = badgeText ? textWidth(badgeText, 12, true) + 14 : 0;
  const badge = badgeText
    ? `<rect x="${n1(b.x + b.width - 10 - badgeW)}" y="${b.y + 10}" width="${n1(badgeW)}" height="18" rx="9" fill="${p.countFill}"/>` +
      `<text x="${n1(b.x + b.width - 10 - badgeW / 2)}" y="${b.y + 23}" text-anchor="middle" font-size="12" font-weight="700" fill="${p.countText}" class="count">${badgeText}</text>`
    : '';
  return (
    `<g class="node" data-id="${xml(node.id)}">` +
    `<rect class="card" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="8" fill="${p.card}" stroke="${highlighted ? p.highlight : skipLabel ? p.skipText : p.cardBorder}" stroke-width="${highlighted ? 3 : skipLabel ? 1.5 : 1}"${skipLabel && !highlighted ? ' stroke-dasharray="5 3"' : ''}/>` +
    topBand(b, p.kind[node.type]) +
    `<circle cx="${b.x + 16}" cy="${b.y + 19}" r="4" fill="${p.kind[node.type]}"/>` +
    `<text x="${b.x + 26}" y="${b.y + 23}" font-size="11" font-weight="600" fill="${p.muted}" class="kind">${xml(fitText(kind, textW - 14 - badgeW, 11, true))}</text>` +
    badge +
    `<text x="${b.x + CARD_PAD}" y="${b.y + 46}" font-size="${NAME_FONT}" font-weight="600" fill="${p.text}" class="name">${names
      .map(
        (line, i) =>
          `<tspan x="${b.x + CARD_PAD}" y="${b.y + 46 + i * NAME_LINE}">${xml(line)}</tspan>`,
      )
      .join(' ')}</text>` +
    detail +
    skip +
    '</g>'
  );
}

/**
 * The journey as a true vector SVG, drawn from the model alone (no DOM, no foreignObject), so
 * exports, the report, slides and tests all get the same picture: cards, step-routed edges with
 * arrows, output names and simulated counts on the edges, flow bands under them. The bounds fit
 * the drawing plus a margin.
 */
export function renderJourneySvg(
  body: Pick<JourneyBody, 'nodes' | 'edges'> & { audience?: Audience },
  options: RenderOptions = {},
): RenderedJourney {
  const p = PALETTES[options.theme ?? 'light'];
  const margin = options.margin ?? 32;
  const sim = options.sim ?? null;
  const cardsById = cardBoxes(
    body.nodes,
    (n) => options.sizes?.get(n.id) ?? DEFAULT_NODE_SIZE,
    (n) => ({ label: sim?.nodeLabels.get(n.id), skip: sim?.skipLabels.get(n.id) }),
  );
  const boxOf = (n: JourneyNode): Box => cardsById.get(n.id)!;
  const names = new Map(body.nodes.map((n) => [n.id, n.name] as const));
  const routes = routeEdges(body.nodes, body.edges, boxOf);
  const pills = edgePills(body, routes, sim);

  const xs: number[] = [];
  const ys: number[] = [];
  for (const n of body.nodes) {
    const b = boxOf(n);
    xs.push(b.x, b.x + b.width);
    ys.push(b.y, b.y + b.height);
  }
  for (const r of routes) {
    for (const pt of r.points) {
      xs.push(pt.x);
      ys.push(pt.y);
    }
  }
  for (const l of pills) {
    xs.push(l.center.x - l.width / 2, l.center.x + l.width / 2);
    ys.push(l.center.y - LABEL_H / 2, l.center.y + LABEL_H / 2);
  }
  const bounds: Box =
    xs.length === 0
      ? { x: 0, y: 0, width: 320, height: 80 }
      : {
          x: Math.floor(Math.min(...xs) - margin),
          y: Math.floor(Math.min(...ys) - margin),
          width: 0,
          height: 0,
        };
  if (xs.length > 0) {
    bounds.width = Math.ceil(Math.max(...xs) + margin) - bounds.x;
    bounds.height = Math.ceil(Math.max(...ys) + margin) - bounds.y;
  }

  const bands = sim
    ? routes.map((r) => {
        const count = sim.edges.get(r.id);
        if (count === undefined) return '';
        return `<path class="flow" d="${r.d}" fill="none" stroke="${p.flow}" stroke-opacity="0.28" stroke-linecap="round" stroke-linejoin="round" stroke-width="${flowWidth(count, sim.max)}"/>`;
      })
    : [];
  const lines = routes.map(
    (r) =>
      `<g data-edge="${xml(r.id)}"><path class="edge" d="${r.d}" fill="none" stroke="${p.edge}" stroke-width="1.5"/>${arrowHead(r, p.edge)}</g>`,
  );
  const labels = pills.map(
    (l) =>
      `<g class="edge-label"><rect x="${n1(l.center.x - l.width / 2)}" y="${n1(l.center.y - LABEL_H / 2)}" width="${n1(l.width)}" height="${LABEL_H}" rx="9" fill="${p.labelFill}" stroke="${p.labelBorder}"/>` +
      `<text x="${n1(l.center.x)}" y="${n1(l.center.y + 4)}" text-anchor="middle" font-size="${LABEL_FONT}"${l.strong ? ' font-weight="700"' : ''} fill="${l.strong ? p.countText : p.muted}">${xml(l.text)}</text></g>`,
  );
  const cards = body.nodes.map((n) =>
    nodeCard(
      n,
      boxOf(n),
      summarizeNode(n, (id) => names.get(id), body.audience, options.workspace),
      p,
      sim?.nodes.get(n.id),
      n.id === options.highlightId,
      sim?.nodeLabels.get(n.id),
      sim?.skipLabels.get(n.id),
    ),
  );
  const empty =
    body.nodes.length === 0
      ? `<text x="160" y="45" text-anchor="middle" font-size="14" fill="${p.muted}">The journey has no nodes.</text>`
      : '';
  const title = options.title ?? 'Journey map';

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="journey" width="${bounds.width}" height="${bounds.height}" viewBox="${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}" role="img" aria-label="${xml(title)}" font-family="${FONT_STACK}">` +
    `<title>${xml(title)}</title>` +
    `<rect class="background" x="${bounds.x}" y="${bounds.y}" width="${bounds.width}" height="${bounds.height}" fill="${p.background}"/>` +
    `<g class="flows">${bands.join('')}</g><g class="edges">${lines.join('')}</g><g class="labels">${labels.join('')}</g><g class="nodes">${cards.join('')}</g>${empty}</svg>`;
  const labelBoxes = pills.map((l) => ({
    x: l.center.x - l.width / 2,
    y: l.center.y - LABEL_H / 2,
    width: l.width,
    height: LABEL_H,
  }));
  return {
    svg,
    cards: cardsById,
    width: bounds.width,
    height: bounds.height,
    bounds,
    routes,
    labels: labelBoxes,
  };
}
