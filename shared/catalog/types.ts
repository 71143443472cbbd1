import type { z } from 'zod';
import type { Audience } from '../model';
import type { JourneyRefUse } from './journey-refs';

/** Who an action changes: every person of the accounts on the path, or the people on it. */
export type ActionScope = 'account' | 'people';

/** Catalog groups in the order the seeds list them (000, then 001, then 003). */
export const ACTION_GROUPS = [
  'Account actions',
  'Journey Optimizer B2B',
  'Marketo Engage',
  'Messaging',
  'Contact updates',
  'Journey control',
  'Integrations',
] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

/** How the inspector draws a parameter. */
export type WidgetKind = 'text' | 'textarea' | 'number' | 'select' | 'radio' | 'keyValue';

/**
 * Where a select's options come from. Workspace collections by name; dotted sources are
 * nested in the item chosen by the field's `dependsOn` (e.g. the Marketo workspace's lists).
 */
export type OptionSource =
  | 'accountAttributes'
  | 'personAttributes'
  | 'accountLists'
  | 'externalAudiences'
  | 'solutionInterests'
  | 'solutionInterest.roles'
  | 'solutionInterest.stages'
  | 'marketoWorkspaces'
  | 'marketoWorkspace.lists'
  | 'marketoWorkspace.requestCampaigns'
  | 'marketoWorkspace.emails'
  | 'marketoWorkspace.partitions'
  | 'tags'
  | 'groups'
  | 'crmTaskTypes'
  | 'scoreNames'
  | 'journeys.account'
  | 'journeys.people'
  | 'content.email'
  | 'content.sms'
  | 'customActions'
  | 'customAction.functions';

/** A condition on another parameter: the field is shown (and required) only when it holds. */
export interface FieldCondition {
  field: string;
  equals: string;
}

/** One parameter of an action: its value constraint plus what the generated form needs. */
export interface ParamField {
  name: string;
  label: string;
  help?: string;
  widget: WidgetKind;
  /** Constraint on a value that is present; absence is a completeness question, not a type error. */
  schema: z.ZodType;
  /** Needed before the step is complete (publishable). */
  required: boolean;
  /** Shown, and required when `required`, only when this holds. */
  when?: FieldCondition;
  /** For `select`: the reference collection feeding the options. */
  options?: OptionSource;
  /** For `select`/`radio` over a fixed list. */
  choices?: readonly string[];
  /** The parameter whose value scopes `options` (e.g. `marketoWorkspaceId`). */
  dependsOn?: string;
  /** For journey selects: entering needs a Live target, removing also allows Closed to new entries. */
  journeyUse?: JourneyRefUse;
  /** The value may contain Liquid (`{{ journey.my_action.body }}`). */
  liquid?: boolean;
}

/** Membership collections the simulator keeps per profile or account. */
export type Membership = 'accountList' | 'marketoList' | 'tag' | 'group';

/** What the simulator does when a profile (or account) passes the step. */
export type SimulationEffect =
  | {
      kind: 'setAttribute';
      target: 'account' | 'person';
      /** The parameter naming the attribute, or a fixed attribute this action writes. */
      attribute: { param: string } | { fixed: string };
      valueParam: string;
    }
  | { kind: 'changeScore'; scoreParam: string; deltaParam: string }
  | { kind: 'addToList'; membership: Membership; param: string }
  | { kind: 'removeFromList'; membership: Membership; param: string; ignoredWhenAbsent: true }
  | { kind: 'send'; channel: 'email' | 'sms' | 'notification' | 'site' }
  | { kind: 'startJourney'; param: string }
  | { kind: 'exitJourney'; param: string }
  | { kind: 'addToAudience'; param: string; delayHours: { min: 0; max: 48 } }
  | { kind: 'buyingGroup'; operation: 'assign' | 'remove' | 'setStage' | 'setStatus' }
  | { kind: 'interestingMoment' }
  | { kind: 'custom'; dataKeyParam: string }
  | { kind: 'log' };

/** What an action module declares; `defineAction` derives the schemas from it. */
export interface ActionSpec {
  id: string;
  /** Exactly as the seed spells it. */
  label: string;
  scope: ActionScope;
  group: ActionGroup;
  /** Journey audiences whose "Take an action" offers it. */
  audiences: readonly Audience[];
  description: string;
  fields: readonly ParamField[];
  simulation: SimulationEffect;
}

/** A catalog entry. */
export interface ActionDef extends ActionSpec {
  /** Draft schema: every field optional (`{}` saves), values constrained. */
  params: z.ZodObject;
  /** A fully configured step: required fields present and non-empty. */
  complete: z.ZodType;
  /** Parameters whose values may hold Liquid. */
  liquidFields: readonly string[];
}
