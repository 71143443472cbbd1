import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import {
  action,
  chain,
  countsById,
  crit,
  csvScenario,
  edge,
  entry,
  exit,
  gate,
  goto,
  journey,
  merge,
  randomSplit,
  rows,
  split,
  stats,
  synthScenario,
  wait,
  waitForEvent,
} from './build';

describe('node semantics', () => {
  it('wait until a date measured from the scenario start', () => {
    const j = journey(
      [entry(), wait('w', '2025-01-11T00:00:00Z'), exit()],
      chain('entry', 'w', 'exit'),
    );
    const r = simulate(j, synthScenario(10));
    expect(stats(r, 'exit')?.daily[10]).toBe(10);
  });

  it('wait for event: the event path or the timeout at the end of the window', () => {
    const nodes = [entry(), waitForEvent('wfe', 'form_filled', 3), exit('yes'), exit('no')];
    const edges = [edge('entry', 'wfe'), edge('wfe', 'yes', 'event'), edge('wfe', 'no', 'timeout')];
    const all = simulate(
      journey(nodes, edges),
      synthScenario(100, { behaviour: { eventProbability: { form_filled: 1 } } }),
    );
    expect(stats(all, 'yes')?.entered).toBe(100);
    expect(
      stats(all, 'yes')
        ?.daily.slice(0, 3)
        .reduce((a, b) => a + b, 0),
    ).toBe(100);
    const none = simulate(
      journey(nodes, edges),
      synthScenario(100, { behaviour: { defaultEventProbability: 0 } }),
    );
    expect(stats(none, 'no')?.daily[3]).toBe(100);
  });

  it('random split by percentages', () => {
    const j = journey(
      [entry(), randomSplit('r', [100, 0]), exit('a'), exit('b')],
      [edge('entry', 'r'), edge('r', 'a', 'p0'), edge('r', 'b', 'p1')],
    );
    const r = simulate(j, synthScenario(500));
    expect([stats(r, 'a')?.entered, stats(r, 'b')?.entered]).toEqual([500, 0]);
    const half = simulate(
      journey(
        [entry(), randomSplit('r', [50, 50]), exit('a'), exit('b')],
        [edge('entry', 'r'), edge('r', 'a', 'p0'), edge('r', 'b', 'p1')],
      ),
      synthScenario(10_000),
    );
    expect(stats(half, 'a')?.entered).toBeGreaterThan(4_700);
    expect(stats(half, 'a')?.entered).toBeLessThan(5_300);
  });

  it('split operators on numbers and text, match any', () => {
    const j = journey(
      [
        entry(),
        split(
          's',
          [
            ['low', [crit('score', 'lessThan', '10'), crit('segment', 'contains', 'D')]],
            ['empty', [crit('missing', 'isEmpty')]],
          ],
          'accounts',
          'any',
        ),
        exit('low'),
        exit('empty'),
        exit('other'),
      ],
      [
        edge('entry', 's'),
        edge('s', 'low', 'low'),
        edge('s', 'empty', 'empty'),
        edge('s', 'other', 'other'),
      ],
    );
    const r = simulate(j, csvScenario(rows(100)));
    // score < 10 (10) or segment d (25, of which 2 are < 10): 33; everyone else has no "missing".
    expect([
      stats(r, 'low')?.entered,
      stats(r, 'empty')?.entered,
      stats(r, 'other')?.entered,
    ]).toEqual([33, 67, 0]);
    const gap = r.warnings.find((w) => w.code === 'unknown_attribute');
    // The warning names the attribute, who lacks it and where to add it.
    expect(gap?.message).toContain('does not set "missing" for people');
    expect(gap?.message).toContain('Add it as a Person attribute');
  });

  it('split by people divides an account among paths and the merge joins it again', () => {
    const people = [
      { acct: 'x', role: 'buyer' },
      { acct: 'x', role: 'user' },
      { acct: 'x', role: 'buyer' },
      { acct: 'y', role: 'user' },
    ];
    const j = journey(
      [
        entry(),
        split('s', [['buyers', [crit('role', 'equals', 'buyer')]]], 'people'),
        action('mail', 'send-email', { source: 'new', contentId: 'c1' }, 'people'),
        merge('m'),
        exit('done'),
      ],
      [
        edge('entry', 's'),
        edge('s', 'mail', 'buyers'),
        edge('mail', 'm'),
        edge('s', 'm', 'other'),
        edge('m', 'done'),
      ],
      'account',
    );
    const r = simulate(
      j,
      csvScenario(people, { behaviour: { emailOpen: 1, emailClick: 1 } }, 'acct'),
    );
    expect(r.profiles).toEqual({ admitted: 2, notAdmitted: 0 });
    expect(r.people).toMatchObject({ admitted: 4, exits: { exitNode: 4 } });
    // x: buyers 2 (mail), others 1; y: others 1. Two accounts reach the Exit, once each.
    expect(stats(r, 'mail')).toMatchObject({ level: 'people', entered: 1, people: { entered: 2 } });
    expect(stats(r, 'm')).toMatchObject({
      entered: 2,
      completed: 2,
      people: { entered: 4, completed: 4 },
    });
    expect(stats(r, 'done')).toMatchObject({ entered: 2, people: { entered: 4 } });
    expect(r.messages.email).toMatchObject({ sent: 2, opened: 2, clicked: 2 });
    expect(stats(r, 's')).toMatchObject({
      entered: 2,
      completed: 2,
      people: { entered: 4, completed: 4 },
    });
  });

  it('gate reads a mocked custom action result', () => {
    const nodes = [
      entry(),
      action('enrich', 'custom-action', { dataKey: 'enrich', actionRef: 'a1', function: 'f1' }),
      gate('g', 'journey.enrich.body.score > 50'),
      exit('t'),
      exit('f'),
    ];
    const edges = [
      ...chain('entry', 'enrich', 'g'),
      edge('g', 't', 'true'),
      edge('g', 'f', 'false'),
    ];
    const pick = {
      kind: 'pickFrom' as const,
      options: [
        { value: { body: { score: 80 } }, weight: 1 },
        { value: { body: { score: 20 } }, weight: 3 },
      ],
    };
    const r = simulate(
      journey(nodes, edges),
      synthScenario(4_000, { mockResults: { enrich: pick } }),
    );
    expect(stats(r, 't')?.entered).toBeGreaterThan(850);
    expect(stats(r, 't')?.entered).toBeLessThan(1_150);
    expect(countsById(r.actions.customActionCalls)).toEqual({ enrich: 4_000 });
    const tpl = { kind: 'template' as const, template: '{"body":{"score":{{ account.size }}}}' };
    const acc = {
      accountAttributes: {
        size: { kind: 'categorical' as const, values: [{ value: 60, weight: 1 }] },
      },
    };
    const r2 = simulate(
      journey(nodes, edges),
      synthScenario(10, {
        population: { kind: 'synthetic', accounts: 10, ...acc },
        mockResults: { enrich: tpl },
      }),
    );
    expect(stats(r2, 't')?.entered).toBe(10);
    expect(r2.traces[0].steps.map((s) => s.note)).toContainEqual(
      expect.stringContaining('journey.enrich = {"body":{"score":60}}'),
    );
  });

  it('goto loops are bounded by the loop limit', () => {
    const j = journey([entry(), wait('w', 1), goto('again', 'w')], chain('entry', 'w', 'again'));
    const r = simulate(j, synthScenario(50, { loopLimit: 3 }));
    expect(r.exits.loopLimit).toBe(50);
    expect(stats(r, 'again')).toMatchObject({ entered: 200, completed: 150, exited: 50 });
    expect(stats(r, 'again')?.daily[4]).toBe(50);
    expect(r.warnings.find((w) => w.code === 'loop_limit')?.nodeId).toBe('again');
  });

  it('a goto cycle without a wait is stopped', () => {
    const r = simulate(
      journey([entry(), goto('g', 'g')], chain('entry', 'g')),
      synthScenario(5, { loopLimit: 7 }),
    );
    expect(r.exits.loopLimit).toBe(5);
  });

  it('unconfigured steps are skipped; isConfigured is injectable', () => {
    const j = journey(
      [entry(), action('a', 'send-email', {}), exit()],
      chain('entry', 'a', 'exit'),
    );
    const r = simulate(j, synthScenario(20), {
      isConfigured: (n) => Object.keys(n.settings.params).length > 0,
    });
    expect(stats(r, 'a')).toMatchObject({ skipped: 20, completed: 0 });
    expect(r.messages.email.sent).toBe(0);
  });

  it('applies tags, lists, data values, audiences and journey starts, never for real', () => {
    const j = journey(
      [
        entry(),
        action('tag', 'add-tag', { tag: 'vip' }),
        action('list', 'remove-from-list', { marketoWorkspaceId: 'w1', listId: 'l1' }),
        action('set', 'change-data-value', { attribute: 'segment', value: 'z' }),
        action('aud', 'add-to-external-customer-audience', { audienceId: 'aud1' }),
        action('start', 'start-a-journey', { journeyId: 'j2' }),
        split('s', [['z', [crit('segment', 'equals', 'z')]]]),
        exit('z'),
        exit('o'),
      ],
      [
        ...chain('entry', 'tag', 'list', 'set', 'aud', 'start', 's'),
        edge('s', 'z', 'z'),
        edge('s', 'o', 'other'),
      ],
    );
    const r = simulate(j, csvScenario(rows(40), { horizonDays: 1 }));
    expect(countsById(r.actions.tagsAdded)).toEqual({ vip: 40 });
    expect(countsById(r.actions.listRemoves)).toEqual({ l1: 0 });
    expect(countsById(r.actions.dataValuesSet)).toEqual({ segment: 40 });
    expect(countsById(r.actions.journeyStarts)).toEqual({ j2: 40 });
    expect(countsById(r.actions.audienceAdds).aud1).toBeGreaterThan(5);
    expect(countsById(r.actions.audienceAdds).aud1).toBeLessThan(35);
    expect(stats(r, 'z')?.entered).toBe(40);
  });

  it('abort rehearsal ends every journey in flight', () => {
    const j = journey([entry(), wait('w', 10), exit()], chain('entry', 'w', 'exit'));
    const r = simulate(j, synthScenario(30, { lifecycle: { abortAtDay: 5 } }));
    expect(r.exits).toMatchObject({ aborted: 30, exitNode: 0, horizon: 0 });
    expect(stats(r, 'w')).toMatchObject({ entered: 30, exited: 30 });
  });

  it('abort on day 3 happens when day 3 starts: a wait ending on day 4 is cut short', () => {
    // Everyone enters at the start of day 1 and would leave the 3-day wait at the start of day 4.
    const j = journey([entry(), wait('w', 3), exit()], chain('entry', 'w', 'exit'));
    const r = simulate(j, synthScenario(30, { lifecycle: { abortAtDay: 3 } }));
    expect(r.exits).toMatchObject({ aborted: 30, exitNode: 0 });
    const later = simulate(j, synthScenario(30, { lifecycle: { abortAtDay: 5 } }));
    // A 3-day wait ends at the start of day 4, before the abort at the start of day 5.
    expect(later.exits).toMatchObject({ aborted: 0, exitNode: 30 });
  });

  it('drops profiles at an output with no edge', () => {
    const r = simulate(journey([entry(), wait('w', 1)], chain('entry', 'w')), synthScenario(3));
    expect(r.exits.dropped).toBe(3);
    expect(r.warnings.map((w) => w.code)).toContain('dangling_output');
  });

  it('refuses absurd populations before allocating', () => {
    const j = journey([entry(), exit()], chain('entry', 'exit'));
    expect(() => simulate(j, synthScenario(6_000_000))).toThrow(/at most 5,000,000/);
    expect(() => simulate(j, { ...synthScenario(10), horizonDays: 0 })).toThrow(/horizonDays/);
  });

  it('names the field that sets the broken size limit', () => {
    const j = journey([entry(), exit()], chain('entry', 'exit'));
    const fieldOf = (input: Parameters<typeof simulate>[1]) => {
      try {
        simulate(j, input);
      } catch (error) {
        return (error as { field?: string }).field;
      }
      return 'no error';
    };
    expect(fieldOf(synthScenario(6_000_000))).toBe('scenario.population.accounts');
    // 2,000 accounts × up to 5,000 people = 10,000,000 people, over the 5,000,000 ceiling.
    const crowded = synthScenario(2_000, {
      population: { kind: 'synthetic', accounts: 2_000, peoplePerAccount: { min: 1, max: 5_000 } },
    });
    expect(fieldOf(crowded)).toBe('scenario.population.peoplePerAccount.max');
  });
});
