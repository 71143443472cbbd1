import { describe, expect, it } from 'vitest';
import {
  COL,
  ROW,
  commands,
  layoutPositions,
  pathTurn,
  type GraphDoc,
} from '../../../shared/graph';
import type { JourneyBody, NodeOf, Position } from '../../../shared/model';
import { DEMO_MOCK_ACTION_ID } from '../../../electron/core/demo/demo-action-patterns';
import { demoWorkspace } from '../../../electron/core/demo/demo-workspace';
import { TEMPLATES } from '../../../shared/templates';
import { clean, layoutDefects } from './edge-lines';
import { idSeq, node, starter } from './helpers';

// Tester reports: a people split's Merge sat under Path 1's column with the paths' names crowding
// into it; new paths and Move up / Move down left the canvas columns out of the side panel's
// order; a 4-path split's lines (and flow bands) ran on each other.

const positions = (doc: GraphDoc): Record<string, Position> =>
  Object.fromEntries(doc.nodes.map((n) => [n.id, n.position]));
const at = (doc: GraphDoc, id: string) => positions(doc)[id];
const splitOf = (doc: GraphDoc) => doc.nodes.find((n) => n.id === 's') as NodeOf<'split'>;
const mergeOf = (doc: GraphDoc) => doc.nodes.find((n) => n.type === 'merge');

/** Entry -> Split by people (in an account journey, so closed by its Merge) -> Exit. */
function peopleSplit(): JourneyBody {
  const doc = commands.insertIntoEdge('e0', node('split', 's')).apply(starter());
  const s = splitOf(doc);
  const byPeople = { ...s, settings: { ...s.settings, splitBy: 'people' as const } };
  return commands.setSplitBy(byPeople, 'account').apply(doc);
}

describe('a split by people closed by Merge paths', () => {
  it('has its merge centred under the split, two rows down, with no lines on each other', () => {
    const doc = peopleSplit();
    const s = at(doc, 's');
    const merge = mergeOf(doc);
    // Both paths are empty: the merge is in the split's column, a row left free for their names.
    expect(merge?.position).toEqual({ x: s.x, y: s.y + 2 * ROW });
    expect(at(doc, 'exit')).toEqual({ x: s.x, y: s.y + 3 * ROW });
    expect(layoutDefects(doc, positions(doc))).toEqual(clean);
  });

  it('with four empty paths: no two lines share a stretch or cross, before or after Tidy up', () => {
    let doc = peopleSplit();
    doc = commands.addPath('s').apply(doc);
    doc = commands.addPath('s').apply(doc);
    expect(doc.edges.filter((e) => e.target === mergeOf(doc)?.id)).toHaveLength(4);
    expect(layoutDefects(doc, positions(doc))).toEqual(clean);
    const tidy = layoutPositions(doc);
    expect(layoutDefects(doc, tidy)).toEqual(clean);
    // Tidy up keeps the merge under the split, more than a row below it (dagre's rows are 148).
    expect(tidy[mergeOf(doc)?.id ?? '']?.x).toBe(tidy.s.x);
    expect(tidy[mergeOf(doc)?.id ?? '']?.y).toBeGreaterThan(tidy.s.y + 148);
  });
});

describe('a split with four paths, each with its own step', () => {
  function fourPaths(): JourneyBody {
    const ids = idSeq('n');
    let doc = commands.insertIntoEdge('e0', node('split', 's')).apply(starter());
    doc = commands.addPath('s').apply(doc);
    doc = commands.addPath('s').apply(doc);
    // Each added path ends in its own Exit: its step goes in before it.
    for (const p of splitOf(doc).settings.paths.slice(1)) {
      const edge = doc.edges.find((e) => e.source === 's' && e.sourceHandle === p.id);
      doc = commands.insertIntoEdge(edge?.id ?? '', node('wait', `w-${p.name}`)).apply(doc);
    }
    void ids;
    return doc;
  }

  it('keeps the side panel’s order left to right with no lines on each other', () => {
    const doc = fourPaths();
    expect(layoutDefects(doc, positions(doc))).toEqual(clean);
    expect(layoutDefects(doc, layoutPositions(doc))).toEqual(clean);
  });

  it('Move up swaps the two paths’ columns, so the canvas keeps the panel’s order', () => {
    const doc = fourPaths();
    const [p1, p2] = splitOf(doc).settings.paths;
    const before = { first: at(doc, 'exit').x, second: at(doc, 'w-Path 2').x };
    expect(before.second - before.first).toBe(COL);
    const moved = commands.movePath('s', p2.id, -1).apply(doc);
    expect(splitOf(moved).settings.paths.map((p) => p.id)).toEqual([
      p2.id,
      p1.id,
      ...splitOf(doc)
        .settings.paths.slice(2)
        .map((p) => p.id),
    ]);
    expect(at(moved, 'w-Path 2').x).toBe(before.first);
    expect(at(moved, 'exit').x).toBe(before.second);
    expect(layoutDefects(moved, positions(moved))).toEqual(clean);
    // Move down undoes it.
    const back = commands.movePath('s', p2.id, 1).apply(moved);
    expect(positions(back)).toEqual(positions(doc));
  });
});

describe('a step put into a path after the user arranged the columns', () => {
  it('leaves the columns where the user dragged them (only splits re-centre their paths)', () => {
    let doc = commands.insertIntoEdge('e0', node('split', 's')).apply(starter());
    const other = splitOf(doc).settings.paths.at(-1);
    const exitOfOther = doc.edges.find((e) => e.source === 's' && e.sourceHandle === other?.id);
    const dragged = { x: at(doc, exitOfOther?.target ?? '').x + 600, y: 900 };
    doc = commands.moveNodes({ [exitOfOther?.target ?? '']: dragged }).apply(doc);
    const firstPath = doc.edges.find((e) => e.source === 's' && e.sourceHandle !== other?.id);
    const withWait = commands.insertIntoEdge(firstPath?.id ?? '', node('wait', 'w')).apply(doc);
    expect(at(withWait, exitOfOther?.target ?? '')).toEqual(dragged);
  });
});

describe('pathTurn', () => {
  it('turns the outer of fanning paths first and the outer of meeting paths last', () => {
    expect(pathTurn(0, 2, false)).toBe(0.5);
    expect(pathTurn(0, 4, false)).toBeLessThan(pathTurn(1, 4, false));
    expect(pathTurn(3, 4, false)).toBe(pathTurn(0, 4, false));
    expect(pathTurn(0, 4, true)).toBeGreaterThan(pathTurn(1, 4, true));
    expect(pathTurn(1, 3, false)).toBe(0.5);
  });
});

describe('a split inserted below a step', () => {
  it('sits centred under it, its paths half a column either side, the neighbouring path moved aside', () => {
    let n = 0;
    const body = TEMPLATES.find((t) => t.meta.id === 'lead-nurturing')?.build({
      makeId: () => `id-${++n}`,
      workspace: demoWorkspace('t'),
      customActionId: DEMO_MOCK_ACTION_ID,
    }).body as JourneyBody;
    const named = (doc: GraphDoc, name: string) => doc.nodes.find((x) => x.name === name)?.id ?? '';
    const raise = named(body, 'Raise lead score');
    const edge = body.edges.find((e) => e.source === raise)?.id ?? '';
    const doc = commands.insertIntoEdge(edge, node('split', 's')).apply(body);
    const s = at(doc, 's');
    expect(s.x).toBe(at(doc, raise).x);
    const sales = at(doc, named(doc, 'Sales-ready'));
    const other = doc.edges.find((e) => e.source === 's' && e.sourceHandle === 'other')?.target;
    expect(sales.x).toBe(s.x - COL / 2);
    expect(at(doc, other ?? '').x).toBe(s.x + COL / 2);
    // "Visited pricing?" stays centred over its paths' columns (Sales-ready's to Wait 3 days's),
    // and Wait 3 days's path moved right of Other's Exit.
    const pricing = at(doc, named(doc, 'Visited pricing?')).x;
    const wait = at(doc, named(doc, 'Wait 3 days')).x;
    expect(pricing - sales.x).toBe(wait - pricing);
    expect(wait).toBeGreaterThan(at(doc, other ?? '').x);
    expect(layoutDefects(doc, positions(doc))).toEqual(clean);
    expect(layoutDefects(doc, layoutPositions(doc))).toEqual(clean);
  });
});
