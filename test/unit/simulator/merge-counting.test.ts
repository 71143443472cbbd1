import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../../shared/simulation';
import { simulate } from '../../../electron/core/simulator';
import {
  action,
  chain,
  crit,
  csvScenario,
  edge,
  entry,
  exit,
  journey,
  merge,
  split,
} from './build';

// Item 3 of issue 17: one counting rule at a Merge paths node closing a split by people. Every
// node entry is one transition and one trace step; the merge counts each account once (with its
// first group), its incoming edges carry groups and add up to its `groups`.
// A has an Executive and a Manager (a group on each path); B has one Manager (Other only).
const PEOPLE = [
  { acct: 'A', jobLevel: 'Executive' },
  { acct: 'A', jobLevel: 'Manager' },
  { acct: 'B', jobLevel: 'Manager' },
];
const score = (id: string) =>
  action(id, 'change-score', { scoreName: 'engagement', change: 1 }, 'people');
const j = journey(
  [
    entry(),
    split('who', [['exec', [crit('jobLevel', 'equals', 'Executive')]]], 'people'),
    score('dm'),
    score('infl'),
    merge('m'),
    action(
      'after',
      'account-interesting-moment',
      { type: 'Milestone', description: 'x' },
      'account',
    ),
    exit(),
  ],
  [
    edge('entry', 'who'),
    edge('who', 'dm', 'exec'),
    edge('who', 'infl', 'other'),
    edge('dm', 'm'),
    edge('infl', 'm'),
    ...chain('m', 'after', 'exit'),
  ],
  'account',
);
const r = simulate(j, csvScenario(PEOPLE, { horizonDays: 5 }, 'acct'));
const node = (id: string) => r.nodes.find((n) => n.nodeId === id);
const flow = (res: SimulationResult, from: string, handle = 'out') => {
  const e = res.edges.find((x) => x.edgeId.endsWith(`-${from}-${handle}`));
  return [e?.count, e?.people];
};

describe('merge counting: one rule for entries, edges, transitions and traces', () => {
  it('node entries in accounts and people', () => {
    const entered = (id: string) => [node(id)?.entered, node(id)?.people?.entered];
    expect(entered('entry')).toEqual([2, 3]);
    expect(entered('who')).toEqual([2, 3]);
    expect(entered('dm')).toEqual([1, 1]); // A's executive
    expect(entered('infl')).toEqual([2, 2]); // A's manager, B's manager
    expect(entered('m')).toEqual([2, 3]); // A once (two groups), B once
    expect(node('m')?.groups).toBe(3);
    // Groups are neither accounts (the node's unit) nor people: they name their own unit.
    expect(node('m')).toMatchObject({ unit: 'account', groupsUnit: 'people group' });
    expect(node('after')?.groupsUnit).toBeUndefined();
    expect(entered('after')).toEqual([2, 3]);
    expect(entered('exit')).toEqual([2, 3]);
  });

  it('edge flows: into the merge one per group, out of it one per account', () => {
    expect(flow(r, 'who', 'exec')).toEqual([1, 1]);
    expect(flow(r, 'who', 'other')).toEqual([2, 2]);
    expect(flow(r, 'dm')).toEqual([1, 1]);
    expect(flow(r, 'infl')).toEqual([2, 2]);
    expect(flow(r, 'm')).toEqual([2, 3]);
    expect(flow(r, 'after')).toEqual([2, 3]);
  });

  it('transitions: entry 2 + who 2 + dm 1 + infl 2 + merge 2 + after 2 + exit 2 = 13', () => {
    expect(r.transitions).toBe(13);
  });

  it("account A's trace has one merge step, written when it continues", () => {
    const steps = r.traces[0].steps;
    expect(steps.map((s) => s.nodeId).sort()).toEqual(
      ['entry', 'who', 'dm', 'infl', 'm', 'after', 'exit'].sort(),
    );
    expect(steps.find((s) => s.nodeId === 'm')?.note).toBe(
      'the account is whole again (2 people; arrived: 1 person on day 1, 1 person on day 1) and continues once',
    );
    // B's trace: its one group, one merge step.
    expect(r.traces[1].steps.filter((s) => s.nodeId === 'm')).toHaveLength(1);
  });

  it('byAction counts the account once after the merge, people on the paths', () => {
    expect(r.actions.byAction['account-interesting-moment']).toMatchObject({
      unit: 'account',
      count: 2,
      times: 2,
    });
    // dm scores A's executive, infl A's and B's managers: 3 people.
    expect(r.actions.byAction['change-score']).toMatchObject({
      unit: 'person',
      count: 3,
      times: 3,
    });
  });
});
