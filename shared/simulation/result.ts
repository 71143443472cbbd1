import { z } from 'zod';

const Count = z.number().int().min(0);

/** A node's figures in people (account journeys report them beside the account figures). */
export const PeopleFigures = z.object({
  entered: Count,
  completed: Count,
  skipped: Count,
  waiting: Count,
  exited: Count,
  daily: z.array(Count),
  /** Journeys with a Go to: distinct people who entered (see NodeStats.distinct). */
  distinct: Count.optional(),
});
export type PeopleFigures = z.infer<typeof PeopleFigures>;

/**
 * Counters of one node in the journey's unit (accounts, or people in a people journey);
 * entered = completed + skipped + waiting + exited, in each unit.
 */
export const NodeStats = z.object({
  nodeId: z.string(),
  /** The step's name as every list shows it (two steps sharing a name told apart). */
  name: z.string().optional(),
  /** What the node acts on: the whole account, or people (a people action, a step on a split-by-people path). */
  level: z.enum(['account', 'people']).default('account'),
  /**
   * What entered, completed, skipped, waiting and exited count: accounts in an account journey
   * (people beside, in `people`), whatever `level` says; people otherwise. Absent in results
   * saved before it was added: read them as the result's `unit`.
   */
  unit: z.enum(['account', 'person']).optional(),
  entered: Count,
  completed: Count,
  /** Unconfigured action steps the profile passed without effect. */
  skipped: Count,
  /** Still inside the node at the horizon. */
  waiting: Count,
  /** Journeys that ended here (exit node, dropped, loop limit, aborted). */
  exited: Count,
  /** Entered count per virtual day (index = day). */
  daily: z.array(Count),
  /**
   * Journeys with a Go to, where a unit can enter a node more than once: distinct accounts (or
   * people) that entered, while `entered` counts visits. Absent when they cannot differ.
   */
  distinct: Count.optional(),
  /** Account journeys: the same figures counted in people. */
  people: PeopleFigures.optional(),
  /** Why an unconfigured step is skipped ("no action chosen"), when it is. */
  skipReason: z.string().optional(),
  /** Split by people: accounts that arrived with no people to divide and ended here (part of `exited`). */
  noPeople: Count.optional(),
  /**
   * Merge paths closing a split by people: the groups that arrived, one per account per path
   * taken, so its incoming edges (which carry groups) add up to `groups`, while `entered` counts
   * each account once, with its first group. Only there can an account arrive on two edges.
   */
  groups: Count.optional(),
  /**
   * What `groups` counts, beside it: groups of one account's people (not accounts, which `unit`
   * names for the other figures). Absent in results saved before it was added.
   */
  groupsUnit: z.literal('people group').optional(),
});
export type NodeStats = z.infer<typeof NodeStats>;

export const EdgeStats = z.object({
  edgeId: z.string(),
  /** The names of the steps the edge joins, as NodeStats.name. */
  from: z.string().optional(),
  to: z.string().optional(),
  /** What `count` counts: accounts (with `people` beside) or people. */
  unit: z.enum(['account', 'person']).optional(),
  count: Count,
  /** Traversals per virtual day (index = day). */
  daily: z.array(Count),
  /** Account journeys: the people on those accounts (or groups) that took the edge. */
  people: Count.optional(),
  peopleDaily: z.array(Count).optional(),
  /** Journeys with a Go to: distinct accounts (or people) that took the edge; `count` counts traversals. */
  distinct: Count.optional(),
  /** Account journeys with a Go to: the people on those distinct accounts. */
  peopleDistinct: Count.optional(),
});
export type EdgeStats = z.infer<typeof EdgeStats>;

/** Where journeys ended, each account (or person) once; `horizon` = still inside when the horizon came. */
export const ExitsByReason = z.object({
  exitNode: Count,
  horizon: Count,
  aborted: Count,
  loopLimit: Count,
  dropped: Count,
  /** Accounts that reached a split by people with no people to divide (account journeys). */
  noPeople: Count.default(0),
});
export type ExitsByReason = z.infer<typeof ExitsByReason>;

/**
 * One line of a trace: `day` numbered from 1 like the replay, `step` the node's name as every list
 * shows it (two steps sharing a name told apart), `nodeId` for machines, `note` what happened in
 * words (labels and names, never ids).
 */
export const TraceStep = z.object({
  day: z.number(),
  nodeId: z.string(),
  step: z.string(),
  note: z.string(),
});
export const ProfileTrace = z.object({
  /** Index of the profile, from 0. */
  profile: Count,
  /** The profile's number as the screen shows it ("Account 1"): profile + 1. */
  number: z.number().int().min(1).optional(),
  /** What the trace is called: the imported `name` with its key ("Acme (A1)"), else "Account 1". */
  label: z.string().optional(),
  steps: z.array(TraceStep),
});

export const SimWarning = z.object({
  code: z.string(),
  message: z.string(),
  nodeId: z.string().optional(),
});
export type SimWarning = z.infer<typeof SimWarning>;

const Unit = z.enum(['account', 'person']);

/**
 * What one catalog action did, counted as the action log counts (issue 17): `count` distinct
 * `unit`s it was applied to (an account action counts accounts, a people action people), `times`
 * how often it was applied (a Go to, or two steps with the action, reach one again). Results saved
 * before distinct counts hold only `times` (their old `steps`).
 */
export const ActionSteps = z.preprocess(
  (v) =>
    v !== null && typeof v === 'object' && 'steps' in v && !('times' in v)
      ? { ...v, times: (v as { steps: unknown }).steps }
      : v,
  z.object({
    /** The catalog action's label ("Send Sales Alert"); the record key is its catalog id. */
    label: z.string(),
    unit: Unit,
    count: Count.optional(),
    times: Count,
  }),
);
export type ActionSteps = z.infer<typeof ActionSteps>;

/** What an action-log entry names (the thing changed, not the step). */
export const ActionTargetKind = z.enum([
  'account list',
  'Marketo list',
  'group',
  'tag',
  'audience',
  'journey',
  'score',
  'attribute',
  'data key',
  'action',
]);
export type ActionTargetKind = z.infer<typeof ActionTargetKind>;

/**
 * One line of the action log, read by people and machines alike: `name` is the display name
 * (list, audience, journey, Action label), `id` the reference a machine matches on, `count`
 * how many distinct `unit`s it happened to (an account action counts accounts, a people action
 * people), as a CRM would: an account added to a list it is already on is not another account.
 */
export const ActionEntry = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActionTargetKind,
  unit: Unit,
  count: Count,
  /**
   * How many times the action ran for this entry, present when that can exceed `count`: a Go to
   * brings the same account (person) back, or two steps name the same target. Absent: equals count.
   */
  times: Count.optional(),
});
export type ActionEntry = z.infer<typeof ActionEntry>;

/** A score's entry: `count` distinct recipients, `change` the net change summed over every application. */
export const ScoreEntry = ActionEntry.extend({ change: z.number() });
export type ScoreEntry = z.infer<typeof ScoreEntry>;

/** The action log: what would have been sent or changed, never executed. Entries in journey order. */
export const ActionLog = z.object({
  /** Steps taken per catalog action id (see ActionSteps for the units). */
  byAction: z.record(z.string(), ActionSteps),
  scoreChanges: z.array(ScoreEntry),
  tagsAdded: z.array(ActionEntry),
  tagsRemoved: z.array(ActionEntry),
  listAdds: z.array(ActionEntry),
  listRemoves: z.array(ActionEntry),
  /** Adds that land within the horizon after the 0–48 h sync delay. */
  audienceAdds: z.array(ActionEntry),
  dataValuesSet: z.array(ActionEntry),
  journeyStarts: z.array(ActionEntry),
  /** Calls per custom Action step's Data Key (`id`), named by the custom Action. */
  customActionCalls: z.array(ActionEntry),
  /**
   * Other changes a CRM would see, per catalog action (`id`), named by its label: buying-group
   * assignment, stage and status, interesting moments, removal from a journey.
   */
  recordChanges: z.array(ActionEntry).default([]),
});
export type ActionLog = z.infer<typeof ActionLog>;

/** Messages to people on one channel: one per person who gets it. */
export const ChannelStats = z.object({
  /** Channel id: "email", "sms", or another channel's id. */
  id: z.string(),
  /** "Email", "SMS". */
  name: z.string(),
  unit: z.literal('person'),
  sent: Count,
  opened: Count,
  clicked: Count,
});
export type ChannelStats = z.infer<typeof ChannelStats>;

export const SimulationResult = z.object({
  /** 2: the action log, messages and notifications became named entries with their unit. */
  schemaVersion: z.literal(2),
  journeyId: z.string(),
  scenarioName: z.string(),
  seed: z.number().int(),
  horizonDays: z.number().int(),
  /** The simulated unit: an account (with its people) or a person. */
  unit: z.enum(['account', 'person']),
  profiles: z.object({
    /** Units that entered the journey. */
    admitted: Count,
    /** Arrivals refused because the journey was closed, aborted or past the horizon. */
    notAdmitted: Count,
  }),
  /**
   * Account journeys: the same in people. Conservation holds in both units:
   * admitted = exitNode + horizon + aborted + loopLimit + dropped + noPeople.
   */
  people: z.object({ admitted: Count, notAdmitted: Count, exits: ExitsByReason }).optional(),
  /** Lifecycle rehearsal: the virtual day (numbered from 1) on which every admitted account or person has completed the journey, so it would become Finished; null when some are still inside at the horizon. */
  finishedOnDay: z.number().int().min(1).nullable().default(null),
  nodes: z.array(NodeStats),
  edges: z.array(EdgeStats),
  exits: ExitsByReason,
  /** Messages to people per channel id (the entry's `id`): one per person who gets it. */
  messages: z.record(z.string(), ChannelStats),
  /**
   * Account journeys: notifications an account action sends about the account (Send Sales
   * Alert), one per account: `id` the catalog action, `name` its label. Kept apart from
   * `messages`, which count people.
   */
  accountNotifications: z.array(ActionEntry).default([]),
  actions: ActionLog,
  traces: z.array(ProfileTrace),
  warnings: z.array(SimWarning),
  /** Node entries summed over all nodes, in the journey's unit: one per account (or person, or an account's group on a path) per node visit; a merge counts each account once. */
  transitions: Count,
  /** Wall-clock time; the only non-deterministic field, left out of comparisons. */
  wallMs: z.number().min(0),
});
export type SimulationResult = z.infer<typeof SimulationResult>;

/** A result without its wall time: byte-identical for the same journey, scenario and seed. */
export function deterministicPart(result: SimulationResult): Omit<SimulationResult, 'wallMs'> {
  const { wallMs: _wallMs, ...rest } = result;
  return rest;
}
