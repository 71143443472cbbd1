import { nodeOutputs, type Journey, type JourneyNode } from '../../../shared/model';
import { distinctStepNames } from '../../../shared/graph/step-names';
import type { Scenario, SimWarning } from '../../../shared/simulation';

/** Node kinds as small integers for the hot loop. */
export const KIND = {
  entry: 0,
  action: 1,
  wait: 2,
  waitForEvent: 3,
  split: 4,
  randomSplit: 5,
  gate: 6,
  merge: 7,
  goto: 8,
  exit: 9,
} as const;

const DAY = 86_400;
const UNIT_SECONDS = { minutes: 60, hours: 3_600, days: DAY, weeks: 7 * DAY } as const;

/** The journey's shape as integer ids and typed arrays. Output j of node n is slot outStart[n] + j. */
export interface JourneyGraph {
  nodes: JourneyNode[];
  /** Each node's name as every list shows it (`distinctStepNames`: two steps sharing a name told apart). */
  stepNames: string[];
  kind: Uint8Array;
  outStart: Int32Array;
  /** Target node of a slot, -1 when the output has no edge. */
  outNode: Int32Array;
  outEdge: Int32Array;
  outLabel: string[];
  edgeIds: string[];
  entry: number;
  /** Wait: seconds to wait (duration mode), or NaN. */
  waitSec: Float64Array;
  /** Wait until: seconds from the scenario start, or NaN. */
  waitUntil: Float64Array;
  /** Wait for event: the chance the event happens within the window. */
  eventProb: Float64Array;
  /** Random split: cumulative probability per slot. */
  cumProb: Float64Array;
  gotoTarget: Int32Array;
}

/** Compiles nodes and edges; adds a warning for every dangling or ambiguous wire. */
export function compileGraph(
  journey: Journey,
  scenario: Scenario,
  warnings: SimWarning[],
): JourneyGraph {
  const nodes = journey.nodes;
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const outputs = nodes.map((node) => nodeOutputs(node));
  const outStart = new Int32Array(n + 1);
  outputs.forEach((o, i) => (outStart[i + 1] = outStart[i] + o.length));
  const slots = outStart[n];
  const outNode = new Int32Array(slots).fill(-1);
  const outEdge = new Int32Array(slots).fill(-1);
  const outLabel = outputs.flatMap((o) => o.map((x) => x.label));
  journey.edges.forEach((e, ei) => {
    const s = index.get(e.source);
    const t = index.get(e.target);
    const j = s === undefined ? -1 : outputs[s].findIndex((o) => o.id === e.sourceHandle);
    if (s === undefined || t === undefined || j < 0) {
      warnings.push({
        code: 'dangling_edge',
        message: `Edge ${e.id} does not connect two existing node outputs; it is ignored.`,
      });
      return;
    }
    const slot = outStart[s] + j;
    if (outEdge[slot] >= 0) {
      warnings.push({
        code: 'duplicate_edge',
        nodeId: e.source,
        message: `Output "${outputs[s][j].label}" has more than one edge; the first one is used.`,
      });
      return;
    }
    outNode[slot] = t;
    outEdge[slot] = ei;
  });
  const distinct = distinctStepNames(journey);
  const g: JourneyGraph = {
    nodes,
    stepNames: nodes.map((node) => distinct.get(node.id) ?? node.name),
    kind: Uint8Array.from(nodes, (node) => KIND[node.type]),
    outStart,
    outNode,
    outEdge,
    outLabel,
    edgeIds: journey.edges.map((e) => e.id),
    entry: nodes.findIndex((node) => node.type === 'entry'),
    waitSec: new Float64Array(n).fill(NaN),
    waitUntil: new Float64Array(n).fill(NaN),
    eventProb: new Float64Array(n),
    cumProb: new Float64Array(slots),
    gotoTarget: new Int32Array(n).fill(-1),
  };
  if (nodes.filter((node) => node.type === 'entry').length > 1) {
    warnings.push({
      code: 'multiple_entries',
      message: 'The journey has more than one Entry node; profiles enter at the first one.',
    });
  }
  const start = Date.parse(scenario.startDate);
  nodes.forEach((node, i) => fillNode(g, node, i, { index, start, scenario, warnings }));
  outLabel.forEach((label, slot) => {
    if (outNode[slot] >= 0) return;
    const i = upperBound(outStart, slot);
    if (g.kind[i] !== KIND.exit)
      warnings.push({
        code: 'dangling_output',
        nodeId: nodes[i].id,
        message: `Output "${label}" of "${g.stepNames[i]}" leads nowhere; profiles taking it are dropped.`,
      });
  });
  return g;
}

interface FillContext {
  index: Map<string, number>;
  start: number;
  scenario: Scenario;
  warnings: SimWarning[];
}

function fillNode(g: JourneyGraph, node: JourneyNode, i: number, ctx: FillContext): void {
  switch (node.type) {
    case 'wait':
      if (node.settings.mode === 'duration')
        g.waitSec[i] = node.settings.duration.amount * UNIT_SECONDS[node.settings.duration.unit];
      else {
        const at = Date.parse(node.settings.until);
        if (Number.isNaN(at))
          ctx.warnings.push({
            code: 'bad_wait_date',
            nodeId: node.id,
            message: `Wait until "${node.settings.until}" is not a date; the wait passes at once.`,
          });
        g.waitUntil[i] = Number.isNaN(at) ? 0 : (at - ctx.start) / 1000;
      }
      return;
    case 'waitForEvent': {
      const b = ctx.scenario.behaviour;
      g.waitSec[i] = node.settings.timeout.amount * UNIT_SECONDS[node.settings.timeout.unit];
      g.eventProb[i] = b.eventProbability[node.settings.eventName] ?? b.defaultEventProbability;
      return;
    }
    case 'randomSplit': {
      const paths = node.settings.paths;
      const total = paths.reduce((a, p) => a + p.percent, 0);
      if (Math.abs(total - 100) > 1e-9)
        ctx.warnings.push({
          code: 'random_split_total',
          nodeId: node.id,
          message: `Random split percentages add up to ${total}%; they are scaled to 100%.`,
        });
      let acc = 0;
      paths.forEach(
        (p, j) =>
          (g.cumProb[g.outStart[i] + j] =
            total > 0 ? (acc += p.percent) / total : (j + 1) / paths.length),
      );
      g.cumProb[g.outStart[i] + paths.length - 1] = 1;
      return;
    }
    case 'goto': {
      const target =
        node.settings.targetNodeId === null ? undefined : ctx.index.get(node.settings.targetNodeId);
      if (target === undefined)
        ctx.warnings.push({
          code: 'goto_without_target',
          nodeId: node.id,
          message: `Go to "${g.stepNames[i]}" has no valid target; profiles reaching it are dropped.`,
        });
      g.gotoTarget[i] = target ?? -1;
      return;
    }
    default:
      return;
  }
}

/** The node whose slot range holds `slot`. */
function upperBound(outStart: Int32Array, slot: number): number {
  let lo = 0;
  let hi = outStart.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (outStart[mid] <= slot) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether the edges form a cycle (Kahn's algorithm leaves a node unsorted); Go to jumps are not edges. */
export function hasCycle(g: Pick<JourneyGraph, 'outStart' | 'outNode'>): boolean {
  const nodes = g.outStart.length - 1;
  const indegree = new Int32Array(nodes);
  for (const to of g.outNode) if (to >= 0) indegree[to]++;
  const ready: number[] = [];
  for (let n = 0; n < nodes; n++) if (indegree[n] === 0) ready.push(n);
  let sorted = 0;
  while (ready.length > 0) {
    const n = ready.pop() as number;
    sorted++;
    for (let s = g.outStart[n]; s < g.outStart[n + 1]; s++) {
      const to = g.outNode[s];
      if (to >= 0 && --indegree[to] === 0) ready.push(to);
    }
  }
  return sorted < nodes;
}
