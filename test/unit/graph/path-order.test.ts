import { describe, expect, it } from 'vitest';
import { addPath, appendAfter, COL, insertIntoEdge } from '../../../shared/graph';
import type { JourneyBody, JourneyNode, NodeOf } from '../../../shared/model';
import { idSeq, node } from './helpers';

// On the canvas, a split's paths keep the side panel's order left to right, Other last (issue 19):
// a step added on a path added later lands between its neighbours, not right of Other.

const x = (doc: JourneyBody, id: string) => doc.nodes.find((n) => n.id === id)!.position.x;

/** Cards (about 220×84) that overlap: none may. */
function overlapping(nodes: readonly JourneyNode[]): string[] {
  const out: string[] = [];
  for (const a of nodes)
    for (const b of nodes)
      if (a.id < b.id && Math.abs(a.position.x - b.position.x) < 220)
        if (Math.abs(a.position.y - b.position.y) < 84) out.push(`${a.id}/${b.id}`);
  return out;
}

/** A Split path (by accounts) whose Path 1 leads to a Wait and Other to an Exit, placed by "+". */
function splitWithTwoPaths(): JourneyBody {
  const split = node('split', 'split') as NodeOf<'split'>;
  const path1 = split.settings.paths[0].id;
  let doc: JourneyBody = {
    description: '',
    content: [],
    nodes: [{ ...split, settings: { ...split.settings, splitBy: 'accounts' } }],
    edges: [],
  };
  doc = appendAfter(doc, 'split', path1, node('wait', 'one'), idSeq('e'));
  return appendAfter(doc, 'split', 'other', node('exit', 'other-exit'), idSeq('f'));
}

describe('a path added to a split', () => {
  it('gets its step between the previous path and Other, Other moving right to make room', () => {
    const before = splitWithTwoPaths();
    expect(x(before, 'one')).toBeLessThan(x(before, 'other-exit'));
    const added = addPath(before, 'split', 'Path 2', idSeq('p'));
    // The new path (id p1) ends in its own Exit; the step goes in before it.
    const edge = added.edges.find((e) => e.sourceHandle === 'p1');
    const doc = insertIntoEdge(added, edge?.id ?? '', node('wait', 'two'), idSeq('g'));
    expect(x(doc, 'one')).toBeLessThan(x(doc, 'two'));
    expect(x(doc, 'two')).toBeLessThan(x(doc, 'other-exit'));
    // A column apart, as every other pair of sibling paths.
    expect(x(doc, 'two') - x(doc, 'one')).toBe(COL);
    expect(x(doc, 'other-exit') - x(doc, 'two')).toBe(COL);
    expect(overlapping(doc.nodes)).toEqual([]);
  });

  it('a step put on a new path that leads to the Merge paths node keeps the order too', () => {
    const split = node('split', 'split') as NodeOf<'split'>;
    const people = { ...split, settings: { ...split.settings, splitBy: 'people' as const } };
    let doc: JourneyBody = { description: '', content: [], nodes: [people], edges: [] };
    doc = appendAfter(doc, 'split', people.settings.paths[0].id, node('wait', 'one'), idSeq('e'));
    doc = appendAfter(doc, 'split', 'other', node('wait', 'else'), idSeq('f'));
    const merge = { ...node('merge', 'merge'), position: { x: 0, y: 400 } };
    doc = {
      ...doc,
      nodes: [...doc.nodes, merge],
      edges: [
        ...doc.edges,
        { id: 'm1', source: 'one', sourceHandle: 'out', target: 'merge' },
        { id: 'm2', source: 'else', sourceHandle: 'out', target: 'merge' },
      ],
    };
    doc = addPath(doc, 'split', 'Path 2', idSeq('p'));
    // The new path (id p1, edge p2) leads straight to where the paths meet, the split being closed.
    expect(doc.edges.find((e) => e.sourceHandle === 'p1')).toMatchObject({
      id: 'p2',
      target: 'merge',
    });
    doc = insertIntoEdge(doc, 'p2', node('wait', 'two'), idSeq('g'));
    expect(x(doc, 'one')).toBeLessThan(x(doc, 'two'));
    expect(x(doc, 'two')).toBeLessThan(x(doc, 'else'));
    expect(overlapping(doc.nodes)).toEqual([]);
  });
});
