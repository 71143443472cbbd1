import type { EdgeStats, NodeStats, SimulationResult } from './result';
import { partsText } from './units';

const upTo = (daily: readonly number[], day: number) => {
  let s = 0;
  for (let i = 0; i <= day && i < daily.length; i++) s += daily[i];
  return s;
};

/** A node's figures as of a replay day (index `day`) that the run only totals at its end. */
export interface DayHolding {
  /** Inside a Wait at the end of the day, and as words ("4 accounts · 9 people"). */
  waiting: number;
  waitingText: string;
}

/**
 * What waits in a Wait (or Wait for event) step at the end of replay day `day`: what entered so
 * far less what left along its paths so far (a unit waits in one place at a time, so these are
 * units, with people in account journeys). Null when some ended at the step (an output with no
 * path): the run keeps no daily series of those, so the day's figure is not known.
 */
export function waitingOnDay(
  result: Pick<SimulationResult, 'unit'>,
  stats: Pick<NodeStats, 'daily' | 'exited' | 'people'>,
  outEdges: ReadonlyArray<Pick<EdgeStats, 'daily' | 'peopleDaily'>>,
  day: number,
): DayHolding | null {
  if (stats.exited > 0) return null;
  const left = (pick: (e: (typeof outEdges)[number]) => readonly number[] | undefined) =>
    outEdges.reduce((s, e) => s + upTo(pick(e) ?? [], day), 0);
  const waiting = Math.max(0, upTo(stats.daily, day) - left((e) => e.daily));
  const people =
    result.unit === 'account' && stats.people
      ? Math.max(0, upTo(stats.people.daily, day) - left((e) => e.peopleDaily))
      : undefined;
  return { waiting, waitingText: partsText(result, { count: waiting, people }) };
}
