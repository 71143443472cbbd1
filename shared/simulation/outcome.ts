import { andList } from '../phrases';
import type { SimulationResult } from './result';
import { withUnit } from './units';

// What happened to the admitted accounts (or people) by the horizon, in words, for the results
// panel, the report and `journey-studio simulate`. Each reason is counted once per unit; an
// account that a split by people found without people did not "complete" the journey.

type Outcome = Pick<SimulationResult, 'unit' | 'exits' | 'finishedOnDay' | 'profiles'>;

/** "2,300 accounts left through an Exit, 200 ended at a split by people that found no people in them". */
function endings(r: Outcome): string[] {
  const u = (n: number) => withUnit(n, r.unit);
  const parts: [number, string][] = [
    [r.exits.exitNode, 'left through an Exit'],
    [r.exits.noPeople, 'ended at a split by people that found no people in them'],
    [r.exits.loopLimit, 'ended at the loop limit'],
    [r.exits.dropped, 'ended on a path that leads nowhere'],
    [r.exits.aborted, 'ended when the journey was aborted'],
  ];
  return parts.filter(([n]) => n > 0).map(([n, what]) => `${u(n)} ${what}`);
}

const cap = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** One sentence: how the journeys ended and whether the journey would become Finished. */
export function outcomeSentence(r: Outcome): string {
  if (r.profiles.admitted === 0)
    return `No ${r.unit === 'account' ? 'account' : 'person'} was admitted.`;
  const ended = endings(r);
  if (r.finishedOnDay !== null) {
    const how =
      ended.length === 1 && r.exits.exitNode > 0
        ? `every ${r.unit === 'account' ? 'account' : 'person'} left through an Exit`
        : `every journey had ended (${andList(ended)})`;
    return `${cap(how)} by day ${r.finishedOnDay}; a Live or Closed journey would become Finished that day.`;
  }
  const waiting = r.exits.horizon;
  const why =
    r.exits.aborted > 0
      ? 'the journey would become Aborted, not Finished'
      : waiting > 0
        ? `${withUnit(waiting, r.unit)} ${waiting === 1 ? 'was' : 'were'} still inside at the horizon, so the journey would not be Finished yet`
        : 'more arrivals were still to come, so the journey would not be Finished yet';
  return `${cap(ended.length ? `${andList(ended)}; ${why}` : why)}.`;
}
