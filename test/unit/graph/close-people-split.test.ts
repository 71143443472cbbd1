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
    // Split at y 160 (where the Exit was), merge one row (140) below it, the Exit one more row down.
    expect(at(doc, 's')).toEqual({ x: 0, y: 160 });
    expect(merge.position).toEqual({ x: 0, y: 300 });
    expect(at(doc, 'exit')).toEqual({ x: 0, y: 440 });
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
    // The merge sits one row under the wait (y 300), the account step and the Exit move down.
    expect(at(after, 'w')).toEqual({ x: 0, y: 300 });
    expect(at(after, 'm')).toEqual({ x: 0, y: 440 });
    expect(at(after, 'alert')?.y).toBe(580);
    expect(at(after, 'exit')?.y).toBe(720);
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
