import { describe, expect, it } from 'vitest';
import {
  commands,
  emptyHistory,
  record,
  undo,
  type EditorCommand,
  type GraphDoc,
} from '../../../shared/graph';
import { newJourney } from '../../../shared/journeys/new-journey';
import type { JourneyBody, NodeOf } from '../../../shared/model';
import { OPEN_END } from '../../../shared/validation/codes';
import { validateJourney } from '../../../shared/validation/validate-journey';
import { demoWorkspace } from '../../../electron/core/demo/demo-workspace';
import { clean, layoutDefects } from './edge-lines';
import { node, starter } from './helpers';

// Tester report: "Add path" on a Split path (by accounts, or by people in a People journey) or a
// Random split left the new path open ("leads nowhere"), its label and "+" inside the split card.
// A new path ends in its own Exit, in its own column in the side panel's order.

const at = (doc: GraphDoc, id: string) => doc.nodes.find((n) => n.id === id)?.position;
const positions = (doc: GraphDoc) => Object.fromEntries(doc.nodes.map((n) => [n.id, n.position]));
const pathsOf = (doc: GraphDoc, id: string) =>
  (doc.nodes.find((n) => n.id === id) as NodeOf<'split'> | NodeOf<'randomSplit'>).settings.paths;
/** Where output `handle` of `id` leads. */
const targetOf = (doc: GraphDoc, id: string, handle: string) =>
  doc.edges.find((e) => e.source === id && e.sourceHandle === handle)?.target ?? '';

function openEnds(body: JourneyBody, audience: 'people' | 'account') {
  const journey = {
    ...newJourney({ name: 'J', description: '', audience, user: 't', now: new Date(0) }),
    ...body,
  };
  return validateJourney(journey, demoWorkspace('t')).filter((p) => p.code === OPEN_END);
}

/** Entry -> Split (at 0,160; Path 1 -> Exit, Other -> its own Exit) as the editor inserts it. */
function withSplit(splitBy: 'accounts' | 'people'): JourneyBody {
  const s = node('split', 's') as NodeOf<'split'>;
  const split = { ...s, settings: { ...s.settings, splitBy } };
  return commands.insertIntoEdge('e0', split).apply(starter());
}

describe('Add path', () => {
  for (const [splitBy, audience] of [
    ['accounts', 'account'],
    ['people', 'people'],
  ] as const)
    it(`on a split by ${splitBy} (${audience} journey) ends the new path in its own Exit, in the middle column`, () => {
      const doc = commands.addPath('s').apply(withSplit(splitBy));
      const [p1, p2, other] = [...pathsOf(doc, 's').map((p) => p.id), 'other'];
      const exit = doc.nodes.find((n) => n.id === targetOf(doc, 's', p2));
      expect(exit?.type).toBe('exit');
      // Split at x 0, y 160: three paths a column (260) apart centred under it, one row (140) down.
      expect(at(doc, targetOf(doc, 's', p1))).toEqual({ x: -260, y: 300 });
      expect(exit?.position).toEqual({ x: 0, y: 300 });
      expect(at(doc, targetOf(doc, 's', other))).toEqual({ x: 260, y: 300 });
      expect(openEnds(doc, audience)).toEqual([]);
      expect(layoutDefects(doc, positions(doc))).toEqual(clean);
    });

  it('twice gives Path 2 and Path 3 their own Exits left of Other', () => {
    let doc = commands.addPath('s').apply(withSplit('accounts'));
    doc = commands.addPath('s').apply(doc);
    const outs = [...pathsOf(doc, 's').map((p) => p.id), 'other'];
    expect(outs.map((h) => at(doc, targetOf(doc, 's', h))?.x)).toEqual([-390, -130, 130, 390]);
    expect(new Set(outs.map((h) => targetOf(doc, 's', h))).size).toBe(4);
    expect(layoutDefects(doc, positions(doc))).toEqual(clean);
  });

  it('on a Random split gives even shares and ends the new path in its own Exit', () => {
    const start = commands.insertIntoEdge('e0', node('randomSplit', 'r')).apply(starter());
    const doc = commands.addPath('r').apply(start);
    const paths = pathsOf(doc, 'r') as NodeOf<'randomSplit'>['settings']['paths'];
    expect(paths.map((p) => p.percent)).toEqual([33.33, 33.33, 33.34]);
    const exit = targetOf(doc, 'r', paths[2].id);
    expect(doc.nodes.find((n) => n.id === exit)?.type).toBe('exit');
    // Path C is right of Path B's empty column (x 0): 260.
    expect(at(doc, exit)).toEqual({ x: 260, y: 300 });
    expect(at(doc, targetOf(doc, 'r', paths[0].id))).toEqual({ x: -260, y: 300 });
  });

  it('is one undo step: undo removes the path and its Exit', () => {
    const before = withSplit('accounts');
    const cmd: EditorCommand = commands.addPath('s');
    const after = cmd.apply(before);
    expect(after.nodes).toHaveLength(before.nodes.length + 1);
    const history = record(emptyHistory<JourneyBody>(), { label: cmd.label, before, after, at: 0 });
    expect(undo(history)?.doc).toBe(before);
  });

  it('Delete path removes the new path’s Exit and nothing else', () => {
    const before = withSplit('accounts');
    const doc = commands.addPath('s').apply(before);
    const added = pathsOf(doc, 's')[1].id;
    const removed = commands.removePath('s', added).apply(doc);
    expect(removed.nodes.map((n) => n.id).sort()).toEqual(before.nodes.map((n) => n.id).sort());
    expect(removed.edges.map((e) => e.id).sort()).toEqual(before.edges.map((e) => e.id).sort());
  });
});

describe('a new Random split', () => {
  it('goes on along Path A and ends Path B in its own Exit, so nothing is left open', () => {
    const doc = commands.insertIntoEdge('e0', node('randomSplit', 'r')).apply(starter());
    const [a, b] = pathsOf(doc, 'r');
    expect(targetOf(doc, 'r', a.id)).toBe('exit');
    const bEnd = doc.nodes.find((n) => n.id === targetOf(doc, 'r', b.id));
    expect(bEnd?.type).toBe('exit');
    expect(bEnd?.id).not.toBe('exit');
    expect(openEnds(doc, 'people')).toEqual([]);
  });
});
