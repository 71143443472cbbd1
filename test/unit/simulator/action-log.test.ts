import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { formatResult } from '../../../electron/host/commands/simulate-format';
import { renderSimulationReport } from '../../../shared/reports';
import { actionLogRows, SimulationResult } from '../../../shared/simulation';
import { action, chain, csvScenario, entry, exit, journey } from './build';

// Item 1 of issue 17: the action log names things by their names, states its unit per entry and
// keeps the id for machines. Three accounts, six people: A has 3, B has 2, C has 1.
const PEOPLE = ['A', 'A', 'A', 'B', 'B', 'C'].map((acct, i) => ({ acct, id: String(i) }));
const names = { 'list-2': 'FY27 target accounts', 'aud-1': 'LinkedIn retargeting – influencers' };

const j = journey(
  [
    entry(),
    action('list', 'add-to-account-list', { listId: 'list-2' }, 'account'),
    action('aud', 'add-to-external-customer-audience', { audienceId: 'aud-1' }, 'people'),
    action('score', 'change-score', { scoreName: 'engagement', change: 5 }, 'people'),
    exit(),
  ],
  chain('entry', 'list', 'aud', 'score', 'exit'),
  'account',
);
const r = simulate(j, csvScenario(PEOPLE, { horizonDays: 10 }, 'acct'), { names });

describe('the action log', () => {
  it('gives each entry its name, kind, unit, count and id', () => {
    // The account list takes each account once (3); the audience each person (6), landing
    // within 48 h of day 1, well inside 10 days; the score +5 for each of 6 people = +30.
    expect(r.actions.listAdds).toEqual([
      {
        id: 'list-2',
        name: 'FY27 target accounts',
        kind: 'account list',
        unit: 'account',
        count: 3,
      },
    ]);
    expect(r.actions.audienceAdds).toEqual([
      {
        id: 'aud-1',
        name: 'LinkedIn retargeting – influencers',
        kind: 'audience',
        unit: 'person',
        count: 6,
      },
    ]);
    expect(r.actions.scoreChanges).toEqual([
      { id: 'engagement', name: 'engagement', kind: 'score', unit: 'person', count: 6, change: 30 },
    ]);
  });

  it('labels byAction by the catalog', () => {
    expect(r.actions.byAction['add-to-account-list']).toEqual({
      label: 'Add to account list',
      unit: 'account',
      count: 3,
      times: 3,
    });
  });

  it('parses with the result schema (version 2)', () => {
    expect(SimulationResult.parse(r).schemaVersion).toBe(2);
  });

  it('reads by name with units in the rows the panel, report and CLI share', () => {
    const rows = actionLogRows(r).map((row) => `${row.what} ${row.name}: ${row.figure}`);
    expect(rows).toEqual([
      'Score changed engagement: +30 over 6 people',
      'Added to FY27 target accounts: 3 accounts',
      'Added to LinkedIn retargeting – influencers: 6 people',
    ]);
    const html = renderSimulationReport({ journey: j, result: r, generatedAt: '2030-01-01T00:00' });
    expect(html).toContain(
      '<th scope="row">FY27 target accounts</th><td>account list</td><td class="n">3 accounts</td>',
    );
    expect(html).not.toContain('list-2');
    const text = formatResult(j, r);
    expect(text).toContain('Added to account list "FY27 target accounts": 3 accounts');
    expect(text).not.toContain('aud-1');
  });

  it('names a list deleted since by what it was, never by its id (issue 19)', () => {
    const gone = simulate(j, csvScenario(PEOPLE, { horizonDays: 10, traceProfiles: 1 }, 'acct'), {
      names: { 'aud-1': names['aud-1'] },
    });
    expect(gone.actions.listAdds[0]).toMatchObject({
      id: 'list-2',
      name: 'an account list not in this workspace',
    });
    // The score's target is its own name, so it stays as it is.
    expect(gone.actions.scoreChanges[0].name).toBe('engagement');
    const rows = actionLogRows(gone).map((row) => `${row.what} ${row.name}`);
    expect(rows).toContain('Added to an account list not in this workspace');
    const notes = gone.traces.flatMap((t) => t.steps.map((s) => s.note)).join('\n');
    expect(notes).toContain('“an account list not in this workspace”');
    expect(notes).not.toContain('list-2');
  });
});
