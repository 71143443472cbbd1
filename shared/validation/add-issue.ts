import type { AddableNodeType, PasteTarget } from '../graph';
import { NODE_TYPE_LABELS, type Journey } from '../model';
import { onPeoplePath, peoplePathAddIssue, peopleSplitRegions } from './split-rules';

/** Steps without outputs: added into an edge, they would cut the path below it off. */
const ENDS_PATH = new Set<AddableNodeType>(['exit', 'goto']);

/**
 * Why a step of this type may not be added at this place, or undefined when it may: the one rule
 * the "+" menu and the palette both disable their items by (issue #19). A loose node (nothing
 * selected, or dropped on the map) is on no path, so anything goes.
 */
export function addNodeIssue(
  journey: Journey,
  target: PasteTarget,
  type: AddableNodeType,
): string | undefined {
  if (target.kind === 'loose') return undefined;
  if (target.kind === 'edge' && ENDS_PATH.has(type))
    return `${NODE_TYPE_LABELS[type]} ends a path: add it at an open end`;
  return addsOnPeoplePath(journey, target) ? peoplePathAddIssue(type) : undefined;
}

/**
 * Whether a step added at this "+" target lands on a path of a split by people. Such a step is a
 * people step: "Take an action" added there starts as a People action (issue 19).
 */
export function addsOnPeoplePath(journey: Journey, target: PasteTarget): boolean {
  if (target.kind === 'loose') return false;
  const sourceId =
    target.kind === 'open'
      ? target.sourceId
      : journey.edges.find((e) => e.id === target.edgeId)?.source;
  return sourceId !== undefined && onPeoplePath(journey, sourceId);
}

/**
 * The Merge paths node that already closes the split by people whose path this open end is on,
 * or null. "Merge paths" from that "+" joins it rather than adding a second merge (issue 19).
 */
export function peopleMergeAt(journey: Journey, target: PasteTarget): string | null {
  if (target.kind !== 'open') return null;
  const region = peopleSplitRegions(journey).find(
    (r) => r.splitId === target.sourceId || r.nodeIds.has(target.sourceId),
  );
  return region?.mergeId ?? null;
}
