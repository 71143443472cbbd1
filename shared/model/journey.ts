import { z } from 'zod';
import { Audience, DisplayName, IsoDateTime, JourneyStatus, SCHEMA_VERSION } from './common';
import { JourneyEdge, JourneyNode } from './nodes';

/** Authored content (emails, SMS); "Partial content duplication" leaves these out. */
export const ContentAsset = z.object({
  id: z.string().min(1),
  kind: z.enum(['email', 'sms']),
  name: DisplayName,
  subject: z.string().max(500).default(''),
  from: z.string().max(200).default(''),
  body: z.string().max(100_000).default(''),
});
export type ContentAsset = z.infer<typeof ContentAsset>;

/** One lifecycle change: who did what, when, from which status to which. */
export const HistoryEntry = z.object({
  at: IsoDateTime,
  by: z.string(),
  action: z.string(),
  from: JourneyStatus.nullable(),
  to: JourneyStatus,
  note: z.string().max(500).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** The part of a journey the editor changes and `journeys.save` accepts. */
export const JourneyBody = z.object({
  description: z.string().max(1_000).default(''),
  nodes: z.array(JourneyNode).max(5_000),
  edges: z.array(JourneyEdge).max(20_000),
  content: z.array(ContentAsset).max(500).default([]),
});
export type JourneyBody = z.infer<typeof JourneyBody>;

export const Journey = JourneyBody.extend({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  lineageId: z.string().min(1),
  version: z.number().int().min(1),
  name: DisplayName,
  audience: Audience,
  status: JourneyStatus,
  createdBy: z.string(),
  createdAt: IsoDateTime,
  updatedBy: z.string(),
  updatedAt: IsoDateTime,
  publishedBy: z.string().nullable(),
  publishedAt: IsoDateTime.nullable(),
  /** Publish with a start time: Scheduled until then. */
  scheduledStart: IsoDateTime.nullable().default(null),
  /** Increments on every save; `journeys.save` must name the revision it started from. */
  revision: z.number().int().min(1),
  history: z.array(HistoryEntry).default([]),
  /** Published on another instance and imported here. */
  origin: z.string().nullable().default(null),
});
export type Journey = z.infer<typeof Journey>;

/** What the library table shows; kept in the rebuildable index. */
export const JourneySummary = Journey.pick({
  id: true,
  lineageId: true,
  version: true,
  name: true,
  description: true,
  audience: true,
  status: true,
  createdBy: true,
  createdAt: true,
  updatedBy: true,
  updatedAt: true,
  publishedBy: true,
  publishedAt: true,
  scheduledStart: true,
  revision: true,
  origin: true,
}).extend({ nodeCount: z.number().int().min(0) });
export type JourneySummary = z.infer<typeof JourneySummary>;

/** The summary the index keeps for a journey document. */
export function summarize(j: Journey): JourneySummary {
  return {
    id: j.id,
    lineageId: j.lineageId,
    version: j.version,
    name: j.name,
    description: j.description,
    audience: j.audience,
    status: j.status,
    createdBy: j.createdBy,
    createdAt: j.createdAt,
    updatedBy: j.updatedBy,
    updatedAt: j.updatedAt,
    publishedBy: j.publishedBy,
    publishedAt: j.publishedAt,
    scheduledStart: j.scheduledStart,
    revision: j.revision,
    origin: j.origin,
    nodeCount: j.nodes.length,
  };
}
