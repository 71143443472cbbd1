import { flowOrder, type GraphDoc } from '../graph/queries';

/**
 * Per-node figures in journey (flow) order: from the Entry down each path, outputs left to
 * right, as the map reads; figures of nodes the journey no longer has come last.
 */
export function inFlowOrder<T extends { nodeId: string }>(
  journey: GraphDoc,
  stats: readonly T[],
): T[] {
  const rank = new Map(flowOrder(journey).map((id, i) => [id, i] as const));
  const last = rank.size;
  return [...stats].sort((a, b) => (rank.get(a.nodeId) ?? last) - (rank.get(b.nodeId) ?? last));
}

/**
 * The nodes the over-time chart draws: the `max` busiest (most entered; the Entry left out, it
 * mirrors the arrivals), listed in flow order, so lines and legend read as the journey does.
 */
export function overTimeSeries<T extends { nodeId: string; entered: number }>(
  journey: GraphDoc & { nodes: readonly { id: string; type: string }[] },
  stats: readonly T[],
  max = 6,
): T[] {
  const entries = new Set(journey.nodes.filter((n) => n.type === 'entry').map((n) => n.id));
  const busiest = [...stats]
    .filter((s) => !entries.has(s.nodeId))
    .sort((a, b) => b.entered - a.entered)
    .slice(0, max);
  return inFlowOrder(journey, busiest);
}
