import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JourneyEdge, JourneyNode } from '../../../shared/model';
import {
  deterministicPart,
  type ExitsByReason,
  type ScenarioInput,
  type SimulationResult,
} from '../../../shared/simulation';
import { splitRuleProblems } from '../../../shared/validation/split-rules';
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
  split,
  wait,
  waitForEvent,
} from './build';

// Random account (and people) journeys built the way the split rules allow: a spine of steps;
// splits by people whose paths hold people steps and close at one merge; splits by accounts,
// random splits and gates whose side path ends, or goes back to an earlier spine node.

type PathStep = 'wait' | 'wfe' | 'ppl' | 'skip';
type SpineStep =
  | { t: 'wait' | 'wfe' | 'ppl' | 'acct' | 'skip' }
  | { t: 'psplit'; paths: PathStep[][]; other: PathStep[] }
  | { t: 'asplit' | 'random' | 'gate'; side: 'exit' | 'goto'; back: number };

const pathStep = fc.constantFrom<PathStep>('wait', 'wfe', 'ppl', 'skip');
const spineStep: fc.Arbitrary<SpineStep> = fc.oneof(
  fc.record({
    t: fc.constantFrom(
      'wait' as const,
      'wfe' as const,
      'ppl' as const,
      'acct' as const,
      'skip' as const,
    ),
  }),
  fc.record({
    t: fc.constant('psplit' as const),
    paths: fc.array(fc.array(pathStep, { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    other: fc.array(pathStep, { maxLength: 2 }),
  }),
  fc.record({
    t: fc.constantFrom('asplit' as const, 'random' as const, 'gate' as const),
    side: fc.constantFrom('exit' as const, 'goto' as const),
    back: fc.nat(20),
  }),
);

const SEGMENTS = ['a', 'b', 'c', 'd'];

/** Builds the journey: every node gets an id, every output an edge. */
function buildJourney(spine: SpineStep[], audience: 'account' | 'people') {
  const nodes: JourneyNode[] = [entry()];
  const edges: JourneyEdge[] = [];
  let seq = 0;
  const id = (p: string) => `${p}${seq++}`;
  const link = (source: string, target: string, handle = 'out') =>
    edges.push({ id: `e${edges.length}`, source, sourceHandle: handle, target });
  // Pending outputs to connect to whatever comes next.
  let open: Array<[string, string]> = [['entry', 'out']];
  const spineIds: string[] = [];
  const connect = (target: string) => {
    for (const [s, h] of open) link(s, target, h);
    open = [];
  };
  const simple = (t: PathStep | 'acct'): JourneyNode => {
    const nid = id(t);
    if (t === 'wait') return wait(nid, 1 + (seq % 3));
    if (t === 'wfe') return waitForEvent(nid, 'clicked', 1 + (seq % 2));
    if (t === 'ppl') return action(nid, 'change-score', { scoreName: 's', change: 1 }, 'people');
    if (t === 'acct')
      return action(
        nid,
        'account-interesting-moment',
        { type: 'Milestone', description: 'x' },
        audience === 'account' ? 'account' : null,
      );
    return action(nid, null, {}, null);
  };
  const outsOf = (n: JourneyNode): Array<[string, string]> =>
    n.type === 'waitForEvent'
      ? [
          [n.id, 'event'],
          [n.id, 'timeout'],
        ]
      : [[n.id, 'out']];
  for (const step of spine) {
    if (step.t === 'psplit') {
      const s = split(
        id('ps'),
        step.paths.map((_, i) => [`p${i}`, [crit('segment', 'equals', SEGMENTS[i % 4])]]),
        'people',
      );
      const m = merge(id('m'));
      nodes.push(s, m);
      connect(s.id);
      spineIds.push(s.id);
      const handles = [...step.paths.map((_, i) => `p${i}`), 'other'];
      [...step.paths, step.other].forEach((path, i) => {
        let ends: Array<[string, string]> = [[s.id, handles[i]]];
        for (const t of path) {
          const n = simple(t);
          nodes.push(n);
          for (const [src, h] of ends) link(src, n.id, h);
          ends = outsOf(n);
        }
        for (const [src, h] of ends) link(src, m.id, h);
      });
      open = [[m.id, 'out']];
      continue;
    }
    if (step.t === 'asplit' || step.t === 'random' || step.t === 'gate') {
      const nid = id(step.t);
      const n =
        step.t === 'asplit'
          ? split(nid, [['big', [crit('score', 'greaterThan', '40', 'account')]]])
          : step.t === 'random'
            ? randomSplit(nid, [60, 40])
            : gate(nid, 'journey.x > 2');
      nodes.push(n);
      connect(n.id);
      spineIds.push(n.id);
      const [main, side] =
        step.t === 'asplit'
          ? ['big', 'other']
          : step.t === 'random'
            ? ['p0', 'p1']
            : ['true', 'false'];
      const sideNode =
        step.side === 'goto' && spineIds.length > 1
          ? goto(id('goto'), spineIds[step.back % (spineIds.length - 1)])
          : exit(id('x'));
      nodes.push(sideNode);
      link(n.id, sideNode.id, side);
      open = [[n.id, main]];
      continue;
    }
    const n = simple(step.t);
    nodes.push(n);
    connect(n.id);
    spineIds.push(n.id);
    open = outsOf(n);
  }
  const end = exit(id('end'));
  nodes.push(end);
  connect(end.id);
  return journey(nodes, edges, audience);
}

const journeyArb = fc
  .record({
    spine: fc.array(spineStep, { minLength: 1, maxLength: 7 }),
    audience: fc.constantFrom('account' as const, 'people' as const),
  })
  .map(({ spine, audience }) => buildJourney(spine, audience));

const scenarioArb = fc
  .record({
    accounts: fc.integer({ min: 1, max: 40 }),
    seed: fc.integer(),
    horizonDays: fc.integer({ min: 1, max: 15 }),
    perDay: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    abortAtDay: fc.option(fc.integer({ min: 0, max: 16 }), { nil: undefined }),
    closeAtDay: fc.option(fc.integer({ min: 0, max: 16 }), { nil: undefined }),
    loopLimit: fc.integer({ min: 1, max: 4 }),
    sizes: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 40, maxLength: 40 }),
  })
  .map(({ accounts, sizes, perDay, abortAtDay, closeAtDay, ...rest }): ScenarioInput => {
    const people = Array.from({ length: accounts }, (_, a) =>
      Array.from({ length: Math.max(1, sizes[a]) }, (_, p) => ({
        acct: `A${a}`,
        segment: SEGMENTS[(a + p * 3) % 4],
        score: (a * 17) % 100,
      })),
    ).flat();
    return {
      ...csvScenario(people, {}, 'acct'),
      ...rest,
      traceProfiles: 0,
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
    };
  });

const total = (e: ExitsByReason) =>
  e.exitNode + e.horizon + e.aborted + e.loopLimit + e.dropped + e.noPeople;

/** Node entries = incoming edges + Go to jumps; `unit` picks accounts (count) or people. */
function flowInto(
  r: SimulationResult,
  j: ReturnType<typeof buildJourney>,
  nodeId: string,
  people: boolean,
): number {
  const edgeBy = new Map(r.edges.map((e) => [e.edgeId, e]));
  const statBy = new Map(r.nodes.map((n) => [n.nodeId, n]));
  const viaEdges = j.edges
    .filter((e) => e.target === nodeId)
    .reduce(
      (s, e) => s + (people ? (edgeBy.get(e.id)?.people ?? 0) : (edgeBy.get(e.id)?.count ?? 0)),
      0,
    );
  const viaGoto = j.nodes
    .filter((n) => n.type === 'goto' && n.settings.targetNodeId === nodeId)
    .reduce(
      (s, n) =>
        s + ((people ? statBy.get(n.id)?.people?.completed : statBy.get(n.id)?.completed) ?? 0),
      0,
    );
  return viaEdges + viaGoto;
}

describe('simulator properties over random account and people journeys', () => {
  it('the generator only builds journeys the split rules accept', () => {
    fc.assert(
      fc.property(journeyArb, (j) => {
        expect(splitRuleProblems(j)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('conserves accounts and people, per run and per node, and flows along the edges', () => {
    fc.assert(
      fc.property(journeyArb, scenarioArb, (j, s) => {
        const r = simulate(j, s);
        expect(total(r.exits)).toBe(r.profiles.admitted);
        const account = r.unit === 'account';
        if (account) expect(total(r.people?.exits as ExitsByReason)).toBe(r.people?.admitted);
        const entryStats = r.nodes.find((n) => n.nodeId === 'entry');
        expect(entryStats?.entered).toBe(r.profiles.admitted);
        if (account) expect(entryStats?.people?.entered).toBe(r.people?.admitted);
        for (const n of r.nodes) {
          expect(n.entered).toBe(n.completed + n.skipped + n.waiting + n.exited);
          if (account) {
            const p = n.people;
            expect(p && p.entered).toBe(p && p.completed + p.skipped + p.waiting + p.exited);
          }
          if (n.nodeId === 'entry') continue;
          if (account) expect(n.people?.entered).toBe(flowInto(r, j, n.nodeId, true));
          const closesPeopleSplit =
            account && j.nodes.some((x) => x.id === n.nodeId && x.type === 'merge');
          // A merge closing a split by people: its incoming edges carry groups, and add up to
          // its `groups`; it counts each account once (entered), so never more than the groups.
          if (closesPeopleSplit) {
            expect(n.groups).toBe(flowInto(r, j, n.nodeId, false));
            expect(n.entered).toBeLessThanOrEqual(n.groups ?? 0);
          } else expect(n.entered).toBe(flowInto(r, j, n.nodeId, false));
        }
        // One rule for transitions: a node entry is one transition (a merge counts accounts).
        expect(r.transitions).toBe(r.nodes.reduce((s, n) => s + n.entered, 0));
      }),
      { numRuns: 200 },
    );
  });

  it('distinct figures never exceed visits nor what was admitted, in both units', () => {
    fc.assert(
      fc.property(journeyArb, scenarioArb, (j, s) => {
        const r = simulate(j, s);
        const admittedPeople = r.people?.admitted ?? r.profiles.admitted;
        for (const n of r.nodes) {
          if (n.distinct === undefined) continue;
          expect(n.distinct).toBeLessThanOrEqual(Math.min(n.entered, r.profiles.admitted));
          if (n.entered > 0) expect(n.distinct).toBeGreaterThan(0);
          const p = n.people;
          if (p?.distinct !== undefined) {
            expect(p.distinct).toBeLessThanOrEqual(Math.min(p.entered, admittedPeople));
            if (p.entered > 0) expect(p.distinct).toBeGreaterThan(0);
          }
        }
        for (const e of r.edges)
          if (e.distinct !== undefined) expect(e.distinct).toBeLessThanOrEqual(e.count);
        // The action log: distinct recipients, never more than the times the action ran.
        const log = r.actions;
        for (const entry of [
          ...log.scoreChanges,
          ...log.listAdds,
          ...log.listRemoves,
          ...log.audienceAdds,
          ...log.tagsAdded,
          ...log.dataValuesSet,
          ...r.accountNotifications,
        ]) {
          expect(entry.count).toBeLessThanOrEqual(entry.times ?? entry.count);
          expect(entry.count).toBeLessThanOrEqual(
            entry.unit === 'account' ? r.profiles.admitted : admittedPeople,
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('each account passes each node at most once per visit', () => {
    fc.assert(
      fc.property(journeyArb, scenarioArb, (j, s) => {
        const r = simulate(j, s);
        const loops = j.nodes.some((n) => n.type === 'goto');
        const visits = loops ? (s.loopLimit ?? 20) + 1 : 1;
        for (const n of r.nodes)
          expect(n.entered).toBeLessThanOrEqual(r.profiles.admitted * visits);
        if (r.unit === 'account')
          for (const n of r.nodes)
            expect(n.people?.entered).toBeLessThanOrEqual((r.people?.admitted ?? 0) * visits);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same journey, scenario and seed give identical JSON', () => {
    fc.assert(
      fc.property(journeyArb, scenarioArb, (j, s) => {
        expect(JSON.stringify(deterministicPart(simulate(j, s)))).toBe(
          JSON.stringify(deterministicPart(simulate(j, s))),
        );
      }),
      { numRuns: 60 },
    );
  });
});
