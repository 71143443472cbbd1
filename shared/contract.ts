import type { z } from 'zod';
import { actionChannels } from './contract/actions';
import { appChannels } from './contract/app';
import { bundleChannels } from './contract/bundles';
import { fieldDraftChannels } from './contract/field-drafts';
import { hubChannels } from './contract/hub';
import { journeyChannels } from './contract/journeys';
import { lifecycleChannels } from './contract/lifecycle';
import { presentationChannels } from './contract/presentation';
import { recoveryChannels } from './contract/recovery';
import { reportChannels } from './contract/reports';
import { remoteChannels } from './contract/remotes';
import { settingsChannels } from './contract/settings';
import { simulationChannels } from './contract/simulation';
import { templateChannels } from './contract/templates';
import { workspaceChannels } from './contract/workspace';

/**
 * Every channel across every process boundary: channel -> { input, output } zod schemas.
 * Each feature declares its channels in `contract/<feature>.ts`; this map merges them.
 */
export const contract = {
  ...actionChannels,
  ...appChannels,
  ...journeyChannels,
  ...fieldDraftChannels,
  ...lifecycleChannels,
  ...settingsChannels,
  ...bundleChannels,
  ...simulationChannels,
  ...recoveryChannels,
  ...remoteChannels,
  ...hubChannels,
  ...workspaceChannels,
  ...templateChannels,
  ...presentationChannels,
  ...reportChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (defaults still optional). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives after validation. */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
