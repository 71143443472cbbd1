import type { Scenario } from '../../../shared/simulation';
import { ActionApplier } from './apply';
import type { ProfileRow } from './context';
import { Counters } from './counters';
import { KIND } from './graph';
import { EventHeap } from './heap';
import { PeopleSplitter } from './people-split';
import { Rng, streamSeed } from './rng';
import type { SimProgram } from './setup';
import { Tokens } from './tokens';
import { TraceRecorder } from './trace';

const DAY = 86_400;
const INV_DAY = 1 / DAY;
const CHECK_EVERY = 0x3fff;

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

/** Runs the discrete-event loop: arrivals merged with a binary heap of timed token events. */
export function runEngine(prog: SimProgram, scenario: Scenario, hooks: EngineHooks = {}): EngineOutput {
  const g = prog.graph;
  const { kind, outStart, outNode, outEdge, waitSec, waitUntil, eventProb, cumProb, gotoTarget } = g;
  const { configured, slotGroup, splitByPeople, gates, criteria, accountUnits, units } = prog;
  const { personStart, personAccount } = prog.pop;
  const nodes = kind.length;
  const days = scenario.horizonDays;
  const c = new Counters(nodes, g.edgeIds.length, days);
  const { entered, completed, skipped, exited, daily, edges, edgeDaily } = c;
  const rng = new Rng(streamSeed(scenario.seed, 'run'));
  const horizon = days * DAY;
  const { closeAtDay, abortAtDay } = scenario.lifecycle;
  const abortT = abortAtDay === undefined ? Infinity : abortAtDay * DAY;
  const closeT = closeAtDay === undefined ? Infinity : closeAtDay * DAY;
  const stopT = Math.min(horizon, abortT);
  const loopLimit = scenario.loopLimit;
  const maxSteps = nodes * (loopLimit + 2);
  const perDay = scenario.entry.pattern === 'perDay' ? scenario.entry.perDay : 0;
  const heap = new EventHeap(Math.min(units, 1 << 20));
  const tokens = new Tokens(units);
  const traces = new TraceRecorder(prog, Math.min(scenario.traceProfiles, units));
  const traceN = traces.limit;
  const applier = new ActionApplier(prog, c, rng, scenario, stopT);
  const row: ProfileRow = { acc: 0, person: -1, unit: 0 };
  const splitter = new PeopleSplitter(prog, tokens, heap, c);
  let nextUnit = 0;
  let events = 0;

  const step = (tok: number, t: number): void => {
    const unit = tokens.unit[tok];
    row.unit = unit;
    row.acc = accountUnits ? unit : personAccount[unit];
    row.person = accountUnits ? -1 : unit;
    const dayBase = t >= horizon ? days - 1 : (t * INV_DAY) | 0;
    const traced = unit < traceN;
    let n = tokens.node[tok];
    const resume = tokens.slot[tok];
    if (resume >= 0) {
      tokens.slot[tok] = -1;
      const s = outStart[n] + resume;
      if (outEdge[s] < 0) {
        exited[n]++;
        c.dropped++;
        if (traced) traces.dropped(unit, t, n);
        return;
      }
      completed[n]++;
      edges[outEdge[s]]++;
      edgeDaily[outEdge[s] * days + dayBase]++;
      n = outNode[s];
    }
    let steps = tokens.steps[tok];
    for (;;) {
      entered[n]++;
      daily[n * days + dayBase]++;
      c.transitions++;
      if (++steps > maxSteps) {
        exited[n]++;
        c.loopLimit++;
        c.cycleStops++;
        if (traced) traces.note(unit, t, n, 'stopped: too many steps round a cycle');
        return;
      }
      let slot = 0;
      let skip = false;
      switch (kind[n]) {
        case KIND.exit:
          exited[n]++;
          c.exitNode++;
          if (traced) traces.note(unit, t, n, 'exited');
          return;
        case KIND.wait: {
          const w = waitSec[n];
          const until = w === w ? t + w : t > waitUntil[n] ? t : waitUntil[n];
          tokens.node[tok] = n;
          tokens.slot[tok] = 0;
          tokens.steps[tok] = steps;
          heap.push(until, tok);
          if (traced) traces.waits(unit, t, n, until);
          return;
        }
        case KIND.waitForEvent: {
          const happens = rng.float() < eventProb[n];
          const at = happens ? t + rng.float() * waitSec[n] : t + waitSec[n];
          tokens.node[tok] = n;
          tokens.slot[tok] = happens ? 0 : 1;
          tokens.steps[tok] = steps;
          heap.push(at, tok);
          if (traced) traces.waitsForEvent(unit, t, n, happens, at);
          return;
        }
        case KIND.action:
          if (configured[n] === 0) skip = true;
          else {
            const k = applier.apply(n, row, tokens.people[tok], t);
            if (traced) traces.action(unit, t, n, k);
          }
          if (traced && skip) traces.note(unit, t, n, 'skipped: the step is not fully configured');
          break;
        case KIND.split:
          tokens.steps[tok] = steps;
          if (accountUnits && splitByPeople[n] === 1) slot = splitter.split(n, tok, row.acc, t);
          else {
            const other = outStart[n + 1] - 1;
            let j = outStart[n];
            while (j < other && !criteria.matches(slotGroup[j], row.acc, row.person, personStart)) j++;
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
            exited[n]++;
            c.dropped++;
            if (traced) traces.dropped(unit, t, n);
            return;
          }
          if (++tokens.loops[tok] > loopLimit) {
            exited[n]++;
            c.loopLimit++;
            if (traced) traces.note(unit, t, n, `loop limit (${loopLimit}) reached`);
            return;
          }
          completed[n]++;
          if (traced) traces.note(unit, t, n, `goes to "${g.nodes[target].name}" (loop ${tokens.loops[tok]})`);
          n = target;
          continue;
        }
        default:
          if (traced) traces.note(unit, t, n, kind[n] === KIND.entry ? 'entered the journey' : 'passed');
          break;
      }
      const s = outStart[n] + slot;
      const e = outEdge[s];
      if (e < 0) {
        exited[n]++;
        c.dropped++;
        if (traced) traces.dropped(unit, t, n);
        return;
      }
      if (skip) skipped[n]++;
      else completed[n]++;
      edges[e]++;
      edgeDaily[e * days + dayBase]++;
      n = outNode[s];
    }
  };

  const arrival = (u: number): number => (perDay === 0 ? 0 : Math.floor(u / perDay) * DAY + ((u % perDay) + 0.5) * (DAY / perDay));
  const admitLimit = g.entry < 0 ? 0 : units;
  // Soft stop rehearsal: a new version only admits the arrivals from its opening day on.
  const openT = (scenario.lifecycle.openAtDay ?? 0) * DAY;
  while (nextUnit < admitLimit && arrival(nextUnit) < openT) nextUnit++;
  for (;;) {
    let tok: number;
    let t: number;
    const a = nextUnit < admitLimit ? arrival(nextUnit) : Infinity;
    if (a <= stopT && a < closeT && (heap.size === 0 || a <= heap.times[0])) {
      tok = nextUnit++;
      t = a;
      tokens.unit[tok] = tok;
      tokens.node[tok] = g.entry;
      tokens.slot[tok] = -1;
      tokens.people[tok] = accountUnits ? personStart[tok + 1] - personStart[tok] : 1;
      c.admitted++;
    } else if (heap.size > 0 && heap.times[0] <= stopT) {
      t = heap.times[0];
      tok = heap.pop();
    } else break;
    step(tok, t);
    if ((++events & CHECK_EVERY) === 0) {
      if (hooks.shouldCancel?.()) throw new SimulationCancelled();
      hooks.onProgress?.(Math.min(1, t / stopT));
    }
  }
  c.notAdmitted = units - c.admitted;
  const aborted = abortT <= horizon;
  while (heap.size > 0) {
    const tok = heap.pop();
    const n = tokens.node[tok];
    if (aborted) {
      exited[n]++;
      c.aborted++;
    } else c.waiting[n]++;
  }
  hooks.onProgress?.(1);
  return { counters: c, traces, tokens };
}
