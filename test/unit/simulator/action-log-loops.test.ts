import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { formatResult } from '../../../electron/host/commands/simulate-format';
import { renderSimulationReport } from '../../../shared/reports';
import { actionLogRows, SimulationResult } from '../../../shared/simulation';
import {
  action,
  chain,
  crit,
  csvScenario,
  entry,
  exit,
  goto,
  journey,
  rows,
  THREE_ACCOUNTS,
  wait,
} from './build';

// Issue 17, the action log in a Go to loop: as a CRM counts them, an account (person) reached
// again is not another account (person); the times the action ran stand beside.
// THREE_ACCOUNTS: A (Executive, Manager, Manager), B (Manager, IC), C (Executive): 3 accounts, 6 people.

const names = { 'list-2': 'FY27 target accounts', 'aud-1': 'LinkedIn retargeting – managers' };
const managers = {
  mode: 'matching' as const,
  match: 'all' as const,
  criteria: [crit('jobLevel', 'equals', 'Manager')],
};

describe('a loop with limit 2: each account passes the loop three times', () => {
  const j = journey(
    [
      entry(),
      action('list', 'add-to-account-list', { listId: 'list-2' }, 'account'),
      action(
        'aud',
        'add-to-external-customer-audience',
        { audienceId: 'aud-1' },
        'people',
        managers,
      ),
      action('score', 'change-score', { scoreName: 'engagement', change: 5 }, 'people'),
      action(
        'alert',
        'send-sales-alert',
        { solutionInterestId: 'si1', sendTo: 'sales@example.com' },
        'account',
      ),
      wait('w', 1),
      goto('again', 'list'),
    ],
    chain('entry', 'list', 'aud', 'score', 'alert', 'w', 'again'),
    'account',
  );
  const r = simulate(j, csvScenario(THREE_ACCOUNTS, { horizonDays: 30, loopLimit: 2 }, 'acct'), {
    names,
  });

  it('counts distinct accounts and people, and the times the action ran', () => {
    // Visits on days 1, 2 and 3; the third Go to ends each account (loop limit 2).
    expect(r.exits.loopLimit).toBe(3);
    // The list: 3 accounts, 3 × 3 = 9 adds.
    expect(r.actions.listAdds).toEqual([
      {
        id: 'list-2',
        name: 'FY27 target accounts',
        kind: 'account list',
        unit: 'account',
        count: 3,
        times: 9,
      },
    ]);
    // Managers only: 2 in A, 1 in B = 3 people, 3 visits each; all land within 48 h of day 3.
    expect(r.actions.audienceAdds).toEqual([
      {
        id: 'aud-1',
        name: 'LinkedIn retargeting – managers',
        kind: 'audience',
        unit: 'person',
        count: 3,
        times: 9,
      },
    ]);
    // Everyone: 6 people, 18 changes of +5 = +90.
    expect(r.actions.scoreChanges).toEqual([
      {
        id: 'engagement',
        name: 'engagement',
        kind: 'score',
        unit: 'person',
        count: 6,
        times: 18,
        change: 90,
      },
    ]);
    // The sales alert: 3 accounts, 9 alerts.
    expect(r.accountNotifications).toMatchObject([{ unit: 'account', count: 3, times: 9 }]);
    expect(SimulationResult.parse(r).actions.listAdds[0].times).toBe(9);
  });

  it('the panel, report and CLI read the same figures', () => {
    const lines = actionLogRows(r, true).map((row) => `${row.what} ${row.name}: ${row.figure}`);
    expect(lines).toEqual([
      'Score changed engagement: +90 over 6 people · 18 times',
      'Added to FY27 target accounts: 3 accounts · 9 times',
      'Added to LinkedIn retargeting – managers: 3 people · 9 times',
      'Account notification Send Sales Alert: 3 accounts · 9 times',
    ]);
    const html = renderSimulationReport({ journey: j, result: r, generatedAt: '2030-01-01T00:00' });
    expect(html).toContain('<td class="n">3 accounts · 9 times</td>');
    expect(html).toContain('<td class="n">3 people · 9 times</td>');
    const text = formatResult(j, r);
    expect(text).toContain('Added to account list "FY27 target accounts": 3 accounts · 9 times');
    expect(text).toContain('Send Sales Alert: 3 accounts · 9 times');
  });
});

describe('without a Go to', () => {
  it('two steps adding to the same list count each account once, the adds beside', () => {
    const j = journey(
      [
        entry(),
        action('l1', 'add-to-account-list', { listId: 'list-2' }, 'account'),
        action('l2', 'add-to-account-list', { listId: 'list-2' }, 'account'),
        exit(),
      ],
      chain('entry', 'l1', 'l2', 'exit'),
      'account',
    );
    const r = simulate(j, csvScenario(THREE_ACCOUNTS, {}, 'acct'));
    expect(r.actions.listAdds).toMatchObject([{ id: 'list-2', count: 3, times: 6 }]);
  });

  it('one step per target: every add reaches someone new, so no times are given', () => {
    const j = journey(
      [entry(), action('tag', 'add-tag', { tag: 'vip' }, 'people'), exit()],
      chain('entry', 'tag', 'exit'),
    );
    const r = simulate(j, csvScenario(rows(4)));
    expect(r.actions.tagsAdded).toEqual([
      { id: 'vip', name: 'vip', kind: 'tag', unit: 'person', count: 4 },
    ]);
  });
});

describe('a people journey loop', () => {
  it('4 people tagged 3 times each: 4 people · 12 times', () => {
    const j = journey(
      [entry(), action('tag', 'add-tag', { tag: 'vip' }, 'people'), wait('w', 1), goto('g', 'tag')],
      chain('entry', 'tag', 'w', 'g'),
    );
    const r = simulate(j, csvScenario(rows(4), { loopLimit: 2 }));
    expect(r.actions.tagsAdded).toMatchObject([{ id: 'vip', unit: 'person', count: 4, times: 12 }]);
    expect(actionLogRows(r)).toMatchObject([{ figure: '4 people · 12 times' }]);
  });
});
