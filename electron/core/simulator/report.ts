import { getAction } from '../../../shared/catalog';
import type { Journey } from '../../../shared/model';
import type {
  ActionEntry,
  ActionLog,
  ChannelStats,
  Scenario,
  ScoreEntry,
  SimulationResult,
  SimWarning,
} from '../../../shared/simulation';
import {
  lifecycleWarnings,
  nodeFigure,
  targetName,
  traceNames,
  type NodeStats,
} from '../../../shared/simulation';
import { logEntryKey, type LogField } from './action-reach';
import { REASON, type Counters } from './counters';
import { EFFECT } from './effects';
import { KIND } from './graph';
import type { SimProgram } from './setup';
import type { TraceStep } from './trace';

/** What the report reads of a run (one part, or the parts of a pool added up). */
export interface RunTotals {
  counters: Counters;
  /** Traces of the first profiles, in profile order. */
  traces: TraceStep[][];
}

const fmt = (v: number) => v.toLocaleString('en-US');
/** "accounts" / "people" (or singular) for a count of the journey's unit. */
const unitWord = (prog: SimProgram, v: number) =>
  prog.accountUnits ? (v === 1 ? 'account' : 'accounts') : v === 1 ? 'person' : 'people';

/** Turns the run's typed counters into the SimulationResult document (wall time filled by the caller). */
export function buildResult(
  journey: Journey,
  scenario: Scenario,
  prog: SimProgram,
  out: RunTotals,
  warnings: SimWarning[],
): SimulationResult {
  const c = out.counters;
  const g = prog.graph;
  const days = c.days;
  const accounts = prog.accountUnits;
  // Only a Go to brings a unit back to a node, so only then can visits exceed distinct units.
  const revisits = g.kind.includes(KIND.goto);
  const nameOf = new Map(g.nodes.map((node, n) => [node.id, g.stepNames[n]]));
  const edgeEnds = new Map(journey.edges.map((e) => [e.id, e]));
  const closesPeopleSplit = new Set(Array.from(prog.mergeOf).filter((m) => m >= 0));
  const series = (a: Float64Array, i: number) => Array.from(a.subarray(i * days, (i + 1) * days));
  const unit = accounts ? ('account' as const) : ('person' as const);
  const nodes: NodeStats[] = g.nodes.map((node, n) => ({
    nodeId: node.id,
    name: g.stepNames[n],
    // A people journey acts on people at every node.
    level: !accounts || prog.peopleLevel[n] === 1 ? ('people' as const) : ('account' as const),
    // Said on every node: beside "level": "people" an account count must not read as people.
    unit,
    entered: c.entered[n],
    completed: c.completed[n],
    skipped: c.skipped[n],
    waiting: c.waiting[n],
    exited: c.exited[n],
    daily: series(c.daily, n),
    ...(revisits ? { distinct: c.distinct[n] } : {}),
    ...(accounts
      ? {
          people: {
            entered: c.pEntered[n],
            completed: c.pCompleted[n],
            skipped: c.pSkipped[n],
            waiting: c.pWaiting[n],
            exited: c.pExited[n],
            daily: series(c.pDaily, n),
            ...(revisits ? { distinct: c.pDistinct[n] } : {}),
          },
        }
      : {}),
    ...(c.skipped[n] > 0 ? { skipReason: skipReason(node) } : {}),
    ...(c.noPeople[n] > 0 ? { noPeople: c.noPeople[n] } : {}),
    // `groups` counts people groups, not the node's `unit`: it names its own.
    ...(closesPeopleSplit.has(n)
      ? { groups: c.groups[n], groupsUnit: 'people group' as const }
      : {}),
  }));
  return {
    schemaVersion: 2,
    journeyId: journey.id,
    scenarioName: scenario.name,
    seed: scenario.seed,
    horizonDays: scenario.horizonDays,
    unit: accounts ? 'account' : 'person',
    profiles: { admitted: c.admitted, notAdmitted: c.notAdmitted },
    ...(accounts
      ? { people: { admitted: c.pAdmitted, notAdmitted: c.pNotAdmitted, exits: exitsOf(c.pEnded) } }
      : {}),
    finishedOnDay: finishedOnDay(scenario, c),
    nodes,
    edges: g.edgeIds.map((edgeId, e) => ({
      edgeId,
      from: nameOf.get(edgeEnds.get(edgeId)?.source ?? ''),
      to: nameOf.get(edgeEnds.get(edgeId)?.target ?? ''),
      unit: accounts ? ('account' as const) : ('person' as const),
      count: c.edges[e],
      daily: series(c.edgeDaily, e),
      ...(accounts ? { people: c.pEdges[e], peopleDaily: series(c.pEdgeDaily, e) } : {}),
      ...(revisits ? { distinct: c.edgeDistinct[e] } : {}),
      ...(revisits && accounts ? { peopleDistinct: c.pEdgeDistinct[e] } : {}),
    })),
    exits: exitsOf(c.ended),
    ...actionLog(journey, prog, c),
    traces: tracesOf(scenario, unit, out.traces),
    warnings: [
      // Rehearsal days past the horizon, in the scenario form's words (it shows them before a run).
      ...lifecycleWarnings(scenario.lifecycle, scenario.horizonDays).map(({ code, message }) => ({
        code,
        message,
      })),
      ...warnings,
      ...runWarnings(prog, c, unit, nodes),
      ...backToBackSends(journey, prog, c),
    ],
    transitions: c.transitions,
    wallMs: 0,
  };
}

function exitsOf(ended: Float64Array): SimulationResult['exits'] {
  return {
    exitNode: ended[REASON.exitNode],
    horizon: ended[REASON.horizon],
    aborted: ended[REASON.aborted],
    loopLimit: ended[REASON.loopLimit],
    dropped: ended[REASON.dropped],
    noPeople: ended[REASON.noPeople],
  };
}

/** Why a step is skipped, in the words the results banner uses. */
export function skipReason(node: Journey['nodes'][number]): string {
  if (node.type !== 'action') return 'not configured';
  if (node.settings.actionId === null || node.settings.actionId === '') return 'no action chosen';
  return 'settings incomplete';
}

/**
 * Seed 002: a Live or Closed journey becomes Finished when all accounts complete it. With no
 * more arrivals to come (closed to new entries, or everyone admitted) and nobody left inside,
 * that is the day the last journey ended; an abort makes it Aborted instead.
 */
function finishedOnDay(scenario: Scenario, c: Counters): number | null {
  if (c.ended[REASON.horizon] > 0 || c.ended[REASON.aborted] > 0 || c.admitted === 0) return null;
  const moreToCome = c.notAdmitted > 0 && scenario.lifecycle.closeAtDay === undefined;
  if (moreToCome) return null;
  return Math.floor(c.lastEnd / 86_400) + 1;
}

const CHANNEL_NAMES: Record<string, string> = {
  email: 'Email',
  sms: 'SMS',
  notification: 'Notification',
  site: 'Site notification',
};

/**
 * Entries of one log field, one per action-log slot (kind, id, unit), in the order the journey
 * first names them. `count` is the distinct accounts or people reached; where one can be reached
 * twice (a Go to, or two steps naming the same target) `times` counts every application.
 */
class EntryTally<E extends ActionEntry> {
  readonly list: E[] = [];
  private readonly bySlot = new Map<number, E>();
  constructor(
    private readonly c: Counters,
    private readonly revisited: boolean,
  ) {}
  add(slot: number, key: Omit<E, 'count'>, applied: number, bump: (e: E) => void = () => {}): void {
    let e = this.bySlot.get(slot);
    if (!e) {
      e = { ...key, count: 0, ...(this.revisited ? { times: 0 } : {}) } as E;
      this.list.push(e);
      this.bySlot.set(slot, e);
    }
    if (e.times === undefined) e.count += applied;
    else {
      e.times += applied;
      e.count = this.c.reached[slot];
    }
    bump(e);
  }
}

function actionLog(
  journey: Journey,
  prog: SimProgram,
  c: Counters,
): Pick<SimulationResult, 'messages' | 'accountNotifications' | 'actions'> {
  const channel = (id: string) =>
    ({
      id,
      name: CHANNEL_NAMES[id] ?? id,
      unit: 'person',
      sent: 0,
      opened: 0,
      clicked: 0,
    }) as const;
  const messages = new Map<string, ChannelStats>([
    ['email', { ...channel('email') }],
    ['sms', { ...channel('sms') }],
  ]);
  const { slotOf, revisited } = prog.logSlots;
  const tally = <E extends ActionEntry>() => new EntryTally<E>(c, revisited);
  const notifications = tally<ActionEntry>();
  const scores = tally<ScoreEntry>();
  const tallies = new Map<LogField, EntryTally<ActionEntry>>();
  const byAction: ActionLog['byAction'] = {};
  const unitOf = (people: boolean): ActionEntry['unit'] =>
    people || !prog.accountUnits ? 'person' : 'account';
  journey.nodes.forEach((node, n) => {
    const a = prog.actions[n];
    if (node.type !== 'action' || a === null) return;
    const actionId = node.settings.actionId ?? '';
    const label = getAction(actionId)?.label ?? node.name;
    const unit = unitOf(a.people);
    // Steps with one action share an entry per unit; the rare action used at both levels keeps
    // the second under "<id>@<unit>".
    const first = byAction[actionId];
    const key = first === undefined || first.unit === unit ? actionId : `${actionId}@${unit}`;
    const steps = (byAction[key] ??= { label, unit, count: 0, times: 0 });
    steps.times += c.applied[n];
    steps.count = revisited ? c.reached[prog.logSlots.actionSlotOf[n]] : steps.times;
    const ref = {
      id: a.target,
      name: targetName(a.target, a.refKind, prog.names),
      kind: a.refKind,
      unit,
    };
    const slot = slotOf[n];
    const field = logEntryKey(a, prog.accountUnits, actionId)?.field;
    // One product per node (not a running sum): the same figure however the run was partitioned.
    if (field === 'scoreChanges')
      scores.add(
        slot,
        { ...ref, change: 0 },
        c.applied[n],
        (e) => (e.change += a.amount * c.applied[n]),
      );
    else if (field === 'accountNotifications')
      // An account action notifies about the account (one per account), not each of its people.
      notifications.add(
        slot,
        { id: actionId, name: label, kind: 'action', unit: 'account' },
        c.applied[n],
      );
    else if (field) {
      let t = tallies.get(field);
      if (!t) tallies.set(field, (t = tally()));
      // A custom Action step is named by its Action (the Data Key is its id).
      // A record change is named by its catalog action ("Update Buying Group Stage").
      const ref2 =
        a.kind === EFFECT.custom
          ? { ...ref, name: customActionName(node, prog.names) }
          : field === 'recordChanges'
            ? { ...ref, id: actionId, name: label, kind: 'action' as const }
            : ref;
      t.add(slot, ref2, c.applied[n]);
    }
    if (a.kind === EFFECT.send && field === undefined) {
      let m = messages.get(a.target);
      if (!m) messages.set(a.target, (m = { ...channel(a.target) }));
      m.sent += c.applied[n];
      m.opened += c.opened[n];
      m.clicked += c.clicked[n];
    }
  });
  const entries = (f: Exclude<LogField, 'scoreChanges' | 'accountNotifications'>) =>
    tallies.get(f)?.list ?? [];
  return {
    messages: Object.fromEntries(messages),
    accountNotifications: notifications.list,
    actions: {
      byAction,
      scoreChanges: scores.list,
      tagsAdded: entries('tagsAdded'),
      tagsRemoved: entries('tagsRemoved'),
      listAdds: entries('listAdds'),
      listRemoves: entries('listRemoves'),
      audienceAdds: entries('audienceAdds'),
      dataValuesSet: entries('dataValuesSet'),
      journeyStarts: entries('journeyStarts'),
      customActionCalls: entries('customActionCalls'),
      recordChanges: entries('recordChanges'),
    },
  };
}

/** "Enrich lead" (the custom Action's name), else the step's name. */
function customActionName(
  node: Journey['nodes'][number],
  names: Readonly<Record<string, string>>,
): string {
  const ref = node.type === 'action' ? node.settings.params.actionRef : undefined;
  return (typeof ref === 'string' && names[ref]) || node.name;
}

function runWarnings(
  prog: SimProgram,
  c: Counters,
  unit: SimulationResult['unit'],
  nodes: readonly NodeStats[],
): SimWarning[] {
  const w: SimWarning[] = [];
  prog.graph.nodes.forEach((node, n) => {
    if (prog.graph.kind[n] === KIND.goto && prog.graph.gotoTarget[n] >= 0 && c.exited[n] > 0) {
      w.push({
        code: 'loop_limit',
        nodeId: node.id,
        message: `${fmt(c.exited[n])} ${unitWord(prog, c.exited[n])} exceeded the loop limit at "${prog.graph.stepNames[n]}" and left the journey.`,
      });
    }
    const gate = prog.gates[n];
    if (gate && gate.errors > 0)
      w.push({
        code: 'gate_error',
        nodeId: node.id,
        message: `The condition of "${prog.graph.stepNames[n]}" failed to render ${gate.errors} times; those profiles took False.`,
      });
    if (prog.graph.kind[n] === KIND.action && prog.configured[n] === 0 && c.skipped[n] > 0) {
      w.push({
        code: 'skipped_step',
        nodeId: node.id,
        // The banner's words: accounts with their people, and the visits when a Go to brought them back.
        message: `Skipped: ${nodeFigure({ unit }, nodes[n], 'skipped')} — ${skipReason(node)}.`,
      });
    }
    if (c.noPeople[n] > 0)
      w.push({
        code: 'split_no_people',
        nodeId: node.id,
        message: `${fmt(c.noPeople[n])} ${unitWord(prog, c.noPeople[n])} had no people when they reached the split by people "${prog.graph.stepNames[n]}", so no path could take them; their journey ended there (not a path that leads nowhere).`,
      });
    const store = prog.actions[n]?.store;
    if (store && store.errors > 0)
      w.push({
        code: 'mock_error',
        nodeId: node.id,
        message: `The mocked result for "${store.key}" failed to render ${store.errors} times.`,
      });
  });
  if (c.cycleStops > 0)
    w.push({
      code: 'cycle_without_wait',
      message: `${fmt(c.cycleStops)} ${unitWord(prog, c.cycleStops)} went round a cycle of edges more often than the loop limit allows and were stopped (counted under the loop limit).`,
    });
  return w;
}

/** Sends that follow another send with no wait between them (the same profile gets both at once). */
function backToBackSends(journey: Journey, prog: SimProgram, c: Counters): SimWarning[] {
  const index = new Map(prog.graph.nodes.map((node, n) => [node.id, n]));
  const isSend = (n: number | undefined) =>
    n !== undefined && prog.actions[n]?.kind === EFFECT.send;
  const w: SimWarning[] = [];
  // edgeIds follow journey.edges, so edge e is journey.edges[e].
  journey.edges.forEach((edge, e) => {
    if (c.edges[e] === 0) return;
    const from = index.get(edge.source);
    const to = index.get(edge.target);
    if (!isSend(from) || !isSend(to)) return;
    w.push({
      code: 'back_to_back_sends',
      nodeId: edge.target,
      message: `${fmt(c.edges[e])} ${unitWord(prog, c.edges[e])} got "${prog.graph.stepNames[to as number]}" right after "${prog.graph.stepNames[from as number]}" with no wait between the sends.`,
    });
  });
  return w;
}

/** The traces, each called by its imported name when it has one ("Acme (A1)"). */
function tracesOf(scenario: Scenario, unit: SimulationResult['unit'], traces: TraceStep[][]) {
  const labels = traceNames(scenario.population, unit, traces.length);
  return traces.map((steps, profile) => ({
    profile,
    number: profile + 1,
    label: labels[profile],
    steps,
  }));
}
