import { describe, expect, it } from 'vitest';
import { COL, ROW, commands, layoutPositions, type GraphDoc } from '../../../shared/graph';
import type { JourneyBody, NodeOf, Position } from '../../../shared/model';
import { clean, layoutDefects } from './edge-lines';
import { node, starter } from './helpers';

// Tester report: after Tidy up, an account journey's split by people with "Decision makers"
// holding one action and "Influencers" and Other empty (all joining the Merge paths node) drew
// the two empty paths down one corridor beside Decision makers' step, the split not centred over
// its paths. Each empty path into a Merge now has a column of its own.

const splitOf = (doc: GraphDoc) => doc.nodes.find((n) => n.id === 's') as NodeOf<'split'>;
const mergeId = (doc: GraphDoc) => doc.nodes.find((n) => n.type === 'merge')?.id ?? '';
const positions = (doc: GraphDoc): Record<string, Position> =>
  Object.fromEntries(doc.nodes.map((n) => [n.id, n.position]));
/** Dagre's column: a card (220) and the gap between cards (nodesep 48). */
const TIDY_COL = 268;

/** Entry -> split by people (Decision makers -> action, Influencers, Other) -> Merge -> Exit. */
function buyingGroup(): JourneyBody {
  let doc = commands.insertIntoEdge('e0', node('split', 's')).apply(starter());
  const s = splitOf(doc);
  const byPeople = { ...s, settings: { ...s.settings, splitBy: 'people' as const } };
  doc = commands.setSplitBy(byPeople, 'account').apply(doc);
  doc = commands.renamePath('s', splitOf(doc).settings.paths[0].id, 'Decision makers').apply(doc);
  doc = commands.addPath('s').apply(doc);
  doc = commands.renamePath('s', splitOf(doc).settings.paths[1].id, 'Influencers').apply(doc);
  const first = splitOf(doc).settings.paths[0].id;
  const edge = doc.edges.find((e) => e.source === 's' && e.sourceHandle === first);
  return commands.insertIntoEdge(edge?.id ?? '', node('action', 'act')).apply(doc);
}

describe('a split by people with one path holding a step and two empty ones', () => {
  it('right after the edits: three columns centred under the split, the Merge under it', () => {
    const doc = buyingGroup();
    const merge = mergeId(doc);
    expect(doc.edges.filter((e) => e.target === merge)).toHaveLength(3);
    // Split at (0, 160); Decision makers' step a column (260) left, a row (140) down; the Merge
    // stays two rows under the split, the Exit a row under it.
    expect(positions(doc).s).toEqual({ x: 0, y: 160 });
    expect(positions(doc).act).toEqual({ x: -COL, y: 160 + ROW });
    expect(positions(doc)[merge]).toEqual({ x: 0, y: 160 + 2 * ROW });
    expect(positions(doc).exit).toEqual({ x: 0, y: 160 + 3 * ROW });
    expect(layoutDefects(doc, positions(doc))).toEqual(clean);
  });

  it('after Tidy up: each path its own column, the split centred over them, the Merge under it', () => {
    const doc = buyingGroup();
    const tidy = layoutPositions(doc);
    const merge = mergeId(doc);
    expect(layoutDefects(doc, tidy)).toEqual(clean);
    // Decision makers' step a whole column left of the split (Influencers' empty column is under
    // the split, Other's a column right), the Merge and Exit straight under the split.
    expect(tidy.act.x).toBe(tidy.s.x - TIDY_COL);
    expect(tidy[merge].x).toBe(tidy.s.x);
    expect(tidy.exit.x).toBe(tidy.s.x);
    expect(tidy.entry.x).toBe(tidy.s.x);
    expect(tidy[merge].y).toBeGreaterThan(tidy.act.y + 84);
  });

  it('with the step on Other instead: mirrored, Other’s step a column right', () => {
    let doc = buyingGroup();
    const onOther = doc.edges.find((e) => e.source === 's' && e.sourceHandle === 'other');
    doc = commands.insertIntoEdge(onOther?.id ?? '', node('wait', 'w')).apply(doc);
    doc = commands.deleteNodes(['act']).apply(doc);
    const tidy = layoutPositions(doc);
    expect(layoutDefects(doc, tidy)).toEqual(clean);
    expect(tidy.w.x).toBe(tidy.s.x + TIDY_COL);
    expect(tidy[mergeId(doc)].x).toBe(tidy.s.x);
  });
});
