import type { Criterion, Journey, JourneyEdge, JourneyNode, NodeOf } from '../../../shared/model';
import type { ScenarioInput, SimulationResult } from '../../../shared/simulation';

// Small local builders for simulator tests: ids double as names.

const pos = { x: 0, y: 0 };
const NOW = '2025-01-01T00:00:00.000Z';

/** A journey of the given nodes and edges. */
export function journey(
  nodes: JourneyNode[],
  edges: JourneyEdge[],
  audience: 'account' | 'people' = 'people',
): Journey {
  return {
    schemaVersion: 1,
    id: 'j1',
    lineageId: 'j1',
    version: 1,
    name: 'Test journey',
    description: '',
    audience,
    status: 'Draft',
    createdBy: 't',
    createdAt: NOW,
    updatedBy: 't',
    updatedAt: NOW,
    publishedBy: null,
    publishedAt: null,
    scheduledStart: null,
    revision: 1,
    history: [],
    origin: null,
    nodes,
    edges,
    content: [],
  };
}

let edgeSeq = 0;
/** An edge from `source`'s output `handle` to `target`. */
export const edge = (source: string, target: string, handle = 'out'): JourneyEdge => ({
  id: `e${++edgeSeq}-${source}-${handle}`,
  source,
  sourceHandle: handle,
  target,
});

/** Edges along a chain of single-output nodes. */
export const chain = (...ids: string[]): JourneyEdge[] =>
  ids.slice(1).map((id, i) => edge(ids[i], id));

export const entry = (id = 'entry'): NodeOf<'entry'> => ({
  id,
  name: id,
  position: pos,
  type: 'entry',
  settings: { trigger: 'audience', source: '' },
});
export const exit = (id = 'exit'): NodeOf<'exit'> => ({
  id,
  name: id,
  position: pos,
  type: 'exit',
  settings: { reason: '' },
});
export const merge = (id: string): NodeOf<'merge'> => ({
  id,
  name: id,
  position: pos,
  type: 'merge',
  settings: {},
});
export const goto = (id: string, target: string | null): NodeOf<'goto'> => ({
  id,
  name: id,
  position: pos,
  type: 'goto',
  settings: { targetNodeId: target },
});
export const gate = (id: string, condition: string): NodeOf<'gate'> => ({
  id,
  name: id,
  position: pos,
  type: 'gate',
  settings: { condition },
});

/** A Wait of `days` days, or until an ISO date. */
export const wait = (id: string, days: number | string): NodeOf<'wait'> => ({
  id,
  name: id,
  position: pos,
  type: 'wait',
  settings:
    typeof days === 'number'
      ? { mode: 'duration', duration: { amount: days, unit: 'days' } }
      : { mode: 'until', until: days },
});

export const waitForEvent = (
  id: string,
  eventName: string,
  days: number,
): NodeOf<'waitForEvent'> => ({
  id,
  name: id,
  position: pos,
  type: 'waitForEvent',
  settings: { eventName, timeout: { amount: days, unit: 'days' } },
});

/** A Take an action node. */
export const action = (
  id: string,
  actionId: string | null,
  params: Record<string, unknown> = {},
  scope: 'account' | 'people' | null = null,
  applyTo: NodeOf<'action'>['settings']['applyTo'] = { mode: 'all' },
): NodeOf<'action'> => ({
  id,
  name: id,
  position: pos,
  type: 'action',
  settings: { scope, actionId, params, applyTo },
});

/** A criterion. */
export const crit = (
  attribute: string,
  operator: Criterion['operator'],
  value = '',
  scope: Criterion['scope'] = 'person',
): Criterion => ({ scope, attribute, operator, value });

/** A Split path node; paths are [id, criteria] pairs. */
export const split = (
  id: string,
  paths: Array<[string, Criterion[]]>,
  splitBy: 'accounts' | 'people' = 'accounts',
  match: 'all' | 'any' = 'all',
): NodeOf<'split'> => ({
  id,
  name: id,
  position: pos,
  type: 'split',
  settings: {
    splitBy,
    paths: paths.map(([pid, criteria]) => ({ id: pid, name: pid, match, criteria })),
  },
});

export const randomSplit = (id: string, percents: number[]): NodeOf<'randomSplit'> => ({
  id,
  name: id,
  position: pos,
  type: 'randomSplit',
  settings: { paths: percents.map((percent, i) => ({ id: `p${i}`, name: `p${i}`, percent })) },
});

/** A scenario with CSV rows (one person per account unless accountKey is given). */
export function csvScenario(
  rows: Array<Record<string, string | number | null>>,
  over: Partial<ScenarioInput> = {},
  accountKey: string | null = null,
): ScenarioInput {
  return {
    schemaVersion: 1,
    name: 'test',
    population: { kind: 'csv', rows, accountKey },
    horizonDays: 30,
    seed: 1,
    ...over,
  };
}

/** A synthetic scenario of `accounts` accounts. */
export function synthScenario(accounts: number, over: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    schemaVersion: 1,
    name: 'test',
    population: { kind: 'synthetic', accounts },
    horizonDays: 30,
    seed: 1,
    ...over,
  };
}

/** Rows `{ i, segment, score }` for i in 0..n-1 with segment = 'abcd'[i % 4] and score = i. */
export const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: String(i), segment: 'abcd'[i % 4], score: i }));

/** An action-log field as `{ id: count }`, for assertions that only care about the counts. */
export const countsById = (entries: readonly { id: string; count: number }[]) =>
  Object.fromEntries(entries.map((e) => [e.id, e.count]));

/** A node's figures in a result, by node id. */
export const stats = (r: SimulationResult, id: string) => r.nodes.find((n) => n.nodeId === id);

/** The figures of the edge leaving `from` by output `handle` (ids made by `edge`). */
export const edgeFrom = (r: SimulationResult, from: string, handle = 'out') =>
  r.edges.find((e) => e.edgeId.endsWith(`-${from}-${handle}`));

/**
 * Three accounts (key `acct`), six people:
 * A (5,000 employees): Executive, Manager, Manager · B (200): Manager, IC · C (1,500): Executive.
 */
export const THREE_ACCOUNTS = [
  { acct: 'A', employees: 5000, jobLevel: 'Executive' },
  { acct: 'A', employees: 5000, jobLevel: 'Manager' },
  { acct: 'A', employees: 5000, jobLevel: 'Manager' },
  { acct: 'B', employees: 200, jobLevel: 'Manager' },
  { acct: 'B', employees: 200, jobLevel: 'Individual contributor' },
  { acct: 'C', employees: 1500, jobLevel: 'Executive' },
];

/** A people action adding `change` to the "engagement" score. */
export const score = (id: string, change = 1) =>
  action(id, 'change-score', { scoreName: 'engagement', change }, 'people');

/** A split by people: executives (jobLevel = Executive) on path "exec", everyone else Other. */
export const execSplit = (id: string) =>
  split(id, [['exec', [crit('jobLevel', 'equals', 'Executive')]]], 'people');

/**
 * The tiny loop of an account journey: entry → split by people "who" (executives → "dm", Other →
 * `other`, a people step, or straight on) → merge "m" → `step` → Wait 1 day "w" → Go to "again"
 * back to "who". Each account passes "who" once per visit until the loop limit stops it.
 */
export function peopleLoop(step: JourneyNode, other: string | null = null): Journey {
  return journey(
    [
      entry(),
      execSplit('who'),
      score('dm'),
      ...(other ? [score(other)] : []),
      merge('m'),
      step,
      wait('w', 1),
      goto('again', 'who'),
    ],
    [
      edge('entry', 'who'),
      edge('who', 'dm', 'exec'),
      ...(other ? [edge('who', other, 'other'), edge(other, 'm')] : [edge('who', 'm', 'other')]),
      edge('dm', 'm'),
      ...chain('m', step.id, 'w', 'again'),
    ],
    'account',
  );
}
