import { z } from 'zod';
import { AppError } from '../errors';
import { ImportPolicy, ImportSummary } from '../bundle';

/**
 * The REST API v1 that remotes speak (`serve --remote` and `journey-studio hub`), declared once:
 * the client in electron/core/remotes and both servers read their paths, schemas and version here.
 */
export const REST_API_VERSION = 1;
export const REST_PREFIX = '/api/v1';

export const REST_PATHS = {
  info: `${REST_PREFIX}/info`,
  journeys: `${REST_PREFIX}/journeys`,
  /** One published journey: `${journeys}/:id`. */
  journey: (id: string) => `${REST_PREFIX}/journeys/${encodeURIComponent(id)}`,
  bundles: `${REST_PREFIX}/bundles`,
  /** Hub only, admin scope: tokens, push history and audit log. */
  hubTokens: `${REST_PREFIX}/hub/tokens`,
  hubToken: (id: string) => `${REST_PREFIX}/hub/tokens/${encodeURIComponent(id)}`,
  hubPushes: `${REST_PREFIX}/hub/pushes`,
  hubAudit: `${REST_PREFIX}/hub/audit`,
} as const;

/** The id of `/api/v1/journeys/:id` (or of a hub token), or null when the path is not one. */
export function restPathId(path: string, collection: 'journeys' | 'hub/tokens'): string | null {
  const match = new RegExp(`^${REST_PREFIX}/${collection}/([^/]+)$`).exec(path);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    // The route is right but the id is not valid percent-encoding: the client's mistake (400).
    throw new AppError(
      'invalid_input',
      `The id in ${collection}/… is not valid percent-encoding`,
      'path',
    );
  }
}

/** `GET /info`: who answers and which API version it speaks. */
export const RestInfo = z.object({
  apiVersion: z.number(),
  app: z.string().optional(),
  appVersion: z.string(),
  kind: z.enum(['instance', 'hub']).optional(),
});
export type RestInfo = z.infer<typeof RestInfo>;

/** A published journey as a remote lists it, with a hash of its content for same/differs. */
export const RestJourney = z.object({
  id: z.string(),
  lineageId: z.string(),
  name: z.string(),
  version: z.number(),
  status: z.string(),
  updatedAt: z.string(),
  contentHash: z.string(),
});
export type RestJourney = z.infer<typeof RestJourney>;
export const RestJourneyList = z.object({ journeys: z.array(RestJourney) });

/** `POST /bundles`: the push id (Idempotency-Key header) and the conflict policy (query). */
export const PushKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,200}$/, 'Idempotency-Key must be 8–200 letters, digits, _ or -');
export const PushPolicy = ImportPolicy;
export const DEFAULT_PUSH_POLICY: ImportPolicy = 'overwrite';
/** The answer to a push; a retry under the same key gets the first answer with `replayed`. */
export const PushResult = z.object({
  pushId: z.string(),
  replayed: z.boolean(),
  summary: ImportSummary,
});
export type PushResult = z.infer<typeof PushResult>;

/** Every refusal: `{ error: { code, message, field? } }`. */
export const RestErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});

/** `GET /bundles?ids=a,b&versions=1`. */
export function pullQuery(ids: readonly string[], includeVersions: boolean): string {
  return new URLSearchParams({
    ids: ids.join(','),
    versions: includeVersions ? '1' : '0',
  }).toString();
}
