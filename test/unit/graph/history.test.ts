import { describe, expect, it } from 'vitest';
import {
  addPath,
  appendAfter,
  commands,
  copyNodes,
  createNode,
  emptyHistory,
  insertIntoEdge,
  record,
  redo,
  undo,
  type EditorCommand,
  type History,
} from '../../../shared/graph';
import type { JourneyBody, NodeOf } from '../../../shared/model';
import { idSeq, node, starter } from './helpers';

/** A journey with a split, a wait and an action, so every operation has something to act on. */
function rich(): JourneyBody {
  const ids = idSeq('e');
  let doc = insertIntoEdge(starter(), 'e0', node('wait', 'w'), ids);
  doc = insertIntoEdge(doc, doc.edges.find((e) => e.source === 'w')!.id, node('split', 's'), ids);
  doc = appendAfter(doc, 's', 'other', node('action', 'a'), ids);
  // The new path s-p2 ends in its own Exit (ids e…): its Wait goes in before it.
  const pathIds = ['s-p2'];
  doc = addPath(doc, 's', undefined, () => pathIds.shift() ?? ids());
  const onNewPath = doc.edges.find((e) => e.sourceHandle === 's-p2')?.id ?? '';
  doc = insertIntoEdge(doc, onNewPath, node('wait', 'w2'), ids);
  return { ...doc, nodes: [...doc.nodes, node('merge', 'loose', 900), unevenSplit()] };
}

/** A loose Random split at 70/30, so Split evenly has shares to change. */
function unevenSplit(): NodeOf<'randomSplit'> {
  const r = node('randomSplit', 'r', 1100) as NodeOf<'randomSplit'>;
  const [a, b] = r.settings.paths;
  return {
    ...r,
    settings: {
      paths: [
        { ...a, percent: 70 },
        { ...b, percent: 30 },
      ],
    },
  };
}

const wait = () => rich().nodes.find((n) => n.id === 'w') as NodeOf<'wait'>;

const every: Record<keyof typeof commands, () => EditorCommand> = {
  insertIntoEdge: () => commands.insertIntoEdge(rich().edges[0].id, createNode('gate')),
  appendAfter: () => commands.appendAfter('a', 'out', createNode('exit')),
  addNode: () => commands.addNode(createNode('waitForEvent')),
  deleteNodes: () => commands.deleteNodes(['s']),
  connect: () => commands.connect('a', 'out', 'loose'),
  removeEdges: () => commands.removeEdges([rich().edges[0].id]),
  moveNodes: () => commands.moveNodes({ w: { x: 300, y: 300 } }),
  updateNode: () => commands.updateNode({ ...wait(), name: 'Cool down' }, 'name'),
  setSplitBy: () =>
    commands.setSplitBy(
      {
        ...(rich().nodes.find((n) => n.id === 's') as NodeOf<'split'>),
        settings: {
          ...(rich().nodes.find((n) => n.id === 's') as NodeOf<'split'>).settings,
          splitBy: 'people',
        },
      },
      'account',
    ),
  addPath: () => commands.addPath('s'),
  splitEvenly: () => commands.splitEvenly('r'),
  removePath: () => commands.removePath('s', 's-p2'),
  renamePath: () => commands.renamePath('s', 's-p1', 'Big accounts'),
  movePath: () => commands.movePath('s', 's-p2', -1),
  paste: () => commands.paste(copyNodes(rich(), ['w', 's'])!, { kind: 'loose' }),
  duplicate: () => commands.duplicate(['a']),
  tidyUp: () => commands.tidyUp(new Map()),
};

/** What the editor store does on execute: apply, and record before/after unless nothing changed. */
function execute(doc: JourneyBody, history: History<JourneyBody>, cmd: EditorCommand, at = 0) {
  const after = cmd.apply(doc);
  if (after === doc) return { doc, history };
  return {
    doc: after,
    history: record(history, { label: cmd.label, before: doc, after, mergeKey: cmd.mergeKey, at }),
  };
}

describe('undo/redo round trip', () => {
  for (const [name, make] of Object.entries(every)) {
    it(`${name}: undo restores the document exactly, redo re-applies it`, () => {
      const start = rich();
      const snapshot = structuredClone(start);
      const { doc: after, history } = execute(start, emptyHistory(), make());
      expect(after).not.toEqual(start);
      const back = undo(history);
      expect(back).not.toBeNull();
      if (!back) return;
      expect(back.doc).toEqual(snapshot);
      const forward = redo(back.history);
      expect(forward?.doc).toEqual(after);
    });
  }

  it('merges typing into one field into one step, and a new edit clears redo', () => {
    let state = { doc: rich(), history: emptyHistory<JourneyBody>() };
    state = execute(
      state.doc,
      state.history,
      commands.updateNode({ ...wait(), name: 'C' }, 'name'),
      0,
    );
    state = execute(
      state.doc,
      state.history,
      commands.updateNode({ ...wait(), name: 'Co' }, 'name'),
      200,
    );
    expect(state.history.past).toHaveLength(1);
    const back = undo(state.history)!;
    expect(back.doc).toEqual(rich());
    const again = execute(back.doc, back.history, commands.addPath('s'), 5_000);
    expect(again.history.future).toEqual([]);
  });
});
