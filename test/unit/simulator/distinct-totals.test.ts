import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { formatResult } from '../../../electron/host/commands/simulate-format';
import { PER_PATH_NOTE, countsAccountsPerPath, distinctTotals } from '../../../shared/simulation';
import {
  THREE_ACCOUNTS,
  csvScenario,
  edge,
  entry,
  execSplit,
  exit,
  journey,
  merge,
  stats,
  wait,
} from './build';

// Issue #17: at a split by people one account can sit on two paths, so the per-node account
// figures of a column add up to more than were admitted; the distinct totals count each once.
// Hand computed from THREE_ACCOUNTS: executives are A·1 and C·1, everyone else A·2 and B·2.
describe('distinct totals of an account journey split by people', () => {
  // Both paths wait 5 days before they merge; the run ends (horizon or abort) while they wait.
  const j = journey(
    [entry(), execSplit('who'), wait('execs', 5), wait('others', 5), merge('m'), exit('done')],
    [
      edge('entry', 'who'),
      edge('who', 'execs', 'exec'),
      edge('who', 'others', 'other'),
      edge('execs', 'm'),
      edge('others', 'm'),
      edge('m', 'done'),
    ],
    'account',
  );

  it('at the horizon: each wait counts the accounts with people on its path (A at both), the total each once', () => {
    const r = simulate(j, csvScenario(THREE_ACCOUNTS, { horizonDays: 3 }, 'acct'));
    expect(stats(r, 'execs')).toMatchObject({ waiting: 2, people: { waiting: 2 } });
    expect(stats(r, 'others')).toMatchObject({ waiting: 2, people: { waiting: 4 } });
    expect(distinctTotals(r)).toEqual({
      waiting: { count: 3, people: 6 },
      exited: { count: 0, people: 0 },
    });
    expect(countsAccountsPerPath(r)).toBe(true);
    // The CLI's table: per path 2 + 2 accounts waiting, its last row 3 accounts and 6 people once.
    const text = formatResult(j, r);
    expect(text).toMatch(
      /\nWhole journey, each account once\s+–\s+–\s+–\s+3\s+0\s+–\s+–\s+–\s+6\s+0\n/,
    );
    expect(text).toContain(PER_PATH_NOTE);
  });

  it('aborted on day 2: exited 2 + 2 accounts at the waits, 3 accounts and 6 people in total', () => {
    const r = simulate(
      j,
      csvScenario(THREE_ACCOUNTS, { horizonDays: 10, lifecycle: { abortAtDay: 2 } }, 'acct'),
    );
    expect(stats(r, 'execs')).toMatchObject({ exited: 2, people: { exited: 2 } });
    expect(stats(r, 'others')).toMatchObject({ exited: 2, people: { exited: 4 } });
    expect(distinctTotals(r)).toEqual({
      waiting: { count: 0, people: 0 },
      exited: { count: 3, people: 6 },
    });
  });
});
