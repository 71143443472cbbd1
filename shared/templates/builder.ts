import { createNode, layoutPositions } from '../graph';
import type {
  ActionSettings,
  Audience,
  ContentAsset,
  Criterion,
  Duration,
  JourneyBody,
  JourneyEdge,
  JourneyNode,
  NodeOf,
  NodeType,
  Position,
} from '../model';
import { SavedScenario, type SavedScenarioInput } from '../simulation';
import type { TemplateBuild, TemplateContext } from './types';

type Settings<T extends NodeType> = NodeOf<T>['settings'];

/** The first of `wanted` the workspace has, else its first item, else the first wanted (the validator then names it). */
export function pick(available: readonly string[], ...wanted: string[]): string {
  return wanted.find((w) => available.includes(w)) ?? available[0] ?? wanted[0];
}

/**
 * Reorders the nodes of each row (same y) under their parents' left-to-right order. Dagre keeps
 * siblings ordered but can cross the second level of two parallel paths; all template nodes have
 * the default size, so swapping x slots within a row is safe.
 */
function uncross(
  edges: readonly JourneyEdge[],
  positions: Record<string, Position>,
): Record<string, Position> {
  const out = { ...positions };
  const preds = new Map<string, string[]>();
  for (const e of edges) preds.set(e.target, [...(preds.get(e.target) ?? []), e.source]);
  const rows = new Map<number, string[]>();
  for (const [id, p] of Object.entries(out)) rows.set(p.y, [...(rows.get(p.y) ?? []), id]);
  for (const y of [...rows.keys()].sort((a, b) => a - b)) {
    const ids = rows.get(y) ?? [];
    const slots = ids.map((id) => out[id].x).sort((a, b) => a - b);
    const key = (id: string) => {
      const xs = (preds.get(id) ?? [])
        .map((p) => out[p]?.x)
        .filter((x): x is number => x !== undefined);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : out[id].x;
    };
    const sorted = [...ids].sort((a, b) => key(a) - key(b) || out[a].x - out[b].x);
    sorted.forEach((id, i) => (out[id] = { x: slots[i], y }));
  }
  return out;
}

/**
 * Builds a template's graph with the shared node factories and lays it out with dagre, so a
 * template reads as a short script: add nodes, link them, finish with the scenario.
 */
export function templateBuilder(ctx: TemplateContext, audience: Audience) {
  const nodes: JourneyNode[] = [];
  const edges: JourneyEdge[] = [];
  const notes: Record<string, string> = {};

  const add = <T extends NodeType>(
    type: T,
    name: string,
    settings: Settings<T>,
    note: string,
  ): string => {
    const node = {
      ...createNode(type, { audience, name, makeId: ctx.makeId }),
      settings,
    } as JourneyNode;
    nodes.push(node);
    notes[node.id] = note;
    return node.id;
  };

  return {
    entry: (name: string, trigger: Settings<'entry'>['trigger'], source: string, note: string) =>
      add('entry', name, { trigger, source }, note),
    action: (
      name: string,
      actionId: string,
      params: Record<string, unknown>,
      note: string,
      scope: ActionSettings['scope'] = 'people',
      applyTo: ActionSettings['applyTo'] = { mode: 'all' },
    ) => add('action', name, { scope, actionId, params, applyTo }, note),
    wait: (name: string, duration: Duration, note: string) =>
      add('wait', name, { mode: 'duration', duration }, note),
    waitForEvent: (name: string, eventName: string, timeout: Duration, note: string) =>
      add('waitForEvent', name, { eventName, timeout }, note),
    gate: (name: string, condition: string, note: string) => add('gate', name, { condition }, note),
    merge: (name: string, note: string) => add('merge', name, {}, note),
    exit: (name: string, reason: string, note: string) => add('exit', name, { reason }, note),
    /** A split with one path per `paths` entry (plus Other); returns the node id and the path ids. */
    split: (
      name: string,
      splitBy: 'accounts' | 'people',
      paths: { name: string; criteria: Criterion[] }[],
      note: string,
    ) => {
      const withIds = paths.map((p) => ({
        id: ctx.makeId(),
        name: p.name,
        match: 'all' as const,
        criteria: p.criteria,
      }));
      return {
        id: add('split', name, { splitBy, paths: withIds }, note),
        paths: withIds.map((p) => p.id),
      };
    },
    link: (source: string, target: string, handle = 'out') => {
      edges.push({ id: `${source}-${handle}-${target}`, source, sourceHandle: handle, target });
    },
    /** Lays the graph out top to bottom and parses the scenario (defaults filled in). */
    finish: (
      description: string,
      content: ContentAsset[],
      scenario: SavedScenarioInput,
    ): TemplateBuild => {
      const positions = uncross(edges, layoutPositions({ nodes, edges }));
      const placed = nodes.map((n) => ({ ...n, position: positions[n.id] ?? n.position }));
      const body: JourneyBody = { description, nodes: placed, edges: [...edges], content };
      return { body, scenario: SavedScenario.parse(scenario), notes: { ...notes } };
    },
  };
}

export const days = (amount: number): Duration => ({ amount, unit: 'days' });
