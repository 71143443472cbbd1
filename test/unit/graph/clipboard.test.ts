import { describe, expect, it } from 'vitest';
import {
  appendAfter,
  copyNodes,
  duplicateNodes,
  insertIntoEdge,
  parseClipboard,
  pasteFragment,
  positionAfter,
  type GraphDoc,
} from '../../../shared/graph';
import type { NodeOf } from '../../../shared/model';
import { idSeq, node, starter, wiring } from './helpers';

function branch() {
  const ids = idSeq('e');
  let doc = insertIntoEdge(starter(), 'e0', node('split', 's'), ids);
  doc = appendAfter(doc, 's', 'other', node('wait', 'w'), ids);
  doc = appendAfter(doc, 'w', 'out', node('goto', 'g'), ids);
  doc = {
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.type === 'goto' ? { ...n, settings: { targetNodeId: 's' } } : n,
    ),
  };
  return doc;
}

describe('copy and paste', () => {
  it('copies the selection with its inner edges only, never the Entry', () => {
    const payload = copyNodes(branch(), ['entry', 's', 'w', 'g'])!;
    expect(payload.nodes.map((n) => n.id)).toEqual(['s', 'w', 'g']);
    expect(wiring(payload)).toEqual(['s:other>w', 'w:out>g']);
    expect(parseClipboard(JSON.stringify(payload))).toEqual(payload);
    expect(parseClipboard('{"hello":1}')).toBeNull();
  });

  it('pastes with fresh node, path and edge ids and remaps handles and Go to targets', () => {
    const doc = branch();
    const payload = copyNodes(doc, ['s', 'w', 'g'])!;
    const { doc: after, ids } = pasteFragment(doc, payload, { kind: 'loose' }, idSeq('n'));
    expect(ids).toHaveLength(3);
    expect(ids.some((id) => ['s', 'w', 'g'].includes(id))).toBe(false);
    const s2 = after.nodes.find((n) => n.id === ids[0]) as NodeOf<'split'>;
    expect(s2.settings.paths[0].id).not.toBe('s-p1');
    const g2 = after.nodes.find((n) => n.id === ids[2]) as NodeOf<'goto'>;
    expect(g2.settings.targetNodeId).toBe(s2.id);
    const newEdges = after.edges.filter((e) => ids.includes(e.source));
    expect(newEdges.map((e) => e.sourceHandle).sort()).toEqual(['other', 'out']);
    expect(new Set(after.edges.map((e) => e.id)).size).toBe(after.edges.length);
  });

  it('pastes into an edge: root after the source, old target after the first open end', () => {
    const payload = copyNodes(branch(), ['w'])!;
    const { doc, ids } = pasteFragment(
      starter(),
      payload,
      { kind: 'edge', edgeId: 'e0' },
      idSeq('n'),
    );
    expect(wiring(doc)).toEqual([`entry:out>${ids[0]}`, `${ids[0]}:out>exit`]);
  });

  it('pastes at an open end', () => {
    const payload = copyNodes(branch(), ['w'])!;
    const target = insertIntoEdge(starter(), 'e0', node('split', 's'), idSeq('t'));
    const { doc, ids } = pasteFragment(
      target,
      payload,
      { kind: 'open', sourceId: 's', handle: 'other' },
      idSeq('n'),
    );
    expect(wiring(doc)).toContain(`s:other>${ids[0]}`);
    // An output that already has an edge gets a loose paste instead of a second edge.
    const again = pasteFragment(
      doc,
      payload,
      { kind: 'open', sourceId: 's', handle: 'other' },
      idSeq('m'),
    );
    expect(
      again.doc.edges.filter((e) => e.source === 's' && e.sourceHandle === 'other'),
    ).toHaveLength(1);
  });

  it('duplicates one node after itself, connected, one step down the path', () => {
    const doc = branch();
    const { doc: after, ids } = duplicateNodes(doc, ['w'], idSeq('d'));
    const copy = after.nodes.find((n) => n.id === ids[0])!;
    const original = doc.nodes.find((n) => n.id === 'w')!;
    // w -> copy -> g: the copy sits in w's path, below it, and g moved down to make room.
    expect(wiring(after)).toContain(`w:out>${copy.id}`);
    expect(wiring(after)).toContain(`${copy.id}:out>g`);
    expect(wiring(after)).not.toContain('w:out>g');
    expect(copy.position.y).toBeGreaterThan(original.position.y);
    expect(copy.name).toBe(original.name);
  });

  it('duplicates a node with an open end at that end, and several nodes beside the originals', () => {
    const open = insertIntoEdge(starter(), 'e0', node('split', 's'), idSeq('t'));
    const one = duplicateNodes(open, ['s'], idSeq('d'));
    expect(wiring(one.doc)).toContain(`s:other>${one.ids[0]}`);

    const doc = branch();
    const { doc: after, ids } = duplicateNodes(doc, ['w', 'g'], idSeq('d'));
    expect(after.edges.filter((e) => ids.includes(e.target) && !ids.includes(e.source))).toEqual(
      [],
    );
    expect(onTopOfOthers(after, ids)).toEqual([]);
  });

  it('never pastes into an edge on top of a node beside the path (it moves right instead)', () => {
    const ids = idSeq('t');
    // A loose Wait exactly where a step after the Entry goes.
    const beside = {
      ...node('wait', 'beside'),
      position: positionAfter(starter().nodes[0], 'out'),
    };
    const doc = { ...starter(), nodes: [...starter().nodes, beside] };
    const payload = copyNodes(branch(), ['w'])!;
    const pasted = pasteFragment(doc, payload, { kind: 'edge', edgeId: 'e0' }, ids);
    expect(wiring(pasted.doc)).toContain(`entry:out>${pasted.ids[0]}`);
    expect(onTopOfOthers(pasted.doc, pasted.ids)).toEqual([]);
  });

  it('checks every pasted card for a free spot, not only the corner of the group', () => {
    const payload = copyNodes(branch(), ['w', 'g'])!;
    const [w, g] = payload.nodes;
    // The group's corner (w) lands in empty space, but g would land right on a lone Wait.
    const block = { ...node('wait', 'block'), position: { x: 2000, y: 2000 } };
    const doc = { ...starter(), nodes: [...starter().nodes, block] };
    const at = { x: 2000 - (g.position.x - w.position.x), y: 2000 - (g.position.y - w.position.y) };
    const pasted = pasteFragment(doc, payload, { kind: 'loose', at }, idSeq('n'));
    expect(onTopOfOthers(pasted.doc, pasted.ids)).toEqual([]);
  });
});

/** Pairs "pasted / other" whose cards (about 220×84) overlap. */
function onTopOfOthers(doc: GraphDoc, pasted: readonly string[]): string[] {
  const mine = doc.nodes.filter((n) => pasted.includes(n.id));
  const others = doc.nodes.filter((n) => !pasted.includes(n.id));
  return mine.flatMap((a) =>
    others
      .filter(
        (b) =>
          Math.abs(a.position.x - b.position.x) < 240 &&
          Math.abs(a.position.y - b.position.y) < 100,
      )
      .map((b) => `${a.id} / ${b.id}`),
  );
}
