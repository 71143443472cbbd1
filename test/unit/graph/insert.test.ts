import { describe, expect, it } from 'vitest';
import { appendAfter, connect, insertIntoEdge, ROW } from '../../../shared/graph';
import { idSeq, node, starter, wiring } from './helpers';

describe('insertIntoEdge', () => {
  it('rewires source -> new node -> old target and pushes the rest down a row', () => {
    const doc = insertIntoEdge(starter(), 'e0', node('wait', 'w'), idSeq('e'));
    expect(wiring(doc)).toEqual(['entry:out>w', 'w:out>exit']);
    expect(doc.nodes.find((n) => n.id === 'w')?.position.y).toBe(160);
    expect(doc.nodes.find((n) => n.id === 'exit')?.position.y).toBe(160 + ROW);
  });

  it('puts the old target on the first path of a split; Other stays open', () => {
    const doc = insertIntoEdge(starter(), 'e0', node('split', 's'), idSeq('e'));
    expect(wiring(doc)).toEqual(['entry:out>s', 's:s-p1>exit']);
  });

  it('leaves the old target unconnected when the new node has no outputs', () => {
    const doc = insertIntoEdge(starter(), 'e0', node('goto', 'g'), idSeq('e'));
    expect(wiring(doc)).toEqual(['entry:out>g']);
  });

  it('returns the same document for an unknown edge', () => {
    const start = starter();
    expect(insertIntoEdge(start, 'nope', node('wait', 'w'))).toBe(start);
  });
});

describe('appendAfter', () => {
  it('fills an open end below its node', () => {
    const split = insertIntoEdge(starter(), 'e0', node('split', 's'), idSeq('e'));
    const doc = appendAfter(split, 's', 'other', node('exit', 'x2'), idSeq('f'));
    expect(wiring(doc)).toContain('s:other>x2');
    const s = doc.nodes.find((n) => n.id === 's');
    expect(doc.nodes.find((n) => n.id === 'x2')?.position.y).toBe((s?.position.y ?? 0) + ROW);
  });

  it('refuses an output that already has an edge', () => {
    const start = starter();
    expect(appendAfter(start, 'entry', 'out', node('wait', 'w'))).toBe(start);
  });
});

describe('connect', () => {
  it('replaces the edge an output had and refuses Entry as a target', () => {
    const doc = { ...starter(), nodes: [...starter().nodes, node('merge', 'm', 80)] };
    expect(wiring(connect(doc, 'entry', 'out', 'm', idSeq('c')))).toEqual(['entry:out>m']);
    expect(connect(doc, 'm', 'out', 'entry')).toBe(doc);
  });
});
