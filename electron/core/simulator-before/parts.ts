import { addCounters, Counters } from './counters';
import type { RunTotals } from './report';
import type { SimProgram } from './setup';
import type { TraceStep } from './trace';

/** What one partition of a run (a range of accounts) hands back: plain data, posted from a worker. */
export interface PartResult {
  counters: Counters;
  traces: TraceStep[][];
  /** Gate render failures per node (0 where there is no gate). */
  gateErrors: number[];
  /** Mocked-result render failures per data key. */
  storeErrors: Record<string, number>;
}

/** The error tallies a part's program collected. */
export function partErrors(prog: SimProgram): Pick<PartResult, 'gateErrors' | 'storeErrors'> {
  const storeErrors: Record<string, number> = {};
  for (const a of prog.actions) if (a?.store) storeErrors[a.store.key] = a.store.errors;
  return { gateErrors: prog.gates.map((g) => g?.errors ?? 0), storeErrors };
}

/**
 * Adds up the parts of a run, in partition order, into `prog` (a program over no accounts that
 * carries the journey's compiled graph) and returns the totals the report reads. Counts add,
 * traces concatenate (the first profiles live in the first parts), error tallies add.
 */
export function combineParts(prog: SimProgram, parts: PartResult[], days: number): RunTotals {
  const g = prog.graph;
  const counters = new Counters(g.kind.length, g.edgeIds.length, days, prog.logSlots.count);
  const traces: TraceStep[][] = [];
  const storeErrors = new Map<string, number>();
  for (const part of parts) {
    addCounters(counters, part.counters);
    traces.push(...part.traces);
    part.gateErrors.forEach((e, n) => {
      const gate = prog.gates[n];
      if (gate) gate.errors += e;
    });
    for (const [key, e] of Object.entries(part.storeErrors))
      storeErrors.set(key, (storeErrors.get(key) ?? 0) + e);
  }
  for (const a of prog.actions) if (a?.store) a.store.errors = storeErrors.get(a.store.key) ?? 0;
  return { counters, traces };
}
