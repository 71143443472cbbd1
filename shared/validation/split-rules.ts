import { getAction } from '../catalog';
import { NODE_TYPE_LABELS, nodeOutputs, type Journey, type JourneyNode } from '../model';
import { distinctStepNames } from '../graph/step-names';
import { andList } from '../phrases';
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
  /** Every node the paths lead to before a merge, steps they may not hold included. */
  reached: Set<string>;
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

/** Why the split is not closed by one merge, in plain words: which path ends where. */
function notMergedReason(
  journey: Journey,
  graph: JourneyGraph,
  merges: Set<string>,
  unmerged: { path: string; end: JourneyNode }[],
): string {
  const names = (ids: Iterable<string>) =>
    [...ids].map((id) => graph.nodes.get(id)).flatMap((n) => (n ? [quoted(n)] : []));
  if (merges.size > 1)
    return `its paths end at different Merge paths nodes (${andList(toldApart(journey, merges))}); they must all meet at one`;
  if (unmerged.length === 0)
    return 'its paths do not reach a Merge paths node; add one where they meet again';
  const target = merges.size === 1 ? andList(names(merges)) : 'a Merge paths node';
  const where = andList(unmerged.map((u) => `path "${u.path}" ends at ${quoted(u.end)}`));
  const fix = merges.size === 1 ? '' : '; add a Merge paths node where its paths meet again';
  return `${where} without reaching ${target}${fix}`;
}

/**
 * Nodes named so that two with the same name are told apart (issue 19: two "Merge paths"):
 * `"Merge paths"` and `"Merge paths" — on path "Other"`, as `distinctStepNames` words it.
 */
function toldApart(journey: Journey, ids: Iterable<string>): string[] {
  const distinct = distinctStepNames(journey);
  return [...ids].flatMap((id) => {
    const node = journey.nodes.find((n) => n.id === id);
    if (!node) return [];
    const label = distinct.get(id) ?? node.name;
    const name = node.name.trim();
    return [label.startsWith(name) ? `"${name}"${label.slice(name.length)}` : quoted(node)];
  });
}

function walkSplit(journey: Journey, graph: JourneyGraph, split: JourneyNode): Walk {
  const problems: Problem[] = [];
  const region: PeopleSplitRegion = {
    splitId: split.id,
    mergeId: null,
    nodeIds: new Set(),
    reached: new Set(),
  };
  const owner = new Map<string, string>();
  const merges = new Set<string>();
  const unmerged: { path: string; end: JourneyNode }[] = [];
  for (const output of nodeOutputs(split)) {
    const first = graph.outgoing.get(split.id)?.find((e) => e.sourceHandle === output.id);
    // An unconnected output is the edges rule's concern ("leads nowhere"). Past a step a path may
    // not hold, the walk only looks for where the path ends: that step is named once.
    const queue: { id: string; past: boolean }[] = first ? [{ id: first.target, past: false }] : [];
    const seen = new Set<string>();
    let end: JourneyNode | undefined;
    while (queue.length > 0) {
      const { id, past } = queue.shift() as { id: string; past: boolean };
      const node = graph.nodes.get(id);
      if (!node || seen.has(id)) continue;
      seen.add(id);
      region.reached.add(id);
      if (node.type === 'merge') {
        merges.add(id);
        continue;
      }
      const outs = graph.outgoing.get(id) ?? [];
      if (outs.length === 0) end ??= node;
      const allowed = allowedInPeoplePath(node);
      // An Exit on a path is where that path ends: the not-merged problem names it.
      if (!allowed && !past && node.type !== 'exit') {
        // The Problems list puts the step's name before the message: it is named there, once.
        const what =
          node.type === 'action' ? 'An account action' : `A ${NODE_TYPE_LABELS[node.type]} node`;
        problems.push(
          error(
            SPLIT_PEOPLE_PATH_NODE,
            `${what} is not allowed on path "${output.label}" of the split by people ${quoted(split)}; its paths hold only people actions and events`,
            node.id,
          ),
        );
      }
      if (allowed && !past) {
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
      }
      for (const e of outs) queue.push({ id: e.target, past: past || !allowed });
    }
    if (end) unmerged.push({ path: output.label, end });
  }
  if (merges.size !== 1 || unmerged.length > 0) {
    problems.push(
      error(
        SPLIT_PEOPLE_NOT_MERGED,
        `The split by people ${quoted(split)} is not closed by one Merge paths node: ${notMergedReason(journey, graph, merges, unmerged)}`,
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
  const inside = (id: string) => id === split.id || region.reached.has(id);
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

/** Step types a path of a split by people may hold (Exit ends a path, Merge paths closes the split). */
const PEOPLE_PATH_TYPES = new Set<string>(['action', 'wait', 'waitForEvent', 'exit', 'merge']);

/** Whether what is added after `sourceId` (a "+" of its outputs or edges) lands on a path of a split by people. */
export function onPeoplePath(journey: Journey, sourceId: string): boolean {
  return peopleSplitRegions(journey).some((r) => r.splitId === sourceId || r.nodeIds.has(sourceId));
}

/**
 * Why a step of this type may not be added on a path of a split by people; undefined when it may.
 * The "+" menu disables it with this reason rather than let it become a Publish error.
 */
export function peoplePathAddIssue(type: string): string | undefined {
  return PEOPLE_PATH_TYPES.has(type)
    ? undefined
    : 'Not allowed on a path of a split by people: its paths hold only people actions and events';
}
