import type { ExitsByReason, SimulationResult } from './result';
import type { FigureParts } from './units';

const ended = (e: ExitsByReason): number =>
  e.exitNode + e.aborted + e.loopLimit + e.dropped + e.noPeople;

/**
 * Waiting at the horizon and exited over the whole journey, each account (or person) once, taken
 * from the exits by reason. A column of the per-node table can count one account at several
 * nodes (its people on several paths), so its sum is not this.
 */
export function distinctTotals(
  result: Pick<SimulationResult, 'unit' | 'exits' | 'people'>,
): Record<'waiting' | 'exited', FigureParts> {
  const people = result.unit === 'account' ? result.people?.exits : undefined;
  return {
    waiting: { count: result.exits.horizon, people: people?.horizon },
    exited: { count: ended(result.exits), people: people && ended(people) },
  };
}

/** Whether an account journey has steps acting on people, where one account may be counted on several paths. */
export const countsAccountsPerPath = (result: Pick<SimulationResult, 'unit' | 'nodes'>): boolean =>
  result.unit === 'account' && result.nodes.some((n) => n.level === 'people');

/** Said under a per-node table where {@link countsAccountsPerPath} holds (app, report, CLI). */
export const PER_PATH_NOTE =
  "At a step that acts on people, an account whose people are on several paths is counted on each of those paths, so a column's accounts can add up to more than were admitted; the last row counts each account once.";
