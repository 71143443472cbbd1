import { resolveJourneyRef } from '../catalog/journey-refs';
import type { Journey, JourneyStatus, JourneySummary } from '../model';
import type { LifecycleProblem } from './problem';

/** Catalog actions that send profiles into another journey, with the labels the seeds use. */
export const JOURNEY_ENTRY_ACTIONS: Readonly<Record<string, string>> = {
  'add-account-to-journey': 'Add Account to (other) Journey',
  'start-a-journey': 'Start a journey',
};

/** Statuses that block every entry into a journey (seed 002: closing or aborting blocks the action). */
export const BLOCKING_STATUSES: readonly JourneyStatus[] = [
  'Closed to new entries',
  'Aborted',
  'Finished',
];

/** Same code as shared/validation's journey-reference rule, so the two de-duplicate. */
export const JOURNEY_REFERENCE_BLOCKED = 'journey-reference-blocked';

export interface JourneyReference {
  nodeId: string;
  nodeName: string;
  actionId: string;
  actionLabel: string;
  /** The target's journey id or lineage id, as stored in params.journeyId. */
  ref: string;
}

/** The "Add Account to (other) Journey" / "Start a journey" steps of a journey. */
export function journeyReferences(journey: Pick<Journey, 'nodes'>): JourneyReference[] {
  const refs: JourneyReference[] = [];
  for (const node of journey.nodes) {
    if (node.type !== 'action' || node.settings.actionId === null) continue;
    const label = JOURNEY_ENTRY_ACTIONS[node.settings.actionId];
    const ref = node.settings.params.journeyId;
    if (!label || typeof ref !== 'string' || ref === '') continue;
    refs.push({
      nodeId: node.id,
      nodeName: node.name,
      actionId: node.settings.actionId,
      actionLabel: label,
      ref,
    });
  }
  return refs;
}

/** A blocking problem for every entry step whose target journey is closed, aborted or finished. */
export function blockedReferenceProblems(
  journey: Pick<Journey, 'nodes' | 'lineageId'>,
  journeys: readonly JourneySummary[],
): LifecycleProblem[] {
  return journeyReferences(journey).flatMap((r) => {
    const target = resolveJourneyRef(r.ref, journeys);
    if (
      !target ||
      target.lineageId === journey.lineageId ||
      !BLOCKING_STATUSES.includes(target.status)
    )
      return [];
    return [
      {
        nodeId: r.nodeId,
        field: 'params.journeyId',
        severity: 'error' as const,
        code: JOURNEY_REFERENCE_BLOCKED,
        message: `${r.actionLabel} targets "${target.name}", which is ${target.status}; that action is blocked.`,
      },
    ];
  });
}
