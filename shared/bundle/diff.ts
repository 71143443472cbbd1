import type { Journey } from '../model';
import { canonicalJson } from './canonical-json';
import type { FieldChange } from './preview';

/** Fields that describe this copy rather than the journey: a local save counter and where it came from. */
const LOCAL_FIELDS = new Set(['revision', 'origin']);
const SCALARS = [
  'name',
  'description',
  'audience',
  'status',
  'version',
  'lineageId',
  'publishedBy',
  'publishedAt',
  'scheduledStart',
  'updatedBy',
  'updatedAt',
  'createdBy',
  'createdAt',
] as const;
const MAX_CHANGES = 50;

/** The journey without its local-only fields, as canonical text: equal text means identical journeys. */
export function comparableJourney(journey: Journey): string {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(journey)) if (!LOCAL_FIELDS.has(key)) copy[key] = value;
  return canonicalJson(copy);
}

const show = (value: unknown): string => {
  const text =
    value === null || value === undefined
      ? '—'
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

/** Added, removed and changed members of two id-keyed lists, as changes named `<what> "<name>"`. */
function listChanges<T extends { id: string; name: string }>(
  what: string,
  before: readonly T[],
  after: readonly T[],
): FieldChange[] {
  const old = byId(before);
  const next = byId(after);
  const changes: FieldChange[] = [];
  for (const item of after) {
    const prev = old.get(item.id);
    if (!prev) changes.push({ field: `${what} "${item.name}"`, before: '—', after: 'added' });
    else if (canonicalJson(prev) !== canonicalJson(item))
      changes.push({ field: `${what} "${item.name}"`, before: 'as here', after: 'changed' });
  }
  for (const item of before)
    if (!next.has(item.id))
      changes.push({ field: `${what} "${item.name}"`, before: 'present', after: 'removed' });
  return changes;
}

/** A short field-level diff: what importing `incoming` over `local` would change. */
export function journeyChanges(local: Journey, incoming: Journey): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of SCALARS) {
    if (local[field] !== incoming[field])
      changes.push({ field, before: show(local[field]), after: show(incoming[field]) });
  }
  changes.push(...listChanges('node', local.nodes, incoming.nodes));
  const edgeKey = (e: Journey['edges'][number]) => `${e.source}:${e.sourceHandle}->${e.target}`;
  const edgesBefore = new Set(local.edges.map(edgeKey));
  const edgesAfter = new Set(incoming.edges.map(edgeKey));
  const added = [...edgesAfter].filter((e) => !edgesBefore.has(e)).length;
  const removed = [...edgesBefore].filter((e) => !edgesAfter.has(e)).length;
  if (added || removed)
    changes.push({
      field: 'connections',
      before: `${local.edges.length}`,
      after: `${incoming.edges.length} (+${added} −${removed})`,
    });
  changes.push(...listChanges('content', local.content, incoming.content));
  if (local.history.length !== incoming.history.length) {
    changes.push({
      field: 'history',
      before: `${local.history.length} entries`,
      after: `${incoming.history.length} entries`,
    });
  }
  return changes.slice(0, MAX_CHANGES);
}
