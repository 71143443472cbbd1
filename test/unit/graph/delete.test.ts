import { describe, expect, it } from 'vitest';
import { appendAfter, deleteNodes, insertIntoEdge } from '../../../shared/graph';
import { idSeq, node, starter, wiring } from './helpers';

function withSplit() {
  const ids = idSeq('e');
  let doc = insertIntoEdge(starter(), 'e0', node('wait', 'w'), ids);
  doc = insertIntoEdge(doc, doc.edges.find((e) => e.source === 'w')!.id, node('split', 's'), ids);
  doc = appendAfter(doc, 's', 'other', node('action', 'a'), ids);
  doc = appendAfter(doc, 'a', 'out', node('exit', 'x2'), ids);
  return doc;
}

describe('deleteNodes', () => {
  it('reconnects the incoming edge to the successor of a single-output node', () => {
    const doc = insertIntoEdge(starter(), 'e0', node('wait', 'w'), idSeq('e'));
    const { doc: after, dropped } = deleteNodes(doc, ['w']);
    expect(wiring(after)).toEqual(['entry:out>exit']);
    expect(dropped).toEqual([]);
  });

  it('keeps the first path of a split and drops the nodes only on its other paths', () => {
    const { doc, dropped } = deleteNodes(withSplit(), ['s']);
    expect(wiring(doc)).toEqual(['entry:out>w', 'w:out>exit']);
    expect(dropped.sort()).toEqual(['a', 'x2']);
    expect(doc.nodes.map((n) => n.id).sort()).toEqual(['entry', 'exit', 'w']);
  });

  it('keeps a node on another path that is still reached through a merge', () => {
    const ids = idSeq('m');
    let doc = withSplit();
    // Route path 1 into a merge that Other also reaches: deleting the split must keep the merge.
    doc = insertIntoEdge(
      doc,
      doc.edges.find((e) => e.target === 'exit')!.id,
      node('merge', 'mg'),
      ids,
    );
    doc = { ...doc, edges: doc.edges.map((e) => (e.source === 'a' ? { ...e, target: 'mg' } : e)) };
    const { doc: after, dropped } = deleteNodes(doc, ['s']);
    expect(dropped).toEqual(['a']);
    expect(after.nodes.some((n) => n.id === 'mg')).toBe(true);
  });

  it('never deletes the Entry', () => {
    const start = starter();
    expect(deleteNodes(start, ['entry']).doc.nodes).toHaveLength(2);
  });

  it('turns the path into an open end when the deleted node had no successor', () => {
    const { doc } = deleteNodes(starter(), ['exit']);
    expect(doc.edges).toEqual([]);
  });
});
