import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { ActionSteps, actionLogRows } from '../../../shared/simulation';
import {
  action,
  chain,
  csvScenario,
  entry,
  exit,
  goto,
  journey,
  THREE_ACCOUNTS,
  wait,
} from './build';

// Issue 17: every change a CRM would see is in the action log, counted as lists are (distinct
// accounts or people, `times` when a loop brings them back). THREE_ACCOUNTS: 3 accounts, 6 people.
const si = { solutionInterestId: 'si1' };
const assign = action('assign', 'assign-to-buying-group', { ...si, role: 'r1' }, 'people');
const stage = action('stage', 'update-buying-group-stage', { ...si, stage: 's2' }, 'account');
const moment = action(
  'moment',
  'account-interesting-moment',
  { type: 'Milestone', description: 'x' },
  'account',
);

describe('record changes in the action log', () => {
  it('a straight journey: 6 people assigned, 3 accounts staged, 3 moments, once each', () => {
    const j = journey(
      [entry(), assign, stage, moment, exit()],
      chain('entry', 'assign', 'stage', 'moment', 'exit'),
      'account',
    );
    const r = simulate(j, csvScenario(THREE_ACCOUNTS, { horizonDays: 5 }, 'acct'));
    expect(r.actions.recordChanges).toEqual([
      {
        id: 'assign-to-buying-group',
        name: 'Assign to Buying Group',
        kind: 'action',
        unit: 'person',
        count: 6,
      },
      {
        id: 'update-buying-group-stage',
        name: 'Update Buying Group Stage',
        kind: 'action',
        unit: 'account',
        count: 3,
      },
      {
        id: 'account-interesting-moment',
        name: 'Account Interesting Moment',
        kind: 'action',
        unit: 'account',
        count: 3,
      },
    ]);
    expect(actionLogRows(r).map((row) => [row.what, row.name, row.figure])).toEqual([
      ['Record changed', 'Assign to Buying Group', '6 people'],
      ['Record changed', 'Update Buying Group Stage', '3 accounts'],
      ['Record changed', 'Account Interesting Moment', '3 accounts'],
    ]);
    // byAction in each action's own unit: never more than the 3 accounts / 6 people admitted.
    expect(r.actions.byAction['assign-to-buying-group']).toMatchObject({
      unit: 'person',
      count: 6,
      times: 6,
    });
    expect(r.actions.byAction['update-buying-group-stage']).toMatchObject({
      unit: 'account',
      count: 3,
      times: 3,
    });
  });

  it('a Go to loop (limit 2): 3 accounts staged 9 times, not 9 accounts', () => {
    const j = journey(
      [entry(), stage, wait('w', 1), goto('again', 'stage')],
      chain('entry', 'stage', 'w', 'again'),
      'account',
    );
    const r = simulate(j, csvScenario(THREE_ACCOUNTS, { horizonDays: 30, loopLimit: 2 }, 'acct'));
    // Each account passes the stage 3 times (first visit + 2 loops): 3 × 3 = 9.
    expect(r.actions.recordChanges).toEqual([
      {
        id: 'update-buying-group-stage',
        name: 'Update Buying Group Stage',
        kind: 'action',
        unit: 'account',
        count: 3,
        times: 9,
      },
    ]);
    expect(actionLogRows(r).map((row) => row.figure)).toEqual(['3 accounts · 9 times']);
    expect(r.actions.byAction['update-buying-group-stage']).toEqual({
      label: 'Update Buying Group Stage',
      unit: 'account',
      count: 3,
      times: 9,
    });
  });

  it('reads a byAction saved before distinct counts (steps) as times, count unknown', () => {
    expect(
      ActionSteps.parse({ label: 'Change Score', unit: 'account', steps: 4, peopleSteps: 6 }),
    ).toEqual({ label: 'Change Score', unit: 'account', times: 4 });
  });
});
