import { z } from 'zod';
import { HubAuditEntry, HubPush, HubScope, HubToken, HubTokenCreated } from './hub-api';
import { RemoteName } from './remotes';

/** The Team hub page: a remote that is a hub, seen through its admin token. */
export const HubOverview = z.object({
  tokens: z.array(HubToken),
  pushes: z.array(HubPush),
  audit: z.array(HubAuditEntry),
});
export type HubOverview = z.infer<typeof HubOverview>;

export const hubChannels = {
  /** Tokens, the latest pushes and the latest audit entries of a hub (the remote's token needs the admin scope). */
  'hub.overview': { input: z.object({ name: RemoteName }).strict(), output: HubOverview },
  /** Creates a hub token; its value is in the answer once. */
  'hub.createToken': {
    input: z
      .object({
        name: RemoteName,
        label: z
          .string()
          .trim()
          .min(1, 'Label is required')
          .max(100, 'Label: at most 100 characters'),
        scopes: z.array(HubScope).min(1, 'Choose at least one scope').max(3),
        expiresInDays: z
          .number()
          .int()
          .min(1, 'Expires in: at least 1 day')
          .max(3650, 'Expires in: at most 3650 days')
          .nullable()
          .default(null),
      })
      .strict(),
    output: HubTokenCreated,
  },
  /** Revokes a hub token by id. */
  'hub.revokeToken': {
    input: z.object({ name: RemoteName, id: z.string().min(1).max(100) }).strict(),
    output: HubToken,
  },
} as const;
