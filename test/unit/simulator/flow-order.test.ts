import { describe, expect, it } from 'vitest';
import { inFlowOrder } from '../../../shared/simulation';
import { simulate } from '../../../electron/core/simulator';
import { skippedSteps } from '../../../shared/simulation';
import { flowOrder } from '../../../shared/graph/queries';
import {
  action,
  chain,
  crit,
  edge,
  entry,
  exit,
  journey,
  rows,
  csvScenario,
  split,
  wait,
} from './build';

// The per-step results read in journey order (Entry, then down each path left to right), not in
// the order the nodes were created.

describe('results in journey (flow) order', () => {
  // Created out of order: the Exit first, the second path's step before the first path's.
  const j = journey(
    [
      exit('done'),
      action('b-step', null),
      wait('w', 1),
      split('seg', [['a', [crit('segment', 'equals', 'a')]]]),
      entry(),
      action('a-step', null),
      exit('done-b'),
    ],
    [
      ...chain('entry', 'w', 'seg'),
      edge('seg', 'a-step', 'a'),
      edge('seg', 'b-step', 'other'),
      edge('a-step', 'done'),
      edge('b-step', 'done-b'),
    ],
  );

  it('orders node figures Entry → Wait → Split → path a → Other path', () => {
    const r = simulate(j, csvScenario(rows(4)));
    expect(inFlowOrder(j, r.nodes).map((n) => n.nodeId)).toEqual([
      'entry',
      'w',
      'seg',
      'a-step',
      'done',
      'b-step',
      'done-b',
    ]);
  });

  it('lists skipped steps in the same order', () => {
    const r = simulate(j, csvScenario(rows(4)));
    // rows(4) has segments a, b, c, d: 1 person takes path a, 3 take Other.
    expect(skippedSteps(j, r).map((s) => [s.nodeId, s.figure])).toEqual([
      ['a-step', '1 person'],
      ['b-step', '3 people'],
    ]);
  });

  it('puts figures of nodes the journey no longer has last', () => {
    const stats = [{ nodeId: 'gone' }, { nodeId: 'done' }, { nodeId: 'entry' }];
    expect(inFlowOrder(j, stats).map((s) => s.nodeId)).toEqual(['entry', 'done', 'gone']);
  });
});

describe('flow order where paths meet again', () => {
  // Entry → Split; path "a" → A → Merge; Other → B1 → B2 → Merge; Merge → Exit. The Other path's
  // steps come before the Merge (the outsider saw them listed after both Exits).
  const j = journey(
    [
      entry(),
      split('seg', [['a', [crit('segment', 'equals', 'a')]]]),
      action('a-step', null),
      action('b1', null),
      action('b2', null),
      action('joined', null),
      exit('done'),
    ],
    [
      edge('entry', 'seg'),
      edge('seg', 'a-step', 'a'),
      edge('seg', 'b1', 'other'),
      edge('b1', 'b2'),
      edge('a-step', 'joined'),
      edge('b2', 'joined'),
      edge('joined', 'done'),
    ],
  );

  it('reads every path into a meeting node before the node, and a loop back where it is met', () => {
    expect(flowOrder(j)).toEqual(['entry', 'seg', 'a-step', 'b1', 'b2', 'joined', 'done']);
    const looped = {
      ...j,
      edges: [...j.edges.filter((e) => e.target !== 'done'), edge('joined', 'seg')],
    };
    expect(flowOrder(looped)).toEqual(['entry', 'seg', 'a-step', 'b1', 'b2', 'joined', 'done']);
  });
});
