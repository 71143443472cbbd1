import {
  Journey,
  SCHEMA_VERSION,
  summarize,
  type ApplyTo,
  type ContentAsset,
  type JourneyEdge,
  type JourneyNode,
  type JourneySummary,
  type NodeOf,
  type SplitPath,
} from '../../../shared/model';

// Small builders for valid Journey documents (shared/model/journey.ts). Ids double as names.

let x = 0;
const at = () => ({ x: (x += 200), y: 0 });
const NOW = '2024-01-01T00:00:00.000Z';

/** The audience the builder's Entry lets in: the workspace builder's live account list. */
const ACCOUNT_AUDIENCE = 'Target accounts';
/** What a people journey's builder Entry lets in instead: the workspace builder's external audience. */
const PEOPLE_AUDIENCE = 'Paid social';

/** An Entry node (audience trigger); `makeJourney` gives a people journey's its people audience. */
export function entry(id = 'entry'): NodeOf<'entry'> {
  return {
    id,
    name: id,
    position: at(),
    type: 'entry',
    settings: { trigger: 'audience', source: ACCOUNT_AUDIENCE },
  };
}

/** The builder's Entry of a people journey names an audience a people journey may enter from. */
function entryFor(audience: Journey['audience'], node: JourneyNode): JourneyNode {
  if (audience !== 'people' || node.type !== 'entry') return node;
  if (node.settings.source !== ACCOUNT_AUDIENCE) return node;
  return { ...node, settings: { ...node.settings, source: PEOPLE_AUDIENCE } };
}

/** A Take an action node; scope follows the catalog unless given. */
export function action(
  id: string,
  actionId: string | null,
  params: Record<string, unknown> = {},
  opts: { scope?: 'account' | 'people' | null; applyTo?: ApplyTo } = {},
): NodeOf<'action'> {
  return {
    id,
    name: id,
    position: at(),
    type: 'action',
    settings: {
      scope: opts.scope === undefined ? null : opts.scope,
      actionId,
      params,
      applyTo: opts.applyTo ?? { mode: 'all' },
    },
  };
}

/** A Wait of `days` days (default 5, as seed 002). */
export function wait(id: string, days = 5): NodeOf<'wait'> {
  const settings = { mode: 'duration' as const, duration: { amount: days, unit: 'days' as const } };
  return { id, name: id, position: at(), type: 'wait', settings };
}

/** A Wait for event with a 3-day timeout; outputs `event` and `timeout`. */
export function waitForEvent(id: string, eventName = 'form_filled'): NodeOf<'waitForEvent'> {
  const settings = { eventName, timeout: { amount: 3, unit: 'days' as const } };
  return { id, name: id, position: at(), type: 'waitForEvent', settings };
}

/** A Split path by people; outputs are the path ids and `other`. */
export function split(id: string, paths: SplitPath[]): NodeOf<'split'> {
  return { id, name: id, position: at(), type: 'split', settings: { splitBy: 'people', paths } };
}

/** A split path matching `attribute equals value` (no criteria when attribute is omitted). */
export function splitPath(id: string, attribute?: string, value = 'x'): SplitPath {
  const criteria = attribute
    ? [{ scope: 'person' as const, attribute, operator: 'equals' as const, value }]
    : [];
  return { id, name: id, match: 'all', criteria };
}

/** A Random split with paths `p0`, `p1`, … of the given percentages. */
export function randomSplit(id: string, percents: number[]): NodeOf<'randomSplit'> {
  const paths = percents.map((percent, i) => ({ id: `p${i}`, name: `Path ${i}`, percent }));
  return { id, name: id, position: at(), type: 'randomSplit', settings: { paths } };
}

/** A Gate with a Liquid condition; outputs `true` and `false`. */
export function gate(id: string, condition: string): NodeOf<'gate'> {
  return { id, name: id, position: at(), type: 'gate', settings: { condition } };
}

/** A Merge paths node. */
export function merge(id: string): NodeOf<'merge'> {
  return { id, name: id, position: at(), type: 'merge', settings: {} };
}

/** A Go to node. */
export function goto(id: string, targetNodeId: string | null): NodeOf<'goto'> {
  return { id, name: id, position: at(), type: 'goto', settings: { targetNodeId } };
}

/** An Exit node. */
export function exit(id = 'exit'): NodeOf<'exit'> {
  return { id, name: id, position: at(), type: 'exit', settings: { reason: '' } };
}

/** An edge from `source`'s output `handle` to `target`. */
export function edge(source: string, target: string, handle = 'out'): JourneyEdge {
  return { id: `${source}:${handle}->${target}`, source, sourceHandle: handle, target };
}

/** Edges joining the nodes one after another through their `out` outputs. */
export function chain(...nodes: JourneyNode[]): JourneyEdge[] {
  return nodes.slice(1).map((n, i) => edge(nodes[i].id, n.id));
}

/** An authored email or SMS. */
export function content(id: string, kind: 'email' | 'sms' = 'email', body = 'Hi'): ContentAsset {
  return { id, kind, name: id, subject: kind === 'email' ? 'Hello' : '', from: '', body };
}

export interface JourneyParts {
  nodes: JourneyNode[];
  edges?: JourneyEdge[];
  content?: ContentAsset[];
}

/** A valid Draft journey document (checked against the schema) from nodes, edges and overrides. */
export function makeJourney(parts: JourneyParts, overrides: Partial<Journey> = {}): Journey {
  const id = overrides.id ?? 'j1';
  const audience = overrides.audience ?? 'people';
  return Journey.parse({
    schemaVersion: SCHEMA_VERSION,
    id,
    lineageId: `lineage-${id}`,
    version: 1,
    name: `Journey ${id}`,
    description: '',
    audience: 'people',
    status: 'Draft',
    createdBy: 'tester',
    createdAt: NOW,
    updatedBy: 'tester',
    updatedAt: NOW,
    publishedBy: null,
    publishedAt: null,
    scheduledStart: null,
    revision: 1,
    history: [],
    origin: null,
    nodes: parts.nodes.map((n) => entryFor(audience, n)),
    edges: parts.edges ?? [],
    content: parts.content ?? [],
    ...overrides,
  });
}

/** Entry -> the given nodes -> Exit, joined in a line. */
export function linearJourney(middle: JourneyNode[], overrides: Partial<Journey> = {}): Journey {
  const nodes = [entry(), ...middle, exit()];
  return makeJourney({ nodes, edges: chain(...nodes) }, overrides);
}

/** A library summary of another journey (for references), e.g. a Live account journey. */
export function otherJourney(id: string, overrides: Partial<Journey> = {}): JourneySummary {
  return summarize(makeJourney({ nodes: [entry(), exit()] }, { id, status: 'Live', ...overrides }));
}
