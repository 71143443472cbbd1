import { inFlowOrder, type SimulationResult } from '../../../shared/simulation';
import type { Journey } from '../../../shared/model';

type NodeFigures = SimulationResult['nodes'][number];

/** The day a node is busiest (the first such day). */
const peakDay = (daily: readonly number[]) => daily.indexOf(Math.max(0, ...daily));

/**
 * The nodes the Over time chart starts with: the busiest over the whole horizon, and among
 * equally busy ones (an account journey has many at the same count) one per busiest day first,
 * so activity late in the run shows, not only day 1's.
 */
export function defaultChartNodes(
  journey: Journey,
  nodes: readonly NodeFigures[],
  max = 6,
): string[] {
  const candidates = chartableNodes(journey, nodes)
    .filter((n) => n.entered > 0)
    .sort((a, b) => b.entered - a.entered);
  const picked: NodeFigures[] = [];
  const days = new Set<number>();
  // First pass: a node whose busiest day is not yet shown; second: the rest by size.
  for (const n of candidates) {
    if (picked.length < max && !days.has(peakDay(n.daily))) {
      picked.push(n);
      days.add(peakDay(n.daily));
    }
  }
  for (const n of candidates) if (picked.length < max && !picked.includes(n)) picked.push(n);
  return inFlowOrder(journey, picked).map((n) => n.nodeId);
}

/** Every node the chart can draw, in flow order (Entry left out: it mirrors the arrivals). */
export function chartableNodes(journey: Journey, nodes: readonly NodeFigures[]): NodeFigures[] {
  const entries = new Set(journey.nodes.filter((n) => n.type === 'entry').map((n) => n.id));
  return inFlowOrder(
    journey,
    nodes.filter((n) => !entries.has(n.nodeId)),
  );
}
