import { z } from 'zod';
import { DisplayName, IsoDateTime } from '../model';

/** Module ids the core ships (seed 003: HTTP request as a webhook, and a mock for demos and tests). */
export const ModuleId = z.enum(['http', 'mock']);
export type ModuleId = z.infer<typeof ModuleId>;

/** A secret kept through the secrets interface: only its id and a masked hint live in actions.json. */
export const SecretRef = z.object({
  secretId: z.string().min(1).max(200),
  /** What the UI may show, e.g. "••••1234"; never the value. */
  hint: z.string().max(20),
});
export type SecretRef = z.infer<typeof SecretRef>;

/** Non-secret configuration values, as the module's config schema accepts them. */
export const ConfigValues = z.record(z.string().max(100), z.unknown());
export type ConfigValues = z.infer<typeof ConfigValues>;

/** One configured Action (Actions tab): Name, Type = module, Configuration. No secret values. */
export const ActionDefinition = z.object({
  id: z.string().min(1).max(200),
  name: DisplayName,
  module: ModuleId,
  config: ConfigValues,
  /** Secret config fields by name, and credentials taken out of the rest by slot (`header:Cookie`…). */
  secrets: z.record(z.string().max(400), SecretRef).default({}),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type ActionDefinition = z.infer<typeof ActionDefinition>;

/** `<data dir>/actions.json`. */
export const ActionsFile = z.object({
  schemaVersion: z.literal(1),
  actions: z.array(ActionDefinition).max(1_000),
});
export type ActionsFile = z.infer<typeof ActionsFile>;

/** A secret field as the UI sees it: whether it is set and its masked hint. */
export const SecretView = z.object({ set: z.boolean(), hint: z.string() });

/** An Action as every channel returns it: secrets masked, functions listed, users named. */
export const ActionView = ActionDefinition.omit({ secrets: true }).extend({
  moduleLabel: z.string(),
  secrets: z.record(z.string(), SecretView),
  functions: z.array(z.string()),
  /** Journeys whose Action steps use it (delete is refused while any does). */
  usedBy: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ActionView = z.infer<typeof ActionView>;

/** Masks a secret for display: the last four characters at most, and only for long values. */
export function maskSecret(value: string): string {
  return value.length >= 12 ? `••••${value.slice(-4)}` : '••••';
}
