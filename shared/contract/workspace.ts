import { z } from 'zod';
import { ExternalAudience, Workspace } from '../model';

/** Ids and keys must be unique within each collection, or selects would be ambiguous. */
function uniqueIn(
  ctx: z.RefinementCtx,
  items: readonly string[],
  path: (string | number)[],
  what: string,
) {
  const seen = new Set<string>();
  items.forEach((value, index) => {
    if (seen.has(value))
      ctx.addIssue({
        code: 'custom',
        message: `${what} "${value}" appears twice`,
        path: [...path, index],
      });
    seen.add(value);
  });
}

/** A whole workspace whose collections have unique ids, keys and names. */
export const WorkspaceUpdate = Workspace.superRefine((ws, ctx) => {
  uniqueIn(
    ctx,
    ws.accountAttributes.map((a) => a.key),
    ['accountAttributes'],
    'Account attribute',
  );
  uniqueIn(
    ctx,
    ws.personAttributes.map((a) => a.key),
    ['personAttributes'],
    'Person attribute',
  );
  for (const scope of ['accountAttributes', 'personAttributes'] as const) {
    ws[scope].forEach((a, i) =>
      uniqueIn(ctx, a.values ?? [], [scope, i, 'values'], `${a.label}: value`),
    );
  }
  for (const key of [
    'accountLists',
    'externalAudiences',
    'solutionInterests',
    'marketoWorkspaces',
  ] as const) {
    uniqueIn(
      ctx,
      ws[key].map((i) => i.id),
      [key],
      'Id',
    );
  }
  for (const key of ['tags', 'groups', 'crmTaskTypes', 'scoreNames', 'events'] as const) {
    uniqueIn(ctx, ws[key], [key], 'Value');
  }
  ws.marketoWorkspaces.forEach((m, i) => {
    for (const key of ['lists', 'requestCampaigns', 'emails', 'partitions'] as const) {
      uniqueIn(
        ctx,
        m[key].map((x) => x.id),
        ['marketoWorkspaces', i, key],
        'Id',
      );
    }
  });
});

/** Seed 000 "Create external customer audience": Name required, Description optional. */
export const NewAudience = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Name is required')
      .max(200, 'Name must be at most 200 characters'),
    description: z
      .string()
      .trim()
      .max(1_000, 'Description must be at most 1000 characters')
      .default(''),
  })
  .strict();

/** Workspace reference data edits (Settings) and audiences created from the action. */
export const workspaceChannels = {
  /** Replaces the workspace reference data (Settings → Save); returns what was stored. */
  'workspace.update': {
    input: z.object({ workspace: WorkspaceUpdate }).strict(),
    output: Workspace,
  },
  /** Which journeys use each account list and external audience (Settings warns before a delete). */
  'workspace.listUsage': {
    input: z.object({}).strict(),
    output: z.object({
      accountLists: z.record(z.string(), z.array(z.string())),
      externalAudiences: z.record(z.string(), z.array(z.string())),
    }),
  },
  /** Creates an external customer audience (names are unique, ignoring case) and returns it. */
  'audiences.create': { input: NewAudience, output: ExternalAudience },
} as const;
