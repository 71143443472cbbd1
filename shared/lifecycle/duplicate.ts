import { z } from 'zod';
import { autoName, nameDescribesSettings } from '../graph/auto-name';
import { uniqueName } from '../journeys/names';
import {
  DEFAULT_WAIT,
  NODE_TYPE_LABELS,
  type Audience,
  type Journey,
  type JourneyNode,
} from '../model';
import { historyEntry, type Actor } from './history';
import { namesAfterReset } from './restated-names';

/** Seed 002's two duplication types. */
export const DuplicateType = z.enum(['partial', 'withoutDetails']);
export type DuplicateType = z.infer<typeof DuplicateType>;

/** The labels the Duplicate Journey dialog shows, in the seed's words. */
export const DUPLICATE_TYPE_LABELS: Record<DuplicateType, string> = {
  partial: 'Partial content duplication',
  withoutDetails: 'Duplicate without details',
};

/** `<name>_copy`, made unique with a counter (seed 002). */
export function defaultDuplicateName(name: string, taken: { id: string; name: string }[]): string {
  return uniqueName(`${name.trim().slice(0, 95)}_copy`, taken);
}

/** Even shares of 100 in whole percents (the first paths take the remainder): 34/33/33. */
export function evenPercents(count: number): number[] {
  const base = Math.floor(100 / count);
  return Array.from({ length: count }, (_, i) => base + (i < 100 - base * count ? 1 : 0));
}

/**
 * A node with its settings back to the defaults: structure only (Duplicate without details).
 * A name that only described the old settings ("Wait 7 days") follows the defaults ("Wait 5 days"),
 * as do split and path names that stated percents or conditions (restated-names.ts); a name the
 * person wrote stays. The journey's audience words the Entry: a people journey's is never
 * "Account audience".
 */
export function resetNodeSettings(node: JourneyNode, audience: Audience = 'account'): JourneyNode {
  const reset = namesAfterReset(node, resetSettingsOnly(node));
  const restates = nameDescribesSettings(node) && node.name.trim() !== NODE_TYPE_LABELS[node.type];
  return restates ? { ...reset, name: autoName(reset, undefined, audience) } : reset;
}

function resetSettingsOnly(node: JourneyNode): JourneyNode {
  switch (node.type) {
    case 'entry': {
      // The audience is a setting (seed 002: reuse the flow "with different audience"): its name
      // and the list it refers to by id both go; the trigger stays, and words the default name.
      const { listId: _unset, ...kept } = node.settings;
      return { ...node, settings: { ...kept, source: '' } };
    }
    case 'action':
      return {
        ...node,
        settings: { ...node.settings, actionId: null, params: {}, applyTo: { mode: 'all' } },
      };
    case 'wait':
      return { ...node, settings: { mode: 'duration', duration: { ...DEFAULT_WAIT } } };
    case 'waitForEvent':
      return { ...node, settings: { ...node.settings, eventName: '' } };
    case 'split':
      return {
        ...node,
        settings: {
          ...node.settings,
          paths: node.settings.paths.map((p) => ({ ...p, criteria: [] })),
        },
      };
    case 'gate':
      return { ...node, settings: { condition: '' } };
    case 'randomSplit': {
      const shares = evenPercents(node.settings.paths.length);
      return {
        ...node,
        settings: {
          ...node.settings,
          paths: node.settings.paths.map((p, i) => ({ ...p, percent: shares[i] })),
        },
      };
    }
    default:
      return node;
  }
}

/**
 * Drops references to authored content that Partial content duplication leaves behind;
 * Marketo Engage references (emailId, workspace ids) stay intact.
 */
function dropContentRefs(node: JourneyNode, dropped: ReadonlySet<string>): JourneyNode {
  if (node.type !== 'action') return node;
  const contentId = node.settings.params.contentId;
  if (typeof contentId !== 'string' || !dropped.has(contentId)) return node;
  const params = { ...node.settings.params };
  delete params.contentId;
  return { ...node, settings: { ...node.settings, params } };
}

/** The steps of a copy of `source` of the given type (same ids). */
export function duplicateNodes(
  source: Pick<Journey, 'nodes' | 'content' | 'audience'>,
  type: DuplicateType,
): JourneyNode[] {
  if (type === 'withoutDetails')
    return source.nodes.map((n) => resetNodeSettings(n, source.audience));
  const dropped = new Set(source.content.map((c) => c.id));
  return source.nodes.map((n) => dropContentRefs(n, dropped));
}

export interface DuplicateInput {
  id: string;
  name: string;
  description: string;
  type: DuplicateType;
  actor: Actor;
}

/** A new Draft (version 1 of a new lineage) copied from `source` as the chosen type says. */
export function duplicateJourney(source: Journey, input: DuplicateInput): Journey {
  const at = input.actor.at.toISOString();
  const nodes = duplicateNodes(source, input.type);
  const note = `Duplicated from "${source.name}" (${DUPLICATE_TYPE_LABELS[input.type]})`;
  return {
    ...source,
    id: input.id,
    lineageId: input.id,
    version: 1,
    name: input.name.trim(),
    description: input.description,
    status: 'Draft',
    createdBy: input.actor.by,
    createdAt: at,
    updatedBy: input.actor.by,
    updatedAt: at,
    publishedBy: null,
    publishedAt: null,
    scheduledStart: null,
    revision: 1,
    nodes: structuredClone(nodes),
    edges: structuredClone(source.edges),
    content: [],
    history: [historyEntry(input.actor, 'Duplicate', null, 'Draft', note)],
    origin: null,
  };
}
