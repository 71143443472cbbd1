import { describe, expect, it } from 'vitest';
import {
  createEdgeMapper,
  createNodeMapper,
  mapEdges,
} from '../../../renderer/features/editor/flow-mapping';
import { edge, entry, exit, makeJourney, randomSplit, wait } from '../helpers/journey-builder';
import { commands } from '../../../shared/graph';
import { generateCanvasJourney } from '../../bench/canvas-graph';
import type { Problem } from '../../../shared/validation';

// The canvas stays fast because the mapping hands React Flow the same object for every node and
// edge that did not change: these tests pin which objects are new after each kind of change.

const body = generateCanvasJourney(60);
const base = {
  body,
  problems: [] as Problem[],
  selection: new Set<string>(),
  readOnly: false,
  dragging: null,
  measured: new Map<string, { width: number; height: number }>(),
};
const changed = (a: { id: string }[], b: { id: string }[]) =>
  a.filter((x, i) => x !== b[i]).map((x) => x.id);

describe('node mapping', () => {
  it('lists nodes in flow order, Entry first', () => {
    const nodes = createNodeMapper()(base);
    expect(nodes).toHaveLength(body.nodes.length);
    expect(nodes[0].type).toBe('entry');
  });

  it('gives a new object only to the node that is dragged, selected or measured', () => {
    const map = createNodeMapper();
    const first = map(base);
    expect(changed(map(base), first)).toEqual([]);
    const dragged = map({ ...base, dragging: { n3: { x: 1, y: 2 } } });
    expect(changed(dragged, first)).toEqual(['n3']);
    const selected = map({ ...base, selection: new Set(['n5']) });
    // n3 is back from its live drag position, n5 is selected.
    expect(changed(selected, dragged)).toEqual(['n3', 'n5']);
    const measured = new Map([['n7', { width: 220, height: 84 }]]);
    const sized = map({ ...base, selection: new Set(['n5']), measured });
    expect(changed(sized, selected)).toEqual(['n7']);
    expect(sized.find((n) => n.id === 'n7')?.measured).toEqual({ width: 220, height: 84 });
  });

  it('after an edit, only the edited node and the nodes whose card text changed are new', () => {
    const map = createNodeMapper();
    const first = map(base);
    const moved = commands.moveNodes({ n4: { x: 900, y: 900 } }).apply(body);
    const after = map({ ...base, body: moved });
    expect(changed(after, first)).toEqual(['n4']);
    expect(after.find((n) => n.id === 'n4')?.position).toEqual({ x: 900, y: 900 });
  });

  it('a refused value the summary reads shows as its message, marked, on that card only', () => {
    const map = createNodeMapper();
    const first = map(base);
    const wait = first.find((n) => n.type === 'wait');
    if (!wait) throw new Error('the generated journey has no Wait');
    const message = 'Amount (Duration) must be a whole number of 1 or more';
    const refused = new Map([[wait.id, message]]);
    const after = map({ ...base, refused });
    expect(changed(after, first)).toEqual([wait.id]);
    expect(after.find((n) => n.id === wait.id)?.data).toMatchObject({
      summary: message,
      summaryRefused: true,
    });
    // Fixed: the saved setting's summary is back.
    const fixed = map({ ...base, refused: new Map() });
    expect(fixed.find((n) => n.id === wait.id)?.data).toMatchObject({
      summary: wait.data.summary,
      summaryRefused: false,
    });
  });

  it('a problem on a node changes that card only, with its count and text', () => {
    const map = createNodeMapper();
    const first = map(base);
    const problems: Problem[] = [
      { nodeId: 'n6', severity: 'error', message: 'Wait time is required.' } as Problem,
    ];
    const after = map({ ...base, problems });
    expect(changed(after, first)).toEqual(['n6']);
    expect(after.find((n) => n.id === 'n6')?.data).toMatchObject({
      errors: 1,
      warnings: 0,
      problemText: 'Wait time is required.',
    });
  });
});

describe('edge mapping', () => {
  it('keeps every edge object across a move, and renews the edges of a renamed node', () => {
    const map = createEdgeMapper();
    const first = map(body, false);
    const moved = commands.moveNodes({ n4: { x: 900, y: 900 } }).apply(body);
    expect(changed(map(moved, false), first)).toEqual([]);
    const renamed = {
      ...moved,
      nodes: moved.nodes.map((n) => (n.id === 'n4' ? { ...n, name: 'Renamed' } : n)),
    };
    const touching = body.edges.filter((e) => e.source === 'n4' || e.target === 'n4');
    const after = map(renamed, false);
    expect(changed(after, first).sort()).toEqual(touching.map((e) => e.id).sort());
    expect(after.find((e) => e.target === 'n4')?.data?.targetName).toBe('Renamed');
  });

  it('announces an edge by its step names and output, never by node ids', () => {
    const r = { ...randomSplit('r', [50, 50]), name: 'Random split' };
    const a = { ...wait('a'), name: 'Wait 7 days' };
    const b = { ...wait('b'), name: 'Wait 7 days' };
    const j = makeJourney({
      nodes: [entry(), r, a, b, exit('x1'), exit('x2')],
      edges: [
        edge('entry', 'r'),
        edge('r', 'a', 'p0'),
        edge('r', 'b', 'p1'),
        edge('a', 'x1'),
        edge('b', 'x2'),
      ],
    });
    const labels = mapEdges(j, false).map((e) => e.ariaLabel);
    expect(labels).toEqual([
      'Edge from entry to Random split',
      'Edge from Random split (Path 0 (50%)) to Wait 7 days — on path "Path 0"',
      'Edge from Random split (Path 1 (50%)) to Wait 7 days — on path "Path 1"',
      'Edge from Wait 7 days — on path "Path 0" to x1',
      'Edge from Wait 7 days — on path "Path 1" to x2',
    ]);
  });
});
