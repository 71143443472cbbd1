import { z } from 'zod';
import { ImportPolicy, ImportSummary } from '../bundle';

/**
 * The team hub's admin part of REST API v1 (paths in `rest-api.ts`): API tokens, push history and
 * the audit log. Only a token with the admin scope reaches them.
 */

/** read: info, lists and pulls; push: uploading bundles; admin: tokens, history and audit log. */
export const HubScope = z.enum(['read', 'push', 'admin']);
export type HubScope = z.infer<typeof HubScope>;

/** A hub token as listed: never its value or hash. */
export const HubToken = z.object({
  id: z.string(),
  label: z.string(),
  scopes: z.array(HubScope),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type HubToken = z.infer<typeof HubToken>;
export const HubTokenList = z.object({ tokens: z.array(HubToken) });

/** `POST /hub/tokens`: what a new token may do and for how long. */
export const HubTokenRequest = z
  .object({
    label: z.string().trim().min(1, 'Label is required').max(100, 'Label: at most 100 characters'),
    scopes: z.array(HubScope).min(1, 'Choose at least one scope').max(3),
    /** Days until it expires; none: it never expires. */
    expiresInDays: z
      .number()
      .int()
      .min(1, 'Expires in: at least 1 day')
      .max(3650, 'Expires in: at most 3650 days')
      .nullable()
      .default(null),
  })
  .strict();
export type HubTokenRequest = z.input<typeof HubTokenRequest>;
/** The created token: its value is shown this once. */
export const HubTokenCreated = z.object({ token: z.string(), info: HubToken });
export type HubTokenCreated = z.infer<typeof HubTokenCreated>;

/** One push as the history shows it: who, when, which journeys, the result. */
export const HubPush = z.object({
  pushId: z.string(),
  at: z.string(),
  by: z.string(),
  policy: ImportPolicy,
  journeyIds: z.array(z.string()),
  result: z.enum(['applied', 'replayed', 'refused']),
  message: z.string().nullable(),
  summary: ImportSummary.nullable(),
});
export type HubPush = z.infer<typeof HubPush>;
export const HubPushList = z.object({ pushes: z.array(HubPush) });

/** One change the hub made, with who made it. */
export const HubAuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  detail: z.string().nullable(),
});
export type HubAuditEntry = z.infer<typeof HubAuditEntry>;
export const HubAuditList = z.object({ entries: z.array(HubAuditEntry) });

/** `?limit=` of the history and audit lists. */
export const HubListLimit = z.coerce.number().int().min(1).max(1000).default(100);
