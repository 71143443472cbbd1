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
