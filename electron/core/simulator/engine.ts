import type { Scenario } from '../../../shared/simulation';
import { ActionApplier } from './apply';
import type { ProfileRow } from './context';
import { Counters, REASON, type Reason } from './counters';
import { Frames } from './frames';
import { KIND } from './graph';
import { FirstVisits, PersonVisits } from './first-visits';
import { EventQueue } from './event-queue';
import { PeopleSplitter, PeopleState } from './people-split';
import { Rng, streamSeed } from './rng';
import type { SimProgram } from './setup';
import { Tokens } from './tokens';
import { TraceRecorder } from './trace';

const DAY = 86_400;
const INV_DAY = 1 / DAY;
const CHECK_EVERY = 0x3fff;

/** When lifecycle day `day` (numbered from 1) starts, in seconds from the run's start. */
const dayStart = (day: number): number => Math.max(0, day - 1) * DAY;

/** Progress and cancellation hooks, polled every few thousand events. */
export interface EngineHooks {
  onProgress?: (fraction: number) => void;
  shouldCancel?: () => boolean;
}

/** Thrown when a run is cancelled through its hooks. */
export class SimulationCancelled extends Error {
  constructor() {
    super('Simulation cancelled');
    this.name = 'SimulationCancelled';
  }
}

/** What a run leaves behind for the report. */
export interface EngineOutput {
  counters: Counters;
  traces: TraceRecorder;
  tokens: Tokens;
}

/**
 * Runs the discrete-event loop: arrivals merged with the queue of timed token events (event-queue.ts).
 * A token is a whole account (or a person); while a split by people has divided an account it is
 * one group of that account's people, and the groups of one account share a frame that lets the
 * account continue past the closing merge once, when its last group arrives (or ends).
 */
export function runEngine(
  prog: SimProgram,
  scenario: Scenario,
  hooks: EngineHooks = {},
): EngineOutput {
  const g = prog.graph;
  const { kind, outStart, outNode, outEdge, waitSec, waitUntil, eventProb, cumProb, gotoTarget } =
    g;
  const { configured, slotGroup, gates, criteria, accountUnits, units, mergeOf } = prog;
  const { personStart, personAccount } = prog.pop;
  const nodes = kind.length;
  const days = scenario.horizonDays;
  const c = new Counters(nodes, g.edgeIds.length, days, prog.logSlots.count);
  const { entered, completed, skipped, exited, daily, edges, edgeDaily } = c;
  const { pEntered, pCompleted, pSkipped, pExited, pDaily, pEdges, pEdgeDaily, ended, pEnded } = c;
  // Each step draws from its own stream: (seed, global unit, steps so far, group).
  const rng = new Rng();
  const runSeed = streamSeed(scenario.seed, 'run');
  const unitOffset = accountUnits ? prog.pop.accountOffset : prog.pop.personOffset;
  const horizon = days * DAY;
  // Lifecycle days are numbered from 1, like the replay: "on day N" takes effect at the start of
  // day N, so nothing is admitted on the closing day and nothing runs on the abort day (0 = 1).
  const { closeAtDay, abortAtDay } = scenario.lifecycle;
  const abortT = abortAtDay === undefined ? Infinity : dayStart(abortAtDay);
  const closeT = closeAtDay === undefined ? Infinity : dayStart(closeAtDay);
  const stopT = Math.min(horizon, abortT);
  const loopLimit = scenario.loopLimit;
  const maxSteps = nodes * (loopLimit + 2);
  const perDay = scenario.entry.pattern === 'perDay' ? scenario.entry.perDay : 0;
  // Each wait node has its own ordered lane beside the heap (event-queue.ts).
  const laneOf = new Int32Array(nodes).fill(-1);
  let lanes = 0;
  for (let n = 0; n < nodes; n++)
    if (kind[n] === KIND.wait || kind[n] === KIND.waitForEvent) laneOf[n] = lanes++;
  // Waits keep their tokens in lanes, so the heap starts small and grows only when it must.
  const heap = new EventQueue(Math.min(units, 1 << 16), lanes);
  const tokens = new Tokens(units);
  const traced0 = Math.max(0, Math.min(scenario.traceProfiles - unitOffset, units));
  const traces = new TraceRecorder(prog, traced0, prog.names);
  const traceN = traces.limit;
  const hasPeopleSplits = accountUnits && mergeOf.some((m) => m >= 0);
  const people = hasPeopleSplits ? new PeopleState(prog.pop.people) : null;
  const splitter = people ? new PeopleSplitter(prog, people) : null;
  const frames = new Frames();
  // Only a Go to can bring a unit back to a node (or edge): then remember who passed each one
  // (one bit per node × unit, edge × unit), so the result can count distinct accounts (or people)
  // beside visits.
  const revisits = kind.includes(KIND.goto);
  const seenNode = revisits ? new FirstVisits(nodes, units, c.distinct, c.pDistinct) : null;
  const seenEdge = revisits
    ? new FirstVisits(g.edgeIds.length, units, c.edgeDistinct, c.pEdgeDistinct)
    : null;
  // On the paths of a split by people, a later visit may bring other people of the account: there
  // distinct people are remembered person by person.
  const groupPeople = revisits && people !== null ? groupItems(prog) : null;
  const pathNodes =
    groupPeople === null
      ? null
      : new PersonVisits(
          groupPeople.nodes,
          prog.pop.people,
          c.pDistinct,
          people as PeopleState,
          personStart,
        );
  const pathEdges =
    groupPeople === null
      ? null
      : new PersonVisits(
          groupPeople.edges,
          prog.pop.people,
          c.pEdgeDistinct,
          people as PeopleState,
          personStart,
        );
  /** A unit's first pass at node n: a group counts its account and, person by person, its people. */
  const markNode = (n: number, unit: number, ppl: number, group: number): void => {
    if (group >= 0 && pathNodes !== null) {
      seenNode?.mark(n, unit, 0);
      pathNodes.markGroup(n, unit, group);
    } else seenNode?.mark(n, unit, ppl);
  };
  const applier = new ActionApplier(prog, c, rng, scenario, stopT, people);
  const row: ProfileRow = { acc: 0, person: -1, unit: 0, group: -1 };
  let nextUnit = 0;
  let events = 0;
  /** Same-time events pop by unit, then group: an order no other profile can change. */
  const keyOf = (tok: number): number =>
    (tokens.unit[tok] << 5) | (tokens.frame[tok] < 0 ? 0 : tokens.path[tok] + 1);

  /** A frame's last group is gone: the account continues past the merge with whoever arrived, or ends. */
  const lastGroupGone = (f: number, from: number, t: number, reason: Reason): void => {
    const arrivedPeople = frames.people[f];
    if (arrivedPeople === 0) {
      if (t > c.lastEnd) c.lastEnd = t;
      ended[reason]++;
      frames.close(f);
      return;
    }
    if (frames.acc[f] < traceN) traces.merged(frames.acc[f], t, frames.merge[f], arrivedPeople);
    const tok = tokens.spawn(from, arrivedPeople, frames.merge[f], 0);
    tokens.frame[tok] = -1;
    tokens.steps[tok] = frames.steps[f];
    frames.close(f);
    heap.push(t, keyOf(tok), tok);
  };

  /** A unit carrying `people` people takes edge e on day index dayBase: counted in both units. */
  const countEdge = (
    e: number,
    unit: number,
    people: number,
    dayBase: number,
    group: number,
  ): void => {
    if (group >= 0 && pathEdges !== null) {
      seenEdge?.mark(e, unit, 0);
      pathEdges.markGroup(e, unit, group);
    } else seenEdge?.mark(e, unit, people);
    edges[e]++;
    pEdges[e] += people;
    edgeDaily[e * days + dayBase]++;
    pEdgeDaily[e * days + dayBase] += people;
  };

  /** Ends token tok at node n; a group's end may release its account from the merge. */
  const endAt = (tok: number, n: number, t: number, reason: Reason): void => {
    const ppl = tokens.people[tok];
    if (t > c.lastEnd) c.lastEnd = t;
    exited[n]++;
    pExited[n] += ppl;
    pEnded[reason] += ppl;
    const f = tokens.frame[tok];
    if (f < 0) {
      ended[reason]++;
      return;
    }
    (splitter as PeopleSplitter).endGroup(frames.acc[f], tokens.path[tok]);
    if (tokens.steps[tok] > frames.steps[f]) frames.steps[f] = tokens.steps[tok];
    tokens.release(tok);
    if (--frames.outstanding[f] === 0) lastGroupGone(f, tok, t, reason);
  };

  const step = (tok: number, t: number): void => {
    const unit = tokens.unit[tok];
    row.unit = unit;
    row.acc = accountUnits ? unit : personAccount[unit];
    row.person = accountUnits ? -1 : unit;
    let f = tokens.frame[tok];
    row.group = f < 0 ? -1 : tokens.path[tok];
    let ppl = tokens.people[tok];
    const dayBase = t >= horizon ? days - 1 : (t * INV_DAY) | 0;
    const traced = unit < traceN;
    let n = tokens.node[tok];
    rng.at(runSeed, unitOffset + unit, tokens.steps[tok], f < 0 ? 0 : row.group + 1);
    const resume = tokens.slot[tok];
    if (resume >= 0) {
      tokens.slot[tok] = -1;
      const s = outStart[n] + resume;
      const e = outEdge[s];
      if (e < 0) {
        if (traced) traces.dropped(unit, t, n);
        endAt(tok, n, t, REASON.dropped);
        return;
      }
      completed[n]++;
      pCompleted[n] += ppl;
      countEdge(e, unit, ppl, dayBase, row.group);
      n = outNode[s];
    }
    let steps = tokens.steps[tok];
    for (;;) {
      if (f >= 0 && n === frames.merge[f]) {
        // A group reaches the Merge paths node closing its split. The account enters the merge
        // once, with its first group (entries, daily and transitions alike); every group counts
        // in `groups` and its people in people (the merge's incoming edges carry groups).
        pEntered[n] += ppl;
        pDaily[n * days + dayBase] += ppl;
        c.groups[n]++;
        if (frames.arrived[f]++ === 0) {
          entered[n]++;
          daily[n * days + dayBase]++;
          c.transitions++;
        }
        frames.people[f] += ppl;
        // Distinct at a merge: the account once, its people as each group arrives.
        markNode(n, unit, ppl, row.group);
        if (traced) traces.groupArrived(unit, t, ppl);
        // The account goes on with the most steps any of its groups made, whichever arrives last.
        if (steps > frames.steps[f]) frames.steps[f] = steps;
        if (--frames.outstanding[f] > 0) {
          tokens.release(tok);
          return;
        }
        ppl = frames.people[f];
        steps = frames.steps[f];
        rng.at(runSeed, unitOffset + unit, steps, 0);
        tokens.people[tok] = ppl;
        tokens.frame[tok] = -1;
        frames.close(f);
        f = -1;
        row.group = -1;
        if (traced) traces.merged(unit, t, n, ppl);
        const e = outEdge[outStart[n]];
        if (e < 0) {
          if (traced) traces.dropped(unit, t, n);
          endAt(tok, n, t, REASON.dropped);
          return;
        }
        completed[n]++;
        pCompleted[n] += ppl;
        countEdge(e, unit, ppl, dayBase, -1);
        n = outNode[outStart[n]];
        continue;
      }
      entered[n]++;
      pEntered[n] += ppl;
      if (revisits) markNode(n, unit, ppl, row.group);
      daily[n * days + dayBase]++;
      pDaily[n * days + dayBase] += ppl;
      c.transitions++;
      if (++steps > maxSteps) {
        c.cycleStops++;
        if (traced) traces.note(unit, t, n, 'stopped: too many steps round a cycle');
        endAt(tok, n, t, REASON.loopLimit);
        return;
      }
      let slot = 0;
      let skip = false;
      switch (kind[n]) {
        case KIND.exit:
          if (traced) traces.note(unit, t, n, 'left the journey at this Exit');
          endAt(tok, n, t, REASON.exitNode);
          return;
        case KIND.wait: {
          const w = waitSec[n];
          const until = w === w ? t + w : t > waitUntil[n] ? t : waitUntil[n];
          tokens.node[tok] = n;
          tokens.slot[tok] = 0;
          tokens.steps[tok] = steps;
          heap.pushWait(laneOf[n], until, keyOf(tok), tok);
          if (traced) traces.waits(unit, t, n, until);
          return;
        }
        case KIND.waitForEvent: {
          const happens = rng.float() < eventProb[n];
          const at = happens ? t + rng.float() * waitSec[n] : t + waitSec[n];
          tokens.node[tok] = n;
          tokens.slot[tok] = happens ? 0 : 1;
          tokens.steps[tok] = steps;
          heap.pushWait(laneOf[n], at, keyOf(tok), tok);
          if (traced) traces.waitsForEvent(unit, t, n, happens, at);
          return;
        }
        case KIND.action:
          if (configured[n] === 0) {
            skip = true;
            if (traced) traces.skipped(unit, t, n);
          } else {
            const k = applier.apply(n, row, ppl, t);
            if (traced) traces.action(unit, t, n, k);
          }
          break;
        case KIND.split:
          if (splitter !== null && mergeOf[n] >= 0) {
            // Split by people: the account's people divide into groups, one token per group.
            const sp = splitter as PeopleSplitter;
            const groups = sp.divide(n, row.acc);
            const left = sp.left;
            pExited[n] += left;
            pEnded[REASON.dropped] += left;
            if (traced) traces.divided(unit, t, n, sp.slotPeople, left);
            if (groups === 0) {
              if (t > c.lastEnd) c.lastEnd = t;
              exited[n]++;
              // No people to divide is not a path leading nowhere: counted apart and warned about.
              if (ppl === 0) {
                ended[REASON.noPeople]++;
                c.noPeople[n]++;
              } else ended[REASON.dropped]++;
              return;
            }
            completed[n]++;
            pCompleted[n] += ppl - left;
            tokens.steps[tok] = steps;
            const fr = frames.open(row.acc, mergeOf[n]);
            frames.outstanding[fr] = groups;
            const s0 = outStart[n];
            const paths = outStart[n + 1] - s0;
            let first = -1;
            for (let j = 0; j < paths; j++) {
              const k = sp.slotPeople[j];
              if (k === 0) continue;
              const e = outEdge[s0 + j];
              countEdge(e, unit, k, dayBase, j);
              if (first < 0) {
                first = j;
                continue;
              }
              const gt = tokens.spawn(tok, k, outNode[s0 + j], -1);
              tokens.frame[gt] = fr;
              tokens.path[gt] = j;
              heap.push(t, keyOf(gt), gt);
            }
            f = fr;
            ppl = sp.slotPeople[first];
            tokens.frame[tok] = fr;
            tokens.path[tok] = first;
            tokens.people[tok] = ppl;
            row.group = first;
            n = outNode[s0 + first];
            continue;
          } else {
            const other = outStart[n + 1] - 1;
            let j = outStart[n];
            while (j < other && !criteria.matches(slotGroup[j], row.acc, row.person, personStart))
              j++;
            slot = j - outStart[n];
          }
          if (traced) traces.took(unit, t, n, slot);
          break;
        case KIND.randomSplit: {
          const r = rng.float();
          const last = outStart[n + 1] - 1;
          let j = outStart[n];
          while (j < last && r >= cumProb[j]) j++;
          slot = j - outStart[n];
          if (traced) traces.took(unit, t, n, slot);
          break;
        }
        case KIND.gate: {
          const gate = gates[n];
          slot = gate !== null && gate.evaluate(row) ? 0 : 1;
          if (traced) traces.took(unit, t, n, slot);
          break;
        }
        case KIND.goto: {
          const target = gotoTarget[n];
          if (target < 0) {
            if (traced) traces.dropped(unit, t, n);
            endAt(tok, n, t, REASON.dropped);
            return;
          }
          if (++tokens.loops[tok] > loopLimit) {
            if (traced)
              traces.note(unit, t, n, `stopped: the loop limit (${loopLimit}) is reached`);
            endAt(tok, n, t, REASON.loopLimit);
            return;
          }
          completed[n]++;
          pCompleted[n] += ppl;
          if (traced)
            traces.note(unit, t, n, `goes to “${g.stepNames[target]}” (loop ${tokens.loops[tok]})`);
          n = target;
          continue;
        }
        default:
          if (traced)
            traces.note(unit, t, n, kind[n] === KIND.entry ? traces.enteredNote(ppl) : 'passed');
          break;
      }
      const s = outStart[n] + slot;
      const e = outEdge[s];
      if (e < 0) {
        if (traced) traces.dropped(unit, t, n);
        endAt(tok, n, t, REASON.dropped);
        return;
      }
      if (skip) {
        skipped[n]++;
        pSkipped[n] += ppl;
      } else {
        completed[n]++;
        pCompleted[n] += ppl;
      }
      countEdge(e, unit, ppl, dayBase, row.group);
      n = outNode[s];
    }
  };

  const arrival = (local: number): number => {
    const u = local + unitOffset;
    return perDay === 0 ? 0 : Math.floor(u / perDay) * DAY + ((u % perDay) + 0.5) * (DAY / perDay);
  };
  const admitLimit = g.entry < 0 ? 0 : units;
  // Soft stop rehearsal: a new version only admits the arrivals from its opening day on.
  const openT = dayStart(scenario.lifecycle.openAtDay ?? 1);
  while (nextUnit < admitLimit && arrival(nextUnit) < openT) nextUnit++;
  for (;;) {
    let tok: number;
    let t: number;
    const a = nextUnit < admitLimit ? arrival(nextUnit) : Infinity;
    // The horizon (or abort) is the start of the first day outside the run: an event due exactly
    // then belongs to that day, so it stays in flight (day N of N is the last day anything happens).
    if (a < stopT && a < closeT && (heap.size === 0 || a <= heap.peekTime())) {
      tok = nextUnit++;
      t = a;
      tokens.unit[tok] = tok;
      tokens.node[tok] = g.entry;
      tokens.slot[tok] = -1;
      tokens.frame[tok] = -1;
      const size = accountUnits ? personStart[tok + 1] - personStart[tok] : 1;
      tokens.people[tok] = size;
      c.admitted++;
      c.pAdmitted += size;
    } else if (heap.size > 0 && heap.peekTime() < stopT) {
      t = heap.peekTime();
      tok = heap.pop();
    } else break;
    step(tok, t);
    if ((++events & CHECK_EVERY) === 0) {
      if (hooks.shouldCancel?.()) throw new SimulationCancelled();
      hooks.onProgress?.(Math.min(1, t / stopT));
    }
  }
  c.notAdmitted = units - c.admitted;
  c.pNotAdmitted = (accountUnits ? prog.pop.people : units) - c.pAdmitted;
  // Traced accounts with groups at a merge whose other paths are still busy: one merge step.
  for (let f = 0; f < frames.size; f++)
    if (frames.live[f] === 1 && frames.people[f] > 0 && frames.acc[f] < traceN)
      traces.waitingAtMerge(
        frames.acc[f],
        Math.max(0, Math.min(stopT, horizon) - 1),
        frames.merge[f],
      );
  finish(c, tokens, heap, frames, abortT <= horizon);
  hooks.onProgress?.(1);
  return { counters: c, traces, tokens };
}

/** The nodes and edges groups of a split by people pass: its paths, its merge, the edges out of them. */
function groupItems(prog: SimProgram): { nodes: Uint8Array; edges: Uint8Array } {
  const { outStart, outEdge } = prog.graph;
  const nodes = prog.onPeoplePath.slice();
  const edges = new Uint8Array(prog.graph.edgeIds.length);
  for (const m of prog.mergeOf) if (m >= 0) nodes[m] = 1;
  for (let n = 0; n < nodes.length; n++) {
    if (prog.onPeoplePath[n] === 0 && prog.mergeOf[n] < 0) continue;
    for (let s = outStart[n]; s < outStart[n + 1]; s++) if (outEdge[s] >= 0) edges[outEdge[s]] = 1;
  }
  return { nodes, edges };
}

/** What is still in flight when the run stops: waiting at the horizon, or ended by the abort. Each account counts once. */
function finish(
  c: Counters,
  tokens: Tokens,
  heap: EventQueue,
  frames: Frames,
  aborted: boolean,
): void {
  const reason = aborted ? REASON.aborted : REASON.horizon;
  const at = aborted ? c.exited : c.waiting;
  const pAt = aborted ? c.pExited : c.pWaiting;
  while (heap.size > 0) {
    const tok = heap.pop();
    const n = tokens.node[tok];
    const ppl = tokens.people[tok];
    const f = tokens.frame[tok];
    at[n]++;
    pAt[n] += ppl;
    c.pEnded[reason] += ppl;
    if (f < 0) c.ended[reason]++;
    else if (frames.counted[f] === 0) {
      frames.counted[f] = 1;
      c.ended[reason]++;
    }
  }
  // Groups that reached their merge while others of the account are still on the paths.
  for (let f = 0; f < frames.size; f++) {
    if (frames.live[f] === 0 || frames.people[f] === 0) continue;
    const m = frames.merge[f];
    at[m]++;
    pAt[m] += frames.people[f];
    c.pEnded[reason] += frames.people[f];
  }
}
