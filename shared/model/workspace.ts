import { z } from 'zod';
import { SCHEMA_VERSION } from './common';

const Named = z.object({ id: z.string().min(1), name: z.string().trim().min(1).max(200) });

export const AttributeDef = z.object({
  key: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Use letters, digits and _ only'),
  label: z.string().min(1).max(200),
  type: z.enum(['string', 'number', 'boolean', 'date']),
  /**
   * Values the workspace knows (tiers, industries), offered by criteria value fields; another value
   * is a warning, not an error. Optional: files written before it stay valid. Unique (checked on update).
   */
  values: z
    .array(z.string().trim().min(1, 'A known value must not be empty').max(200))
    .max(200)
    .optional(),
});
export type AttributeDef = z.infer<typeof AttributeDef>;

export const AccountList = Named.extend({
  kind: z.enum(['static', 'smart']),
  status: z.enum(['live', 'draft']),
});
export type AccountList = z.infer<typeof AccountList>;

export const ExternalAudience = Named.extend({ description: z.string().max(1_000).default('') });

export const SolutionInterest = Named.extend({
  roles: z.array(z.string().min(1)).max(50),
  stages: z.array(z.string().min(1)).max(50),
});

export const MarketoWorkspace = Named.extend({
  lists: z.array(Named).max(500),
  requestCampaigns: z.array(Named).max(500),
  emails: z.array(Named).max(500),
  partitions: z.array(Named).max(100),
});

/** Reference data every select in the inspector draws from; exported with bundles. */
export const Workspace = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  name: z.string().min(1).max(200),
  /** The name recorded as Created by / Updated by on this machine. */
  currentUser: z.string().min(1).max(200),
  accountAttributes: z.array(AttributeDef).max(500),
  personAttributes: z.array(AttributeDef).max(500),
  accountLists: z.array(AccountList).max(500),
  externalAudiences: z.array(ExternalAudience).max(500),
  solutionInterests: z.array(SolutionInterest).max(100),
  marketoWorkspaces: z.array(MarketoWorkspace).max(50),
  tags: z.array(z.string().min(1)).max(500),
  groups: z.array(z.string().min(1)).max(500),
  crmTaskTypes: z.array(z.string().min(1)).max(100),
  scoreNames: z.array(z.string().min(1)).max(100),
  events: z.array(z.string().min(1)).max(500),
});
export type Workspace = z.infer<typeof Workspace>;
