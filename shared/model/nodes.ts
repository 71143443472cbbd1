import { z } from 'zod';
import { DisplayName, Position } from './common';
import { ApplyTo, Criterion } from './criteria';

export const DurationUnit = z.enum(['minutes', 'hours', 'days', 'weeks']);
export type DurationUnit = z.infer<typeof DurationUnit>;

export const Duration = z.object({
  amount: z.number().int().min(0).max(100_000),
  unit: DurationUnit,
});
export type Duration = z.infer<typeof Duration>;

/** Seed 002: every Wait defaults to five days. */
export const DEFAULT_WAIT: Duration = { amount: 5, unit: 'days' };

const base = {
  id: z.string().min(1),
  name: DisplayName,
  position: Position,
};

export const EntryNode = z.object({
  ...base,
  type: z.literal('entry'),
  settings: z.object({
    trigger: z.enum(['audience', 'segment', 'event', 'date']),
    /** Audience or segment name, event name or ISO date, depending on the trigger. */
    source: z.string().max(200).default(''),
    /**
     * The id of the workspace list an audience or segment Entry lets in, so a rename follows; `source`
     * keeps its name as last seen, shown when the list is gone. Absent on Entries saved before ids
     * (and on bundles from other workspaces): those match the list by name.
     */
    listId: z.string().min(1).max(200).optional(),
  }),
});

/** "Take an action": one catalog action, or a custom Action step (seed 003). */
export const ActionNode = z.object({
  ...base,
  type: z.literal('action'),
  settings: z.object({
    /** Account journeys first ask Accounts or People (seed 000). */
    scope: z.enum(['account', 'people']).nullable(),
    actionId: z.string().nullable(),
    params: z.record(z.string(), z.unknown()),
    applyTo: ApplyTo,
  }),
});

export const WaitNode = z.object({
  ...base,
  type: z.literal('wait'),
  settings: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('duration'), duration: Duration }),
    z.object({ mode: z.literal('until'), until: z.string().max(40) }),
  ]),
});

/** Outputs: `event` when it happens within the window, `timeout` otherwise. */
export const WaitForEventNode = z.object({
  ...base,
  type: z.literal('waitForEvent'),
  settings: z.object({
    eventName: z.string().max(200),
    timeout: Duration,
  }),
});

export const SplitPath = z.object({
  id: z.string().min(1),
  name: DisplayName,
  match: z.enum(['all', 'any']).default('all'),
  criteria: z.array(Criterion).max(50),
});
export type SplitPath = z.infer<typeof SplitPath>;

/** Ordered paths, first match wins; the `other` output takes the rest. */
export const SplitNode = z.object({
  ...base,
  type: z.literal('split'),
  settings: z.object({
    splitBy: z.enum(['accounts', 'people']),
    paths: z.array(SplitPath).min(1).max(25),
  }),
});

export const RandomPath = z.object({
  id: z.string().min(1),
  name: DisplayName,
  percent: z.number().min(0).max(100),
});
export type RandomPath = z.infer<typeof RandomPath>;

export const RandomSplitNode = z.object({
  ...base,
  type: z.literal('randomSplit'),
  settings: z.object({ paths: z.array(RandomPath).min(2).max(25) }),
});

/** A Liquid condition; outputs `true` and `false`. */
export const GateNode = z.object({
  ...base,
  type: z.literal('gate'),
  settings: z.object({ condition: z.string().max(5_000) }),
});

export const MergeNode = z.object({ ...base, type: z.literal('merge'), settings: z.object({}) });

export const GotoNode = z.object({
  ...base,
  type: z.literal('goto'),
  settings: z.object({ targetNodeId: z.string().nullable() }),
});

export const ExitNode = z.object({
  ...base,
  type: z.literal('exit'),
  settings: z.object({ reason: z.string().max(200).default('') }),
});

export const JourneyNode = z.discriminatedUnion('type', [
  EntryNode,
  ActionNode,
  WaitNode,
  WaitForEventNode,
  SplitNode,
  RandomSplitNode,
  GateNode,
  MergeNode,
  GotoNode,
  ExitNode,
]);
export type JourneyNode = z.infer<typeof JourneyNode>;
export type NodeType = JourneyNode['type'];
export type NodeOf<T extends NodeType> = Extract<JourneyNode, { type: T }>;
export type ActionSettings = NodeOf<'action'>['settings'];

/** An edge leaves a node through a named output (`out`, a path id, `true`/`false`, `event`/`timeout`, `other`). */
export const JourneyEdge = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  sourceHandle: z.string().min(1).default('out'),
  target: z.string().min(1),
});
export type JourneyEdge = z.infer<typeof JourneyEdge>;

export { Criterion };
