import { describe, expect, it } from 'vitest';
import { appendAfter, insertIntoEdge, layoutPositions } from '../../../shared/graph';
import { idSeq, node, starter } from './helpers';

describe('layoutPositions', () => {
  it('lays out top to bottom and keeps paths in output order, left to right', () => {
    const ids = idSeq('e');
    let doc = insertIntoEdge(starter(), 'e0', node('split', 's'), ids);
    doc = appendAfter(doc, 's', 'other', node('action', 'a'), ids);
    doc = appendAfter(doc, 'a', 'out', node('exit', 'x2'), ids);
    const pos = layoutPositions(doc);
    expect(pos.entry.y).toBeLessThan(pos.s.y);
    expect(pos.s.y).toBeLessThan(pos.exit.y);
    expect(pos.exit.x).toBeLessThan(pos.a.x);
    expect(pos.a.y).toBeLessThan(pos.x2.y);
  });
});
