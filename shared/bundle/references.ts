import { entryListCollection, getAction, type OptionSource } from '../catalog';
import type { Criterion, Journey, NodeOf, Workspace } from '../model';
import { collectTemplates } from '../validation/templates';
import type { BundleReferences, ReferenceCollection } from './items';

/** One thing a journey points at outside itself: a workspace item, or another journey's lineage. */
export interface Reference {
  collection: ReferenceCollection | 'journeys';
  key: string;
  /** An Entry saved before list ids names its audience list by name: match the item's name. */
  by?: 'name';
  /** An Entry's list by id also carries the name it saw, matched when the id is unknown. */
  name?: string;
}

type Item = BundleReferences[ReferenceCollection][number];

/** Collections whose items are plain strings. */
const STRING_COLLECTIONS = new Set<ReferenceCollection>([
  'tags',
  'groups',
  'crmTaskTypes',
  'scoreNames',
  'events',
]);

/** Which collection an option source draws from; nested sources point at their parent item. */
const SOURCE_COLLECTION: Partial<Record<OptionSource, ReferenceCollection | 'journeys'>> = {
  accountLists: 'accountLists',
  externalAudiences: 'externalAudiences',
  solutionInterests: 'solutionInterests',
  marketoWorkspaces: 'marketoWorkspaces',
  tags: 'tags',
  groups: 'groups',
  crmTaskTypes: 'crmTaskTypes',
  scoreNames: 'scoreNames',
  'journeys.account': 'journeys',
  'journeys.people': 'journeys',
};
const PARENT_COLLECTION: Partial<Record<OptionSource, ReferenceCollection>> = {
  'solutionInterest.roles': 'solutionInterests',
  'solutionInterest.stages': 'solutionInterests',
  'marketoWorkspace.lists': 'marketoWorkspaces',
  'marketoWorkspace.requestCampaigns': 'marketoWorkspaces',
  'marketoWorkspace.emails': 'marketoWorkspaces',
  'marketoWorkspace.partitions': 'marketoWorkspaces',
};

/** The identity of a reference item inside its collection (id, attribute key, or the string). */
export function referenceKey(collection: ReferenceCollection, item: Item): string {
  if (typeof item === 'string') return item;
  if ('key' in item) return item.key;
  return STRING_COLLECTIONS.has(collection) ? String(item) : item.id;
}

/** A display label for a reference item. */
export function referenceLabel(item: Item): string {
  if (typeof item === 'string') return item;
  return 'label' in item ? item.label : item.name;
}

/** The list or external audience an Entry lets in: by id (with its name), or by name if it has no id. */
function entryAudienceRef(journey: Journey, node: NodeOf<'entry'>): Reference | null {
  const { trigger, source, listId } = node.settings;
  const collection = entryListCollection(trigger, journey.audience);
  if (!collection || (source.trim() === '' && !listId)) return null;
  return listId
    ? { collection, key: listId, name: source }
    : { collection, key: source, by: 'name' };
}

/** The identity a reference matches: the key, or for a by-name reference the item's name. */
const matchKey = (c: ReferenceCollection, item: Item, by: Reference['by']): string =>
  by === 'name' && typeof item !== 'string' && 'name' in item
    ? `name\u0000${item.name}`
    : referenceKey(c, item);
const refMatchKey = (r: Reference) => (r.by === 'name' ? `name\u0000${r.key}` : r.key);

function criteriaRefs(criteria: readonly Criterion[]): Reference[] {
  return criteria.map((c) => ({
    collection: c.scope === 'account' ? 'accountAttributes' : 'personAttributes',
    key: c.attribute,
  }));
}

/** Attributes the journey's Liquid reads ({{ person.x }}, {{ account.x }}): a bundle must carry them too. */
function liquidRefs(journey: Journey): Reference[] {
  const refs: Reference[] = [];
  for (const use of collectTemplates(journey)) {
    if (!use.analysis.ok) continue;
    for (const [root, attribute] of use.analysis.variables) {
      if (attribute === undefined) continue;
      if (root === 'person') refs.push({ collection: 'personAttributes', key: attribute });
      if (root === 'account') refs.push({ collection: 'accountAttributes', key: attribute });
    }
  }
  return refs;
}

/**
 * Every outside reference of a journey: catalog selects, criteria attributes, attributes its
 * Liquid reads, events. Sorted, unique.
 */
export function journeyReferences(journey: Journey): Reference[] {
  const refs: Reference[] = liquidRefs(journey);
  for (const node of journey.nodes) {
    if (node.type === 'waitForEvent' && node.settings.eventName)
      refs.push({ collection: 'events', key: node.settings.eventName });
    if (node.type === 'entry' && node.settings.trigger === 'event' && node.settings.source)
      refs.push({ collection: 'events', key: node.settings.source });
    const audienceRef = node.type === 'entry' ? entryAudienceRef(journey, node) : null;
    if (audienceRef) refs.push(audienceRef);
    if (node.type === 'split')
      for (const p of node.settings.paths) refs.push(...criteriaRefs(p.criteria));
    if (node.type !== 'action' || !node.settings.actionId) continue;
    const { params, applyTo } = node.settings;
    if (applyTo.mode === 'matching') refs.push(...criteriaRefs(applyTo.criteria));
    for (const field of getAction(node.settings.actionId)?.fields ?? []) {
      const value = params[field.name];
      if (!field.options || typeof value !== 'string' || value.trim() === '') continue;
      const direct = SOURCE_COLLECTION[field.options];
      const parent = PARENT_COLLECTION[field.options];
      const parentValue = field.dependsOn ? params[field.dependsOn] : undefined;
      if (direct) refs.push({ collection: direct, key: value });
      else if (parent && typeof parentValue === 'string' && parentValue)
        refs.push({ collection: parent, key: parentValue });
    }
  }
  const unique = new Map(refs.map((r) => [`${r.collection}\u0000${refMatchKey(r)}`, r]));
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

/** The items of `workspace` that `refs` name, each collection in the workspace's own order. */
export function pickReferences(
  refs: readonly Reference[],
  workspace: Pick<Workspace, ReferenceCollection>,
): BundleReferences {
  const wanted = new Set(refs.map((r) => `${r.collection}\u0000${refMatchKey(r)}`));
  const pick = <C extends ReferenceCollection>(c: C) =>
    (workspace[c] as Item[]).filter(
      (item) =>
        wanted.has(`${c}\u0000${referenceKey(c, item)}`) ||
        wanted.has(`${c}\u0000${matchKey(c, item, 'name')}`),
    ) as BundleReferences[C];
  return {
    accountAttributes: pick('accountAttributes'),
    personAttributes: pick('personAttributes'),
    accountLists: pick('accountLists'),
    externalAudiences: pick('externalAudiences'),
    solutionInterests: pick('solutionInterests'),
    marketoWorkspaces: pick('marketoWorkspaces'),
    tags: pick('tags'),
    groups: pick('groups'),
    crmTaskTypes: pick('crmTaskTypes'),
    scoreNames: pick('scoreNames'),
    events: pick('events'),
  };
}

/** Whether some reference source holds the item `ref` names. */
export function referenceAvailable(
  ref: Reference,
  sources: readonly Pick<Workspace, ReferenceCollection>[],
  lineages: ReadonlySet<string>,
): boolean {
  if (ref.collection === 'journeys') return lineages.has(ref.key);
  const c = ref.collection;
  const want = refMatchKey(ref);
  const byName = ref.name === undefined ? null : `name\u0000${ref.name}`;
  return sources.some((s) =>
    (s[c] as Item[]).some(
      (item) => matchKey(c, item, ref.by) === want || matchKey(c, item, 'name') === byName,
    ),
  );
}

/** "collection key" for messages; a list an Entry refers to by id is named, never shown by id. */
export function describeReference(ref: Reference): string {
  return `${ref.collection} "${ref.name ?? ref.key}"`;
}
