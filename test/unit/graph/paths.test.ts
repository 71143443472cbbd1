import { describe, expect, it } from 'vitest';
import {
  addPath,
  insertIntoEdge,
  movePath,
  removePath,
  renamePath,
  splitPathsEvenly,
  updateNode,
  type GraphDoc,
} from '../../../shared/graph';
import type { NodeOf } from '../../../shared/model';
import { idSeq, node, starter } from './helpers';

const split = (doc: GraphDoc) => doc.nodes.find((n) => n.id === 's') as NodeOf<'split'>;

describe('split paths', () => {
  const ids = idSeq('p');
  const base = insertIntoEdge(starter(), 'e0', node('split', 's'), ids);

  it('adds, renames and reorders paths', () => {
    let doc = addPath(base, 's', undefined, () => 'p2');
    expect(split(doc).settings.paths.map((p) => p.name)).toEqual(['Path 1', 'Path 2']);
    doc = renamePath(doc, 's', 'p2', 'Big accounts');
    doc = movePath(doc, 's', 'p2', -1);
    expect(split(doc).settings.paths.map((p) => p.name)).toEqual(['Big accounts', 'Path 1']);
    expect(movePath(doc, 's', 'p2', -1)).toBe(doc);
  });

  it('removes a path with the nodes only on it, but keeps the last path', () => {
    const pathIds = ['p2'];
    let doc = addPath(base, 's', undefined, () => pathIds.shift() ?? ids());
    const onNewPath = doc.edges.find((e) => e.sourceHandle === 'p2');
    const exit = onNewPath?.target ?? '';
    doc = insertIntoEdge(doc, onNewPath?.id ?? '', node('wait', 'w2'), ids);
    expect(doc.nodes.filter((n) => n.id === 'w2' || n.id === exit)).toHaveLength(2);
    const before = doc.nodes.length;
    doc = removePath(doc, 's', 'p2');
    // The Wait and the path's own Exit go; nothing else does.
    expect(doc.nodes.some((n) => n.id === 'w2' || n.id === exit)).toBe(false);
    expect(doc.nodes).toHaveLength(before - 2);
    expect(doc.edges.some((e) => e.sourceHandle === 'p2')).toBe(false);
    expect(removePath(doc, 's', 's-p1')).toBe(doc);
  });

  it('names an added path with the next name not taken', () => {
    const r = insertIntoEdge(starter(), 'e0', node('randomSplit', 'r'), ids);
    const renamed = renamePath(r, 'r', 'r-p1', 'Path C');
    const doc = addPath(renamed, 'r', undefined, () => 'p3');
    const rs = doc.nodes.find((n) => n.id === 'r') as NodeOf<'randomSplit'>;
    expect(rs.settings.paths.map((p) => p.name)).toEqual(['Path C', 'Path B', 'Path D']);
  });

  it('adds a Random split path with an even share where shares were even, and keeps at least two', () => {
    const r = insertIntoEdge(starter(), 'e0', node('randomSplit', 'r'), ids);
    const doc = addPath(r, 'r', undefined, () => 'p3');
    const rs = doc.nodes.find((n) => n.id === 'r') as NodeOf<'randomSplit'>;
    // 50/50 was even: three paths share 100 in hundredths, the last takes the leftover one.
    expect(rs.settings.paths.map((p) => p.percent)).toEqual([33.33, 33.33, 33.34]);
    // One naming scheme per node (issue #19): Path A, Path B, then Path C, not Path 3.
    expect(rs.settings.paths.map((p) => p.name)).toEqual(['Path A', 'Path B', 'Path C']);
    expect(removePath(r, 'r', 'r-p1')).toBe(r);
  });

  it('adds a Random split path at 0% where shares were uneven, so the total stays 100', () => {
    const r = insertIntoEdge(starter(), 'e0', node('randomSplit', 'r'), ids);
    const rs = r.nodes.find((n) => n.id === 'r') as NodeOf<'randomSplit'>;
    const [a, b] = rs.settings.paths;
    const uneven = updateNode(r, {
      ...rs,
      settings: {
        paths: [
          { ...a, percent: 70 },
          { ...b, percent: 30 },
        ],
      },
    });
    const doc = addPath(uneven, 'r', undefined, () => 'p3');
    const added = doc.nodes.find((n) => n.id === 'r') as NodeOf<'randomSplit'>;
    expect(added.settings.paths.map((p) => p.percent)).toEqual([70, 30, 0]);
    const even = splitPathsEvenly(doc, 'r').nodes.find(
      (n) => n.id === 'r',
    ) as NodeOf<'randomSplit'>;
    expect(even.settings.paths.map((p) => p.percent)).toEqual([33.33, 33.33, 33.34]);
    // Names and ids stay; only shares change.
    expect(even.settings.paths.map((p) => p.name)).toEqual(['Path A', 'Path B', 'Path C']);
    // Removing a path from uneven shares leaves the others as they were (the total warns).
    const fromThree = removePath(doc, 'r', 'p3').nodes.find((n) => n.id === 'r');
    expect((fromThree as NodeOf<'randomSplit'>).settings.paths.map((p) => p.percent)).toEqual([
      70, 30,
    ]);
  });

  it('removing a path from even shares shares evenly again (25 ×4 less one: 33.33/33.33/33.34)', () => {
    let doc = insertIntoEdge(starter(), 'e0', node('randomSplit', 'r'), ids);
    doc = addPath(doc, 'r', undefined, () => 'p3');
    doc = addPath(doc, 'r', undefined, () => 'p4');
    const four = doc.nodes.find((n) => n.id === 'r') as NodeOf<'randomSplit'>;
    expect(four.settings.paths.map((p) => p.percent)).toEqual([25, 25, 25, 25]);
    const three = removePath(doc, 'r', 'p3').nodes.find((n) => n.id === 'r');
    expect((three as NodeOf<'randomSplit'>).settings.paths.map((p) => p.percent)).toEqual([
      33.33, 33.33, 33.34,
    ]);
  });
});
