import { describe, expect, it } from 'vitest';
import { ADDABLE_NODE_TYPES, pasteTargetAfter } from '../../../shared/graph';
import {
  addNodeIssue,
  addsOnPeoplePath,
  onPeoplePath,
  peopleMergeAt,
  peoplePathAddIssue,
} from '../../../shared/validation';
import type { JourneyNode } from '../../../shared/model';
import { splitJourney } from './fixtures';

const REASON =
  'Not allowed on a path of a split by people: its paths hold only people actions and events';

describe('what the "+" menu offers on a path of a split by people (issue #19)', () => {
  it('knows a "+" after the split by people is on its paths; after the Entry, or a split by accounts, it is not', () => {
    const people = splitJourney('people', []);
    expect(onPeoplePath(people, 's')).toBe(true);
    expect(onPeoplePath(people, 'entry')).toBe(false);
    expect(onPeoplePath(splitJourney('accounts', []), 's')).toBe(false);
  });

  it('refuses every step but people actions, Waits, Wait for event, Exit and Merge paths, with the reason', () => {
    const allowed = ['action', 'wait', 'waitForEvent', 'exit', 'merge'];
    for (const type of ADDABLE_NODE_TYPES)
      expect(peoplePathAddIssue(type)).toBe(allowed.includes(type) ? undefined : REASON);
    expect(peoplePathAddIssue('randomSplit')).toBe(REASON);
  });

  it('gives the palette the "+" menu’s reasons: after a selected split by people only people steps are offered', () => {
    const people = splitJourney('people', []);
    const edgeOf = (target: string) => people.edges.find((e) => e.target === target)?.id ?? '';
    // The palette adds after the selection: the split's outputs are taken, so into its first edge.
    const afterSplit = pasteTargetAfter(people, ['s']);
    expect(afterSplit).toEqual({ kind: 'edge', edgeId: edgeOf('a') });
    expect(addNodeIssue(people, afterSplit, 'gate')).toBe(REASON);
    expect(addNodeIssue(people, afterSplit, 'wait')).toBeUndefined();
    expect(addNodeIssue(people, afterSplit, 'exit')).toBe(
      'Exit ends a path: add it at an open end',
    );
    // Between the Entry and the split: not on its paths, so a Gate may go there.
    expect(addNodeIssue(people, { kind: 'edge', edgeId: edgeOf('s') }, 'gate')).toBeUndefined();
    // An open output of the split takes an Exit, not a Random split.
    const open = { kind: 'open', sourceId: 's', handle: 'p1' } as const;
    expect(addNodeIssue(people, open, 'exit')).toBeUndefined();
    expect(addNodeIssue(people, open, 'randomSplit')).toBe(REASON);
    // Nothing selected: a loose node is on no path.
    expect(addNodeIssue(people, pasteTargetAfter(people, []), 'gate')).toBeUndefined();
    // A split by accounts allows anything on its paths.
    const accounts = splitJourney('accounts', []);
    expect(addNodeIssue(accounts, pasteTargetAfter(accounts, ['s']), 'gate')).toBeUndefined();
  });

  it('knows a step added on a path of the split by people is a people step; elsewhere it is not', () => {
    const people = splitJourney('people', []);
    const edgeOf = (target: string) => people.edges.find((e) => e.target === target)?.id ?? '';
    expect(addsOnPeoplePath(people, pasteTargetAfter(people, ['s']))).toBe(true);
    expect(addsOnPeoplePath(people, { kind: 'open', sourceId: 's', handle: 'p1' })).toBe(true);
    expect(addsOnPeoplePath(people, { kind: 'edge', edgeId: edgeOf('s') })).toBe(false);
    expect(addsOnPeoplePath(people, pasteTargetAfter(people, []))).toBe(false);
    const accounts = splitJourney('accounts', []);
    expect(addsOnPeoplePath(accounts, pasteTargetAfter(accounts, ['s']))).toBe(false);
  });

  it('finds the split’s own Merge paths node for "Merge paths" at an open end of its paths', () => {
    const people = splitJourney('people', []);
    expect(peopleMergeAt(people, { kind: 'open', sourceId: 's', handle: 'other' })).toBeNull();
    const merge = { ...people.nodes[2], id: 'm', type: 'merge', name: 'Merge paths', settings: {} };
    const wait = { ...people.nodes[2], id: 'w', type: 'wait', name: 'Wait' } as JourneyNode;
    const wait5 = {
      ...wait,
      settings: { mode: 'duration', duration: { amount: 5, unit: 'days' } },
    };
    // Big ones -> Merge paths -> Exit; Other -> Wait, whose output is open.
    const closed = {
      ...people,
      nodes: [...people.nodes, merge as JourneyNode, wait5 as JourneyNode],
      edges: [
        { id: 'e1', source: 'entry', sourceHandle: 'out', target: 's' },
        { id: 'e2', source: 's', sourceHandle: 'p1', target: 'm' },
        { id: 'e3', source: 'm', sourceHandle: 'out', target: 'a' },
        { id: 'e4', source: 's', sourceHandle: 'other', target: 'w' },
      ],
    };
    expect(peopleMergeAt(closed, { kind: 'open', sourceId: 'w', handle: 'out' })).toBe('m');
    expect(peopleMergeAt(closed, { kind: 'edge', edgeId: 'e4' })).toBeNull();
    expect(peopleMergeAt(closed, { kind: 'open', sourceId: 'm', handle: 'out' })).toBeNull();
  });
});
