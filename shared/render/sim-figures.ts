import {
  dayFigure,
  edgeDayFigure,
  edgeFigure,
  nodeFigure,
  skipNote,
  type SimulationResult,
} from '../simulation';

/** The simulated figures a picture shows: entered per node, traversals per edge. */
export interface SimFigures {
  nodes: ReadonlyMap<string, number>;
  edges: ReadonlyMap<string, number>;
  /** The busiest edge over the whole run (band widths scale against it, so a replay keeps its scale). */
  max: number;
  /** True when the figures stop at a replay day before the end. */
  partial: boolean;
  /** Each figure as shown, with its unit ("2,500 accounts · 9,870 people"): no bare number in a picture. */
  nodeLabels: ReadonlyMap<string, string>;
  edgeLabels: ReadonlyMap<string, string>;
  /**
   * Unconfigured steps the run skipped, worded as the canvas badge words them:
   * "Skipped: 2,500 accounts · 9,870 people — no action chosen" (end of the run only: a replay day has no skips).
   */
  skipLabels: ReadonlyMap<string, string>;
}

const sumTo = (daily: readonly number[], day: number) => {
  let s = 0;
  for (let i = 0; i <= day && i < daily.length; i++) s += daily[i];
  return s;
};

/**
 * Figures at the end of the run, or summed up to a replay day. Every label comes from the shared
 * formatter (`shared/simulation/units.ts`), so the picture says what the canvas badges say.
 */
export function simFigures(
  result: Pick<SimulationResult, 'nodes' | 'edges' | 'unit'>,
  day: number | null = null,
): SimFigures {
  const nodeLabel = (n: SimulationResult['nodes'][number]) =>
    day === null ? nodeFigure(result, n) : dayFigure(result, n, day);
  const edgeLabel = (e: SimulationResult['edges'][number]) =>
    day === null ? edgeFigure(result, e) : edgeDayFigure(result, e, day);
  const skipped = day === null ? result.nodes.filter((n) => n.skipped > 0) : [];
  return {
    nodeLabels: new Map(result.nodes.map((n) => [n.nodeId, nodeLabel(n)])),
    edgeLabels: new Map(result.edges.map((e) => [e.edgeId, edgeLabel(e)])),
    skipLabels: new Map(
      skipped.map((n) => [n.nodeId, skipNote(nodeFigure(result, n, 'skipped'), n.skipReason)]),
    ),
    nodes: new Map(
      result.nodes.map((n) => [n.nodeId, day === null ? n.entered : sumTo(n.daily, day)]),
    ),
    edges: new Map(
      result.edges.map((e) => [e.edgeId, day === null ? e.count : sumTo(e.daily, day)]),
    ),
    max: Math.max(0, ...result.edges.map((e) => e.count)),
    partial: day !== null,
  };
}

/** Band width of a flow: 1.5 px for an unused path up to 12 px for the busiest; square root keeps small flows visible. */
export function flowWidth(count: number, max: number): number {
  return Math.round((1.5 + (max > 0 ? Math.sqrt(count / max) * 10.5 : 0)) * 10) / 10;
}
