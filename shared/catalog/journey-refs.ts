import type { Audience, JourneyStatus, JourneySummary } from '../model';

/**
 * Entering needs a Live target; seed 000's Remove Account from Journey asks for a live account
 * journey too (`leave`); seed 001's Exit a journey, silent on it, also reaches contacts still in a
 * journey Closed to new entries (`remove`).
 */
export type JourneyRefUse = 'enter' | 'leave' | 'remove';

const USABLE: Record<JourneyRefUse, readonly JourneyStatus[]> = {
  enter: ['Live'],
  leave: ['Live'],
  remove: ['Live', 'Closed to new entries'],
};

const PREFERENCE: readonly JourneyStatus[] = ['Live', 'Scheduled', 'Closed to new entries'];

/**
 * The version a reference means: a reference names a journey id or a lineage id, and resolves to
 * the lineage's Live version (new versions replace old ones), else Scheduled, else the newest.
 */
export function resolveJourneyRef(
  ref: string,
  journeys: readonly JourneySummary[],
): JourneySummary | undefined {
  const hit = journeys.find((j) => j.id === ref) ?? journeys.find((j) => j.lineageId === ref);
  if (!hit) return undefined;
  const versions = journeys.filter((j) => j.lineageId === hit.lineageId);
  for (const status of PREFERENCE) {
    const found = versions.find((j) => j.status === status);
    if (found) return found;
  }
  return versions.reduce((a, b) => (b.version > a.version ? b : a));
}

export interface JourneyRefInput {
  ref: string;
  use: JourneyRefUse;
  audience: Audience;
  /** The referencing journey's lineage: a journey may not add profiles to itself. */
  selfLineageId: string;
  journeys: readonly JourneySummary[];
}

/** Why a journey reference cannot be used; the message names the target. */
export interface JourneyRefIssue {
  reason: 'missing' | 'self' | 'audience' | 'status';
  message: string;
}

/** Why a journey reference cannot be used, or undefined when it can. */
export function journeyRefProblem(input: JourneyRefInput): JourneyRefIssue | undefined {
  const target = resolveJourneyRef(input.ref, input.journeys);
  if (!target) {
    return {
      reason: 'missing',
      message: 'The referenced journey is not in this workspace (it was deleted)',
    };
  }
  const name = `"${target.name}"`;
  if (input.use === 'enter' && target.lineageId === input.selfLineageId) {
    return { reason: 'self', message: `A journey cannot add profiles to itself (${name})` };
  }
  if (target.audience !== input.audience) {
    return {
      reason: 'audience',
      message: `Journey ${name} is a ${target.audience} journey, not a ${input.audience} journey`,
    };
  }
  if (!USABLE[input.use].includes(target.status)) {
    const need = USABLE[input.use].join(' or ');
    return { reason: 'status', message: `Journey ${name} is ${target.status}; it must be ${need}` };
  }
  return undefined;
}
