import { describe, expect, it } from 'vitest';
import {
  closePeopleSplit,
  commands,
  emptyHistory,
  endOtherPath,
  insertIntoEdge,
  record,
  undo,
  type GraphDoc,
} from '../../../shared/graph';
import { newJourney } from '../../../shared/journeys/new-journey';
import type { JourneyBody, JourneyNode, NodeOf } from '../../../shared/model';
import { SPLIT_PEOPLE_NOT_MERGED, splitRuleProblems } from '../../../shared/validation/split-rules';
import { templateJourney } from '../../helpers/template-journey';
import { idSeq, node, starter, wiring } from './helpers';

// Issue 17: when a split becomes a split by people in an account journey, the editor adds the
// Merge paths node that joins its paths, connected, below them, in the same undo step.

const at = (doc: GraphDoc, id: string) => doc.nodes.find((n) => n.id === id)?.position;

/** No two cards (about 220 × 84) overlap. */
function overlapping(doc: GraphDoc): string[] {
  const out: string[] = [];
  doc.nodes.forEach((a, i) =>
    doc.nodes.slice(i + 1).forEach((b) => {
      if (Math.abs(a.position.x - b.position.x) < 220 && Math.abs(a.position.y - b.position.y) < 84)
        out.push(`${a.id}/${b.id}`);
    }),
  );
  return out;
}

const asAccountJourney = (body: JourneyBody) => ({
  ...newJourney({
    name: 'Buying group',
    description: '',
    audience: 'account',
    user: 't',
    now: new Date('2030-01-01T00:00:00Z'),
  }),
  ...body,
});

/** Entry -> Split (inserted on the first edge, Other ending in its own Exit, as the editor does) -> Exit. */
function withNewSplit(): JourneyBody {
  const ids = idSeq('e');
  const doc = insertIntoEdge(starter(), 'e0', node('split', 's'), ids);
  return endOtherPath(doc, 's', () => 'other-exit');
}

const byPeople = (doc: GraphDoc): NodeOf<'split'> => {
  const s = doc.nodes.find((n) => n.id === 's') as NodeOf<'split'>;
  return { ...s, settings: { ...s.settings, splitBy: 'people' } };
};

describe('a new split by people gets its Merge paths node', () => {
  it('joins Path 1 and Other at the merge, which leads on to the Exit; the Other path’s own Exit goes', () => {
    const start = withNewSplit();
    expect(wiring(start)).toEqual(['entry:out>s', 's:other>other-exit', 's:s-p1>exit']);
    const doc = commands.setSplitBy(byPeople(start), 'account').apply(start);
    const merge = doc.nodes.find((n) => n.type === 'merge') as JourneyNode;
    expect(merge.name).toBe('Merge paths');
    expect(wiring(doc)).toEqual(
      ['entry:out>s', `${merge.id}:out>exit`, `s:other>${merge.id}`, `s:s-p1>${merge.id}`].sort(),
    );
    expect(doc.nodes.map((n) => n.id).sort()).toEqual(['entry', 'exit', merge.id, 's'].sort());
    // Split at y 160 (where the Exit was); both paths are empty, so the merge sits two rows (2 × 140)
    // below it, centred under the split (x 0) with a row free for the paths' names under their
    // handles; the Exit one more row down, back under the merge from Path 1's column (-130).
    expect(at(doc, 's')).toEqual({ x: 0, y: 160 });
    expect(merge.position).toEqual({ x: 0, y: 440 });
    expect(at(doc, 'exit')).toEqual({ x: 0, y: 580 });
    expect(overlapping(doc)).toEqual([]);
    expect(
      splitRuleProblems(asAccountJourney(doc)).filter((p) => p.code === SPLIT_PEOPLE_NOT_MERGED),
    ).toEqual([]);
  });

  it('keeps the people steps on a path and puts the merge after them, before the account step', () => {
    const ids = idSeq('e');
    const account: JourneyNode = {
      ...node('action', 'alert', 160),
      type: 'action',
      settings: { scope: 'account', actionId: null, params: {}, applyTo: { mode: 'all' } },
    };
    // Entry -> alert (account action) -> Exit, then a split before alert and a people step on Path 1.
    let doc: JourneyBody = {
      ...starter(),
      nodes: [node('entry', 'entry'), account, node('exit', 'exit', 300)],
      edges: [
        { id: 'e0', source: 'entry', sourceHandle: 'out', target: 'alert' },
        { id: 'e00', source: 'alert', sourceHandle: 'out', target: 'exit' },
      ],
    };
    doc = endOtherPath(insertIntoEdge(doc, 'e0', node('split', 's'), ids), 's', () => 'oe');
    const toAlert = doc.edges.find((e) => e.source === 's' && e.target === 'alert')?.id as string;
    doc = insertIntoEdge(doc, toAlert, node('wait', 'w'), ids);
    const after = closePeopleSplit(
      { ...doc, nodes: [...doc.nodes.filter((n) => n.id !== 's'), byPeople(doc)] },
      's',
      () => 'm',
    );
    expect(wiring(after)).toEqual([
      'alert:out>exit',
      'entry:out>s',
      'm:out>alert',
      's:other>m',
      's:s-p1>w',
      'w:out>m',
    ]);
    // The merge sits one row under the wait (y 300, in Path 1's column), centred under the split
    // (x 0); the account step and the Exit move down and under the merge.
    expect(at(after, 'w')).toEqual({ x: -130, y: 300 });
    expect(at(after, 'm')).toEqual({ x: 0, y: 440 });
    expect(at(after, 'alert')).toEqual({ x: 0, y: 580 });
    expect(at(after, 'exit')).toEqual({ x: 0, y: 720 });
    expect(overlapping(after)).toEqual([]);
  });

  it('is one undo step: undo restores the journey before the change exactly', () => {
    const start = withNewSplit();
    const snapshot = structuredClone(start);
    const cmd = commands.setSplitBy(byPeople(start), 'account');
    const after = cmd.apply(start);
    const history = record(emptyHistory<JourneyBody>(), {
      label: cmd.label,
      before: start,
      after,
      at: 0,
    });
    expect(undo(history)?.doc).toEqual(snapshot);
  });

  it('adds nothing to a split already closed by a merge, nor in a people journey', () => {
    const start = withNewSplit();
    const once = commands.setSplitBy(byPeople(start), 'account').apply(start);
    expect(closePeopleSplit(once, 's')).toBe(once);
    const people = commands.setSplitBy(byPeople(start), 'people').apply(start);
    expect(people.nodes.some((n) => n.type === 'merge')).toBe(false);
    expect(wiring(people)).toEqual(wiring(start));
  });
});

/** A step of the given scope: an account action or a people action, no action chosen yet. */
function step(id: string, scope: 'account' | 'people', x: number, y: number): JourneyNode {
  return {
    ...node('action', id),
    name: id,
    position: { x, y },
    settings: { scope, actionId: null, params: {}, applyTo: { mode: 'all' } },
  } as JourneyNode;
}

const placed = (n: JourneyNode, x: number, y: number): JourneyNode => ({
  ...n,
  position: { x, y },
});

/** Entry -> split "s" by accounts (Path 1, Other) whose paths are given by `edges`. */
function splitJourney(nodes: JourneyNode[], edges: [string, string, string][]): JourneyBody {
  return {
    ...starter(),
    nodes: [
      placed(node('entry', 'entry'), 0, 0),
      { ...placed(node('split', 's'), 0, 140), name: 's' },
      ...nodes,
    ],
    edges: [['entry', 'out', 's'] as [string, string, string], ...edges].map(
      ([source, sourceHandle, target], i) => ({ id: `x${i}`, source, sourceHandle, target }),
    ),
  };
}

const toPeople = (doc: JourneyBody) => commands.setSplitBy(byPeople(doc), 'account').apply(doc);
const problemsOf = (doc: JourneyBody, code?: string) =>
  splitRuleProblems(asAccountJourney(doc))
    .filter((p) => code === undefined || p.code === code)
    .map((p) => p.message);

describe('the merge goes where the paths of the split meet again', () => {
  // Path 1: a (people) -> c; Other: b (people) -> c; c (account) -> Exit.
  const meeting = () =>
    splitJourney(
      [
        step('a', 'people', 0, 280),
        step('b', 'people', 260, 280),
        step('c', 'account', 0, 420),
        placed(node('exit', 'exit'), 0, 560),
      ],
      [
        ['s', 's-p1', 'a'],
        ['s', 'other', 'b'],
        ['a', 'out', 'c'],
        ['b', 'out', 'c'],
        ['c', 'out', 'exit'],
      ],
    );

  it('puts the merge just before the first node both paths reach, the rest one row down', () => {
    const doc = closePeopleSplit({ ...meeting(), nodes: swapSplit(meeting()) }, 's', () => 'm');
    expect(wiring(doc)).toEqual([
      'a:out>m',
      'b:out>m',
      'c:out>exit',
      'entry:out>s',
      'm:out>c',
      's:other>b',
      's:s-p1>a',
    ]);
    // The merge takes c's spot (0, 420): the paths' last steps sit at 280, one row (140) above it;
    // c and the Exit move one row down.
    expect(at(doc, 'm')).toEqual({ x: 0, y: 420 });
    expect(at(doc, 'c')).toEqual({ x: 0, y: 560 });
    expect(at(doc, 'exit')).toEqual({ x: 0, y: 700 });
    expect(at(doc, 'b')).toEqual({ x: 260, y: 280 });
    expect(overlapping(doc)).toEqual([]);
    expect(problemsOf(doc)).toEqual([]);
  });

  it('joins a path that goes straight to the meeting point and names an account step on a path', () => {
    // Path 1: x (account action) -> c; Other: straight to c.
    const start = splitJourney(
      [
        step('x', 'account', 0, 280),
        step('c', 'people', 0, 420),
        placed(node('exit', 'exit'), 0, 560),
      ],
      [
        ['s', 's-p1', 'x'],
        ['s', 'other', 'c'],
        ['x', 'out', 'c'],
        ['c', 'out', 'exit'],
      ],
    );
    const doc = toPeople(start);
    const merge = doc.nodes.find((n) => n.type === 'merge') as JourneyNode;
    expect(wiring(doc)).toEqual(
      [
        'c:out>exit',
        'entry:out>s',
        `${merge.id}:out>c`,
        `s:other>${merge.id}`,
        's:s-p1>x',
        `x:out>${merge.id}`,
      ].sort(),
    );
    expect(merge.position).toEqual({ x: 0, y: 420 });
    expect(overlapping(doc)).toEqual([]);
    expect(problemsOf(doc)).toEqual([
      'An account action is not allowed on path "Path 1" of the split by people "s"; its paths hold only people actions and events',
    ]);
  });

  it('when the paths never meet, a path’s own Exit gives way to the merge, which leads on to the other path’s step', () => {
    // Path 1: a (people) -> its own Exit e1; Other: y (account) -> Exit e2. They never meet.
    const start = splitJourney(
      [
        step('a', 'people', 0, 280),
        placed(node('exit', 'e1'), 0, 420),
        step('y', 'account', 260, 280),
        placed(node('exit', 'e2'), 260, 420),
      ],
      [
        ['s', 's-p1', 'a'],
        ['s', 'other', 'y'],
        ['a', 'out', 'e1'],
        ['y', 'out', 'e2'],
      ],
    );
    const doc = toPeople(start);
    const merge = doc.nodes.find((n) => n.type === 'merge') as JourneyNode;
    expect(wiring(doc)).toEqual(
      [
        `a:out>${merge.id}`,
        'entry:out>s',
        `${merge.id}:out>y`,
        `s:other>${merge.id}`,
        's:s-p1>a',
        'y:out>e2',
      ].sort(),
    );
    expect(doc.nodes.some((n) => n.id === 'e1')).toBe(false);
    // One row under a (280), centred under the split (x 0); y and e2 move down 420 + 140 - 280 =
    // 280 and across from Other's column (260) to under the merge.
    expect(merge.position).toEqual({ x: 0, y: 420 });
    expect(at(doc, 'y')).toEqual({ x: 0, y: 560 });
    expect(at(doc, 'e2')).toEqual({ x: 0, y: 700 });
    expect(overlapping(doc)).toEqual([]);
    expect(problemsOf(doc)).toEqual([]);
  });
});

function swapSplit(doc: JourneyBody): JourneyNode[] {
  return [...doc.nodes.filter((n) => n.id !== 's'), byPeople(doc)];
}

describe('the buying-group template', () => {
  const template = () => templateJourney('buying-group').journey;
  const byName = (doc: GraphDoc, name: string) =>
    doc.nodes.find((n) => n.name === name) as JourneyNode;

  it('"Enterprise account?" by people: its paths never meet and hold account steps, so no half merge is added; the problems say where each path ends', () => {
    const j = template();
    const size = byName(j, 'Enterprise account?') as NodeOf<'split'>;
    const doc = commands
      .setSplitBy({ ...size, settings: { ...size.settings, splitBy: 'people' } }, 'account')
      .apply(j);
    // Enterprise -> "Alert the account owner" -> ... -> "With sales"; Other -> "Add to expansion
    // list" -> "Expansion later": a merge on one path would not close the split.
    expect(doc.nodes.filter((n) => n.type === 'merge')).toHaveLength(1);
    expect(doc.edges).toEqual(j.edges);
    expect(problemsOf(doc as JourneyBody)).toEqual([
      'An account action is not allowed on path "Enterprise" of the split by people "Enterprise account?"; its paths hold only people actions and events',
      'An account action is not allowed on path "Other" of the split by people "Enterprise account?"; its paths hold only people actions and events',
      'The split by people "Enterprise account?" is not closed by one Merge paths node: path "Enterprise" ends at "With sales" and path "Other" ends at "Expansion later" without reaching a Merge paths node; add a Merge paths node where its paths meet again',
    ]);
  });

  it('"Who is it?" without its merge, made a split by people again: the merge goes before "Wait 7 days"', () => {
    const j = template();
    const old = byName(j, 'Merge paths');
    const wait = byName(j, 'Wait 7 days');
    const who = byName(j, 'Who is it?') as NodeOf<'split'>;
    const open: GraphDoc = {
      nodes: j.nodes
        .filter((n) => n.id !== old.id)
        .map((n) =>
          n.id === who.id ? { ...who, settings: { ...who.settings, splitBy: 'accounts' } } : n,
        ),
      edges: j.edges
        .filter((e) => e.source !== old.id)
        .map((e) => (e.target === old.id ? { ...e, target: wait.id } : e)),
    };
    const doc = commands.setSplitBy(who, 'account').apply({ ...j, ...open });
    const merge = doc.nodes.find((n) => n.type === 'merge') as JourneyNode;
    const into = doc.edges.filter((e) => e.target === merge.id).map((e) => e.source);
    expect(into.sort()).toEqual(
      [byName(j, 'Send case study').id, byName(j, 'Retarget on LinkedIn').id].sort(),
    );
    expect(doc.edges.filter((e) => e.source === merge.id).map((e) => e.target)).toEqual([wait.id]);
    // The merge takes the wait's spot (134, 888); the wait and all below move down one row (140).
    expect(merge.position).toEqual({ x: 134, y: 888 });
    expect(byName(doc, 'Wait 7 days').position).toEqual({ x: 134, y: 1028 });
    expect(byName(doc, 'Expansion later').position).toEqual({ x: 268, y: 1620 });
    expect(overlapping(doc)).toEqual([]);
    expect(problemsOf(doc as JourneyBody)).toEqual([]);
  });
});

describe('adding a path to a split by people (issue 19)', () => {
  it('leads the new path straight to the split’s Merge paths node, so the split stays closed', () => {
    const start = withNewSplit();
    const closed = commands.setSplitBy(byPeople(start), 'account').apply(start);
    const merge = closed.nodes.find((n) => n.type === 'merge') as JourneyNode;
    const doc = commands.addPath('s').apply(closed);
    const added = (doc.nodes.find((n) => n.id === 's') as NodeOf<'split'>).settings.paths[1];
    expect(added.name).toBe('Path 2');
    expect(doc.edges.filter((e) => e.source === 's' && e.sourceHandle === added.id)).toEqual([
      expect.objectContaining({ target: merge.id }),
    ]);
    expect(splitRuleProblems(asAccountJourney(doc))).toEqual([]);
  });

  it('ends the new path of a split by accounts in its own Exit, as a new split’s Other', () => {
    const start = withNewSplit();
    const doc = commands.addPath('s').apply(start);
    const added = (doc.nodes.find((n) => n.id === 's') as NodeOf<'split'>).settings.paths[1];
    const out = doc.edges.filter((e) => e.sourceHandle === added.id);
    expect(out).toHaveLength(1);
    expect(doc.nodes.find((n) => n.id === out[0].target)?.type).toBe('exit');
  });
});

describe('a split by people whose paths end at two Merge paths nodes (issue 19)', () => {
  it('names the two merges so they are told apart', () => {
    const start = withNewSplit();
    const closed = commands.setSplitBy(byPeople(start), 'account').apply(start);
    const merge = closed.nodes.find((n) => n.type === 'merge') as JourneyNode;
    // Other leaves the first merge for a second one, which ends in its own Exit.
    const second = { ...node('merge', 'm2', 300), position: { x: 300, y: 300 } };
    const doc: JourneyBody = {
      ...closed,
      nodes: [...closed.nodes, second, node('exit', 'x2', 440)],
      edges: [
        ...closed.edges.filter((e) => e.sourceHandle !== 'other'),
        { id: 'o2', source: 's', sourceHandle: 'other', target: 'm2' },
        { id: 'o3', source: 'm2', sourceHandle: 'out', target: 'x2' },
      ],
    };
    expect(merge.name).toBe(second.name);
    const problem = splitRuleProblems(asAccountJourney(doc)).find(
      (p) => p.code === SPLIT_PEOPLE_NOT_MERGED,
    );
    expect(problem?.message).toBe(
      'The split by people "Split path" is not closed by one Merge paths node: its paths end at different Merge paths nodes ("Merge paths" — on path "Path 1" and "Merge paths" — on path "Other"); they must all meet at one',
    );
  });
});

describe('steps inserted on the paths of a split by people (issue 19)', () => {
  it('go in their own path’s column, one row under the split, and never on another card', () => {
    const start = withNewSplit();
    let doc = commands.setSplitBy(byPeople(start), 'account').apply(start);
    doc = commands.addPath('s').apply(doc);
    const split = doc.nodes.find((n) => n.id === 's') as NodeOf<'split'>;
    const handles = [...split.settings.paths.map((p) => p.id), 'other'];
    handles.forEach((handle, i) => {
      const edge = doc.edges.find((e) => e.source === 's' && e.sourceHandle === handle);
      doc = commands.insertIntoEdge(edge?.id as string, node('wait', `w${i}`)).apply(doc);
    });
    // Three outputs a column (260) apart around the split at x 0; all one row (140) under it.
    expect(handles.map((_, i) => at(doc, `w${i}`))).toEqual([
      { x: -260, y: 300 },
      { x: 0, y: 300 },
      { x: 260, y: 300 },
    ]);
    const merge = doc.nodes.find((n) => n.type === 'merge') as JourneyNode;
    expect(merge.position.y).toBe(440);
    expect(overlapping(doc)).toEqual([]);
    expect(splitRuleProblems(asAccountJourney(doc))).toEqual([]);
  });
});
