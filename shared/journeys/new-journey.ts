import { defaultEntryName } from '../graph/auto-name';
import { newId, SCHEMA_VERSION, type Audience, type Journey, type JourneyNode } from '../model';

export interface NewJourneyInput {
  name: string;
  description: string;
  audience: Audience;
  user: string;
  now: Date;
}

/** The nodes a new journey starts with: an Entry leading to an Exit. */
export function starterNodes(audience: Audience): JourneyNode[] {
  // A people journey starts from people (a segment), an account journey from an account audience.
  const trigger = audience === 'account' ? 'audience' : 'segment';
  return [
    {
      id: 'entry',
      type: 'entry',
      name: defaultEntryName(trigger, audience),
      position: { x: 0, y: 0 },
      settings: { trigger, source: '' },
    },
    {
      id: 'exit',
      type: 'exit',
      name: 'Exit',
      position: { x: 0, y: 160 },
      settings: { reason: '' },
    },
  ];
}

/** A new Draft journey, version 1 of a new lineage. */
export function newJourney(input: NewJourneyInput): Journey {
  const at = input.now.toISOString();
  const id = newId();
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    lineageId: id,
    version: 1,
    name: input.name.trim(),
    description: input.description,
    audience: input.audience,
    status: 'Draft',
    createdBy: input.user,
    createdAt: at,
    updatedBy: input.user,
    updatedAt: at,
    publishedBy: null,
    publishedAt: null,
    scheduledStart: null,
    revision: 1,
    nodes: starterNodes(input.audience),
    edges: [{ id: 'entry-exit', source: 'entry', sourceHandle: 'out', target: 'exit' }],
    content: [],
    history: [{ at, by: input.user, action: 'Create', from: null, to: 'Draft' }],
    origin: null,
  };
}
