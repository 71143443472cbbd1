import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { dayFigure, nodeFigure, skippedSteps } from '../../../shared/simulation';
import { resultCsv } from '../../../electron/host/commands/simulate-csv';
import { formatResult } from '../../../electron/host/commands/simulate-format';
import { action, csvScenario, peopleLoop, stats } from './build';

// The probe's tiny loop: 3 accounts × 2 people. A1: 2 executives; A2 and A3: 1 executive,
// 1 manager. Split by people (executives / Other) → merge → an unconfigured step → Wait 1 day →
// Go to the split, loop limit 2. By hand: each account passes the split on days 1, 2 and 3
// (3 visits each, 9 in all) and is stopped at the Go to on day 4.
// Split: 3 accounts · 6 people · 9 visits. Executives ("dm"): all 3 accounts, 4 people, 9 visits.
// Other ("inf"): A2 and A3 only: 2 accounts · 2 people · 6 visits.
const people = [
  { acct: 'A1', jobLevel: 'Executive' },
  { acct: 'A1', jobLevel: 'Executive' },
  { acct: 'A2', jobLevel: 'Executive' },
  { acct: 'A2', jobLevel: 'Manager' },
  { acct: 'A3', jobLevel: 'Executive' },
  { acct: 'A3', jobLevel: 'Manager' },
];
const j = peopleLoop(action('todo', null, {}, 'account'), 'inf');
const r = simulate(j, csvScenario(people, { loopLimit: 2, horizonDays: 21 }, 'acct'));
const figure = (id: string, f?: 'skipped' | 'completed' | 'exited') =>
  nodeFigure(r, stats(r, id)!, f);

describe('figures of a journey with a Go to count accounts once and visits beside them', () => {
  it('states distinct accounts, people and the visits on each node', () => {
    expect(figure('who')).toBe('3 accounts · 6 people · 9 visits');
    expect(figure('dm')).toBe('3 accounts · 4 people · 9 visits');
    expect(figure('inf')).toBe('2 accounts · 2 people · 6 visits');
    // Nobody comes back to the entry: no visits figure.
    expect(figure('entry')).toBe('3 accounts · 6 people');
  });

  it('labels a part of the visits as visits, and ends in units', () => {
    // The Go to: entered on days 2, 3 and 4 (9 visits); 6 loop back, 3 accounts stop on day 4.
    expect(figure('again', 'completed')).toBe('6 visits');
    expect(figure('again', 'exited')).toBe('3 accounts · 6 people');
    expect(r.exits.loopLimit).toBe(3);
  });

  it('says the skipped step in units, in the banner and the warning', () => {
    expect(figure('todo', 'skipped')).toBe('3 accounts · 6 people · 9 visits');
    expect(skippedSteps(j, r).map((s) => s.figure)).toEqual(['3 accounts · 6 people · 9 visits']);
    expect(r.warnings.find((w) => w.code === 'skipped_step')?.message).toBe(
      'Skipped: 3 accounts · 6 people · 9 visits — no action chosen.',
    );
  });

  it('replays a day as visits where accounts came back, in units elsewhere', () => {
    // Day 2 (index 1): the split has had 3 + 3 visits; the entry its 3 accounts on day 1.
    expect(dayFigure(r, stats(r, 'who')!, 1)).toBe('6 visits');
    expect(dayFigure(r, stats(r, 'entry')!, 1)).toBe('3 accounts · 6 people');
  });
});

describe('the CLI table and CSV of a journey with a Go to', () => {
  it('adds distinct and visits columns beside the pass counts', () => {
    const [head, ...rows] = resultCsv(j, r).trim().split('\r\n');
    expect(head.endsWith(',skip_reason,accounts_distinct,people_distinct,visits')).toBe(true);
    // who: 9 visits (accounts_entered keeps counting passes), 3 accounts, 6 people.
    expect(rows.find((row) => row.startsWith('who,'))).toMatch(
      /^who,who,split,accounts,9,.*,3,6,9$/,
    );
    const text = formatResult(j, r);
    expect(text).toMatch(/Entered \(visits\)/);
    expect(text).toMatch(
      /\ndm\s+action\s+people\s+3\s+3\s+0\s+0\s+0\s+4\s+4\s+0\s+0\s+0\s+9\s+9\s+0/,
    );
  });
});
