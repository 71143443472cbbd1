import { getAction } from '../catalog';
import { nodeOutputs, type Journey, type JourneyNode } from '../model';
import { buildGraph, quoted, type JourneyGraph } from './graph';
import { error, type Problem } from './problem';

// One rule for editor, validation and simulator (issue 17, as Journey Optimizer B2B documents
// split and merge paths): in an account journey a split by people is always closed by a Merge
// paths node, its paths hold only people actions and events, run separately to that merge and
// are entered only from the split. Splits by accounts may hold anything and may be nested.

export const SPLIT_PEOPLE_NOT_MERGED = 'split-people-not-merged';
export const SPLIT_PEOPLE_PATH_NODE = 'split-people-path-node';
export const SPLIT_PEOPLE_PATHS_JOIN = 'split-people-paths-join';
export const SPLIT_PEOPLE_ENTERED_FROM_OUTSIDE = 'split-people-entered-from-outside';
export const SPLIT_PEOPLE_PATH_LOOPS = 'split-people-path-loops';
export const SPLIT_TOO_MANY_PATHS = 'split-too-many-paths';

/** Every code of this rule; a run is meaningless while any of them stands. */
export const SPLIT_RULE_CODES: readonly string[] = [
  SPLIT_PEOPLE_NOT_MERGED,
  SPLIT_PEOPLE_PATH_NODE,
  SPLIT_PEOPLE_PATHS_JOIN,
  SPLIT_PEOPLE_ENTERED_FROM_OUTSIDE,
  SPLIT_PEOPLE_PATH_LOOPS,
  SPLIT_TOO_MANY_PATHS,
];

/** At most this many paths per split (condition paths, Other included in neither count). */
export const MAX_SPLIT_PATHS = 25;

/** A split by people and what its paths hold: the nodes per path and the closing merge. */
export interface PeopleSplitRegion {
  splitId: string;
  mergeId: string | null;
  /** Node ids on the paths between the split and its merge (merge excluded). */
  nodeIds: Set<string>;
}

/** Whether a node may stand on a path of a split by people: a people action, a Wait or a Wait for event. */
export function allowedInPeoplePath(node: JourneyNode): boolean {
  if (node.type === 'wait' || node.type === 'waitForEvent') return true;
  if (node.type !== 'action') return false;
  if (node.settings.scope !== null) return node.settings.scope === 'people';
  const action = node.settings.actionId ? getAction(node.settings.actionId) : undefined;
  return action === undefined || action.scope === 'people';
}

interface Walk {
  region: PeopleSplitRegion;
  problems: Problem[];
}

function walkSplit(journey: Journey, graph: JourneyGraph, split: JourneyNode): Walk {
  const problems: Problem[] = [];
  const region: PeopleSplitRegion = { splitId: split.id, mergeId: null, nodeIds: new Set() };
  const owner = new Map<string, string>();
  const merges = new Set<string>();
  let open = false;
  for (const output of nodeOutputs(split)) {
    const first = graph.outgoing.get(split.id)?.find((e) => e.sourceHandle === output.id);
    // An unconnected output is the edges rule's concern ("leads nowhere").
    const queue = first ? [first.target] : [];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const id = queue.shift() as string;
      const node = graph.nodes.get(id);
      if (!node || seen.has(id)) continue;
      seen.add(id);
      if (node.type === 'merge') {
        merges.add(id);
        continue;
      }
      if (!allowedInPeoplePath(node)) {
        const what =
          node.type === 'action'
            ? 'an account action'
            : `a ${node.type === 'split' ? 'split' : node.type} node`;
        problems.push(
          error(
            SPLIT_PEOPLE_PATH_NODE,
            `${quoted(node)} is ${what} on a path of the split by people ${quoted(split)}; its paths hold only people actions and events`,
            node.id,
          ),
        );
        open = true;
        continue;
      }
      const prev = owner.get(id);
      if (prev !== undefined && prev !== output.id) {
        problems.push(
          error(
            SPLIT_PEOPLE_PATHS_JOIN,
            `Paths of the split by people ${quoted(split)} meet at ${quoted(node)} before their Merge paths node`,
            node.id,
          ),
        );
      }
      owner.set(id, output.id);
      region.nodeIds.add(id);
      const outs = graph.outgoing.get(id) ?? [];
      if (outs.length === 0) open = true;
      for (const e of outs) queue.push(e.target);
    }
  }
  if (merges.size !== 1 || open) {
    const why =
      merges.size > 1
        ? 'its paths end at different Merge paths nodes'
        : 'add a Merge paths node where its paths meet again';
    problems.push(
      error(
        SPLIT_PEOPLE_NOT_MERGED,
        `The split by people ${quoted(split)} is not closed by one Merge paths node: ${why}`,
        split.id,
        'paths',
      ),
    );
  }
  region.mergeId = merges.size === 1 ? [...merges][0] : null;
  const loop = loopIn(graph, region.nodeIds);
  if (loop)
    problems.push(
      error(
        SPLIT_PEOPLE_PATH_LOOPS,
        `A path of the split by people ${quoted(split)} loops back at ${quoted(loop)}; each path runs once to the Merge paths node`,
        loop.id,
      ),
    );
  problems.push(...enteredFromOutside(journey, split, region));
  return { region, problems };
}

/** A node on a cycle inside the region (Kahn's algorithm leaves it unsorted), or null. */
function loopIn(graph: JourneyGraph, ids: Set<string>): JourneyNode | null {
  const indegree = new Map([...ids].map((id) => [id, 0]));
  const next = (id: string) =>
    (graph.outgoing.get(id) ?? []).map((e) => e.target).filter((t) => ids.has(t));
  for (const id of ids) for (const t of next(id)) indegree.set(t, (indegree.get(t) ?? 0) + 1);
  const ready = [...ids].filter((id) => indegree.get(id) === 0);
  let sorted = 0;
  while (ready.length > 0) {
    const id = ready.pop() as string;
    sorted++;
    for (const t of next(id)) {
      const d = (indegree.get(t) ?? 0) - 1;
      indegree.set(t, d);
      if (d === 0) ready.push(t);
    }
  }
  if (sorted === ids.size) return null;
  const stuck = [...ids].find((id) => (indegree.get(id) ?? 0) > 0);
  return stuck === undefined ? null : (graph.nodes.get(stuck) ?? null);
}

/** Edges or Go to nodes that lead into a split's paths or its merge from elsewhere. */
function enteredFromOutside(
  journey: Journey,
  split: JourneyNode,
  region: PeopleSplitRegion,
): Problem[] {
  const inside = (id: string) => id === split.id || region.nodeIds.has(id);
  const guarded = new Set([...region.nodeIds, ...(region.mergeId ? [region.mergeId] : [])]);
  const problems: Problem[] = [];
  for (const e of journey.edges) {
    if (!guarded.has(e.target) || inside(e.source)) continue;
    problems.push(
      error(
        SPLIT_PEOPLE_ENTERED_FROM_OUTSIDE,
        `An edge from outside the split by people ${quoted(split)} leads into its paths; only the split may lead into them`,
        e.target,
      ),
    );
  }
  for (const n of journey.nodes) {
    if (
      n.type === 'goto' &&
      n.settings.targetNodeId !== null &&
      guarded.has(n.settings.targetNodeId)
    ) {
      problems.push(
        error(
          SPLIT_PEOPLE_ENTERED_FROM_OUTSIDE,
          `${quoted(n)} goes into a path of the split by people ${quoted(split)}; only the split may lead into them`,
          n.id,
          'targetNodeId',
        ),
      );
    }
  }
  return problems;
}

/** The regions of every split by people of an account journey (people journeys have none). */
export function peopleSplitRegions(journey: Journey): PeopleSplitRegion[] {
  if (journey.audience !== 'account') return [];
  const graph = buildGraph(journey);
  return journey.nodes
    .filter((n) => n.type === 'split' && n.settings.splitBy === 'people')
    .map((s) => walkSplit(journey, graph, s).region);
}

/** The split and merge rules: problems (all errors) that block Publish and a simulation run alike. */
export function splitRuleProblems(journey: Journey): Problem[] {
  const problems: Problem[] = [];
  for (const node of journey.nodes) {
    if (
      (node.type === 'split' || node.type === 'randomSplit') &&
      node.settings.paths.length > MAX_SPLIT_PATHS
    ) {
      problems.push(
        error(
          SPLIT_TOO_MANY_PATHS,
          `${quoted(node)} has ${node.settings.paths.length} paths; a split has at most ${MAX_SPLIT_PATHS}`,
          node.id,
          'paths',
        ),
      );
    }
  }
  if (journey.audience !== 'account') return problems;
  const graph = buildGraph(journey);
  for (const s of journey.nodes) {
    if (s.type === 'split' && s.settings.splitBy === 'people')
      problems.push(...walkSplit(journey, graph, s).problems);
  }
  return problems;
}
