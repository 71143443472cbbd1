import type { HistoryEntry, Journey, JourneyStatus } from '../model';

/** Who does a lifecycle change and when. */
export interface Actor {
  by: string;
  at: Date;
}

/** One history entry for a lifecycle change. */
export function historyEntry(
  actor: Actor,
  action: string,
  from: JourneyStatus | null,
  to: JourneyStatus,
  note?: string,
): HistoryEntry {
  const entry: HistoryEntry = { at: actor.at.toISOString(), by: actor.by, action, from, to };
  return note === undefined ? entry : { ...entry, note };
}

/**
 * Moves a journey to `to`, appending the history entry and stamping Last updated by/at;
 * the one way statuses change, so no transition forgets its history.
 */
export function withStatus(
  journey: Journey,
  actor: Actor,
  action: string,
  to: JourneyStatus,
  note?: string,
): Journey {
  return {
    ...journey,
    status: to,
    updatedBy: actor.by,
    updatedAt: actor.at.toISOString(),
    history: [...journey.history, historyEntry(actor, action, journey.status, to, note)],
  };
}
