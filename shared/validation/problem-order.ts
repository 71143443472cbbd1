import { flowOrder, type GraphDoc } from '../graph/queries';

/**
 * Problems as every list shows them (editor, Publish dialog, CLI validate): errors before
 * warnings, and within each, the journey's own problems first, then steps in flow order (as the
 * map reads); problems of one step keep the order the rules found them in.
 */
export function inProblemOrder<P extends { severity: 'error' | 'warning'; nodeId?: string }>(
  problems: readonly P[],
  doc: GraphDoc,
): P[] {
  const rank = new Map(flowOrder(doc).map((id, i) => [id, i + 1] as const));
  const last = rank.size + 1;
  const place = (p: P) => (p.nodeId === undefined ? 0 : (rank.get(p.nodeId) ?? last));
  const severity = (p: P) => (p.severity === 'error' ? 0 : 1);
  // Array.prototype.sort is stable, so ties keep the rules' order.
  return [...problems].sort((a, b) => severity(a) - severity(b) || place(a) - place(b));
}
