import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeOutputs, type JourneyEdge, type JourneyNode } from '../../../shared/model';
import { deterministicPart, type ScenarioInput } from '../../../shared/simulation';
import { simulate } from '../../../electron/core/simulator';
import {
  action,
  crit,
  csvScenario,
  entry,
  exit,
  gate,
  goto,
  journey,
  merge,
  randomSplit,
  rows,
  split,
  wait,
  waitForEvent,
} from './build';

const KINDS = [
  'wait',
  'wfe',
  'score',
  'skip',
  'email',
  'split',
  'peopleSplit',
  'random',
  'gate',
  'merge',
  'goto',
  'exit',
] as const;

function makeNode(kind: (typeof KINDS)[number], id: string, n: number, pick: number): JourneyNode {
  switch (kind) {
    case 'wait':
      return wait(id, pick % 5);
    case 'wfe':
      return waitForEvent(id, 'clicked', 1 + (pick % 3));
    case 'score':
      return action(id, 'change-score', { scoreName: 's', change: 3 });
    case 'skip':
      return action(id, null);
    case 'email':
      return action(id, 'send-email', { source: 'new', contentId: 'c1' }, 'people');
    case 'split':
      return split(id, [
        ['a', [crit('segment', 'equals', 'a')]],
        ['b', [crit('score', 'greaterThan', String(pick * 7))]],
      ]);
    case 'peopleSplit':
      return split(id, [['a', [crit('segment', 'equals', 'b')]]], 'people');
    case 'random':
      return randomSplit(id, [pick % 100, 100 - (pick % 100)]);
    case 'gate':
      return gate(id, `journey.x > ${pick % 3}`);
    case 'merge':
      return merge(id);
    case 'goto':
      return goto(id, `n${pick % n}`);
    default:
      return exit(id);
  }
}

const journeyArb = fc
  .record({
    kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 9 }),
    picks: fc.array(fc.nat(1000), { minLength: 40, maxLength: 40 }),
    // Free-form graphs: people journeys only (account journeys must follow the split rules; see account-property.test.ts).
    audience: fc.constant('people' as const),
  })
  .map(({ kinds, picks, audience }) => {
    const nodes: JourneyNode[] = [
      entry(),
      ...kinds.map((k, i) => makeNode(k, `n${i}`, kinds.length, picks[i])),
    ];
    const edges: JourneyEdge[] = [];
    let p = 0;
    nodes.forEach((node) =>
      nodeOutputs(node).forEach((o) => {
        const t = picks[p++ % picks.length] % (kinds.length + 1);
        if (t < kinds.length)
          edges.push({
            id: `e${edges.length}`,
            source: node.id,
            sourceHandle: o.id,
            target: `n${t}`,
          });
      }),
    );
    return journey(nodes, edges, audience);
  });

const scenarioArb = fc
  .record({
    n: fc.nat(120),
    seed: fc.integer(),
    horizonDays: fc.integer({ min: 1, max: 20 }),
    perDay: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
    abortAtDay: fc.option(fc.integer({ min: 0, max: 25 }), { nil: undefined }),
    closeAtDay: fc.option(fc.integer({ min: 0, max: 25 }), { nil: undefined }),
    loopLimit: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ n, perDay, abortAtDay, closeAtDay, ...rest }): ScenarioInput => ({
    ...csvScenario(
      rows(n).map((r) => ({ ...r, acct: String(r.score % 7) })),
      {},
      'acct',
    ),
    ...rest,
    entry: perDay === undefined ? { pattern: 'allAtStart' } : { pattern: 'perDay', perDay },
    lifecycle: { abortAtDay, closeAtDay },
    mockResults: {
      x: {
        kind: 'pickFrom',
        options: [
          { value: 1, weight: 1 },
          { value: 5, weight: 1 },
        ],
      },
    },
  }));

describe('simulator properties', () => {
  it('conserves profiles: each ends in exactly one place, per run and per node', () => {
    fc.assert(
      fc.property(journeyArb, scenarioArb, (j, s) => {
        const r = simulate(j, s);
        const e = r.exits;
        expect(r.profiles.admitted).toBe(
          e.exitNode + e.horizon + e.aborted + e.loopLimit + e.dropped + e.noPeople,
        );
        expect(r.nodes.reduce((a, n) => a + n.waiting, 0)).toBe(e.horizon);
        for (const n of r.nodes)
          expect(n.entered).toBe(n.completed + n.skipped + n.waiting + n.exited);
        for (const n of r.nodes)
          expect(n.daily.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(n.entered);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: same journey, scenario and seed give identical JSON', () => {
    fc.assert(
      fc.property(journeyArb, scenarioArb, (j, s) => {
        const a = JSON.stringify(deterministicPart(simulate(j, s)));
        const b = JSON.stringify(deterministicPart(simulate(j, s)));
        expect(a).toBe(b);
      }),
      { numRuns: 60 },
    );
  });
});
