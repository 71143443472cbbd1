import { newId, type JourneyNode, type NodeOf } from '../model';
import { deleteNodes } from './delete';
import { endPathWithExit } from './insert';
import { sharesAreEven, splitEvenly } from './even-shares';
import { closingMerge } from './meeting-point';
import { findNode, nodesOnlyOnPath, type GraphDoc } from './queries';
import { spreadAround } from './spread-paths';

type PathNode = NodeOf<'split'> | NodeOf<'randomSplit'>;

function isPathNode(node: JourneyNode | undefined): node is PathNode {
  return node?.type === 'split' || node?.type === 'randomSplit';
}

function replaceNode<T extends GraphDoc>(doc: T, node: JourneyNode): T {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === node.id ? node : n)) };
}

/**
 * The next default path name, one scheme per node type and none already taken: letters on a
 * Random split (Path A, Path B, then Path C), numbers on a Split path (Path 1, Path 2).
 */
export function nextPathName(node: PathNode): string {
  return freePathName(
    node.type,
    node.settings.paths.length,
    new Set(node.settings.paths.map((p) => p.name)),
  );
}

/** The default name of the path at `index` ("Path B", "Path 2"), or the next one none has taken. */
export function freePathName(
  type: PathNode['type'],
  index: number,
  taken: ReadonlySet<string>,
): string {
  const nameAt = (i: number) =>
    type === 'randomSplit' && i < 26 ? `Path ${String.fromCharCode(65 + i)}` : `Path ${i + 1}`;
  let i = index;
  while (taken.has(nameAt(i))) i++;
  return nameAt(i);
}

/**
 * Adds a path to a Split path (before Other) or a Random split: where the shares were even the
 * new path gets its even share too (50/50 becomes 33.33/33.33/33.34), else 0%, so the total stays
 * as it was (validation warns that a 0% path is never taken).
 * The new path needs no clean-up: it ends in its own Exit, as a new split's paths do, or, on a
 * split by people (always closed by its Merge paths node, issue 19), leads straight to that merge.
 * The paths' columns then spread again in the new order (`spreadAround`), the Exit in its own.
 */
export function addPath<T extends GraphDoc>(
  doc: T,
  nodeId: string,
  name?: string,
  makeId = newId,
): T {
  const node = findNode(doc, nodeId);
  if (!isPathNode(node)) return doc;
  const label = name ?? nextPathName(node);
  const pathId = makeId();
  let added: T;
  if (node.type === 'split') {
    const path = { id: pathId, name: label, match: 'all' as const, criteria: [] };
    const paths = [...node.settings.paths, path];
    added = replaceNode(doc, { ...node, settings: { ...node.settings, paths } });
  } else {
    const grown = [...node.settings.paths, { id: pathId, name: label, percent: 0 }];
    const even = sharesAreEven(node.settings.paths.map((p) => p.percent));
    const paths = even ? splitEvenly(grown) : grown;
    added = replaceNode(doc, { ...node, settings: { ...node.settings, paths } });
  }
  const merge =
    node.type === 'split' && node.settings.splitBy === 'people' ? closingMerge(doc, node.id) : null;
  const closed =
    merge === null
      ? endPathWithExit(added, nodeId, pathId, makeId)
      : {
          ...added,
          edges: [
            ...added.edges,
            { id: makeId(), source: nodeId, sourceHandle: pathId, target: merge },
          ],
        };
  return spreadAround(closed, nodeId);
}

/** Gives every path of a Random split an even share (`evenShares`). */
export function splitPathsEvenly<T extends GraphDoc>(doc: T, nodeId: string): T {
  const node = findNode(doc, nodeId);
  if (node?.type !== 'randomSplit') return doc;
  const paths = splitEvenly(node.settings.paths);
  return replaceNode(doc, { ...node, settings: { ...node.settings, paths } });
}

/**
 * Removes a path and the nodes only reachable through it; a node keeps its minimum paths. A Random
 * split whose shares were even shares evenly again.
 */
export function removePath<T extends GraphDoc>(doc: T, nodeId: string, pathId: string): T {
  const node = findNode(doc, nodeId);
  if (!isPathNode(node)) return doc;
  const min = node.type === 'split' ? 1 : 2;
  if (node.settings.paths.length <= min || !node.settings.paths.some((p) => p.id === pathId))
    return doc;
  const doomed = nodesOnlyOnPath(doc, nodeId, pathId);
  const withoutEdge = {
    ...doc,
    edges: doc.edges.filter((e) => !(e.source === nodeId && e.sourceHandle === pathId)),
  };
  const cleared = doomed.length > 0 ? deleteNodes(withoutEdge, doomed).doc : withoutEdge;
  if (node.type === 'split') {
    const paths = node.settings.paths.filter((p) => p.id !== pathId);
    return replaceNode(cleared, { ...node, settings: { ...node.settings, paths } });
  }
  // As Add path: even shares stay even (25 ×4 less one is 33.33/33.33/33.34), else as they were.
  const left = node.settings.paths.filter((p) => p.id !== pathId);
  const even = sharesAreEven(node.settings.paths.map((p) => p.percent));
  const paths = even ? splitEvenly(left) : left;
  return replaceNode(cleared, { ...node, settings: { ...node.settings, paths } });
}

/** Renames a path. */
export function renamePath<T extends GraphDoc>(
  doc: T,
  nodeId: string,
  pathId: string,
  name: string,
): T {
  const node = findNode(doc, nodeId);
  if (!isPathNode(node)) return doc;
  if (node.type === 'split') {
    const paths = node.settings.paths.map((p) => (p.id === pathId ? { ...p, name } : p));
    return replaceNode(doc, { ...node, settings: { ...node.settings, paths } });
  }
  const paths = node.settings.paths.map((p) => (p.id === pathId ? { ...p, name } : p));
  return replaceNode(doc, { ...node, settings: { ...node.settings, paths } });
}

function moved<P>(list: readonly P[], from: number, to: number): P[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** Moves a path up (-1) or down (+1); order matters for Split path (first match wins). */
export function movePath<T extends GraphDoc>(
  doc: T,
  nodeId: string,
  pathId: string,
  delta: number,
): T {
  const node = findNode(doc, nodeId);
  if (!isPathNode(node)) return doc;
  const from = node.settings.paths.findIndex((p) => p.id === pathId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= node.settings.paths.length) return doc;
  // The canvas columns follow the new order (tester report: they stayed put).
  if (node.type === 'split') {
    const paths = moved(node.settings.paths, from, to);
    return spreadAround(
      replaceNode(doc, { ...node, settings: { ...node.settings, paths } }),
      nodeId,
    );
  }
  const paths = moved(node.settings.paths, from, to);
  return spreadAround(replaceNode(doc, { ...node, settings: { ...node.settings, paths } }), nodeId);
}
