/** Why a journey (of an account or a person) ended; index into the reason tallies. */
export const REASON = {
  exitNode: 0,
  aborted: 1,
  loopLimit: 2,
  dropped: 3,
  horizon: 4,
  /** An account with no people left reached a split by people: there is nobody to divide. */
  noPeople: 5,
} as const;
export type Reason = (typeof REASON)[keyof typeof REASON];

/**
 * Every number a run accumulates, in typed arrays indexed by node, edge or node × day.
 * The plain arrays count the journey's unit (accounts in an account journey, people in a people
 * journey); the `p`-prefixed ones count people (in a people journey they equal the plain ones).
 */
export class Counters {
  readonly entered: Float64Array;
  readonly completed: Float64Array;
  readonly skipped: Float64Array;
  readonly waiting: Float64Array;
  readonly exited: Float64Array;
  readonly pEntered: Float64Array;
  readonly pCompleted: Float64Array;
  readonly pSkipped: Float64Array;
  readonly pWaiting: Float64Array;
  readonly pExited: Float64Array;
  /** Entered per node per day: index node * days + day. */
  readonly daily: Float64Array;
  readonly pDaily: Float64Array;
  readonly edges: Float64Array;
  readonly pEdges: Float64Array;
  /** Edge traversals per day: index edge * days + day (drives the replay's edge widths). */
  readonly edgeDaily: Float64Array;
  readonly pEdgeDaily: Float64Array;
  /** Action nodes: recipients the effect applied to (sends, adds, changes…). */
  readonly applied: Float64Array;
  readonly opened: Float64Array;
  readonly clicked: Float64Array;
  /** Splits by people: accounts that arrived with no people and ended there. */
  readonly noPeople: Float64Array;
  /** Merge paths closing a split by people: groups that arrived (its incoming edges, in accounts). */
  readonly groups: Float64Array;
  /**
   * Journeys with a Go to revisit nodes: distinct units (and their people, at the first visit)
   * that entered each node, beside `entered` (visits). Parts hold disjoint units, so they add up.
   */
  readonly distinct: Float64Array;
  readonly pDistinct: Float64Array;
  /** The same per edge. */
  readonly edgeDistinct: Float64Array;
  readonly pEdgeDistinct: Float64Array;
  /** Action-log entries (setup's `logSlots`): distinct accounts or people reached, when tracked. */
  readonly reached: Float64Array;
  /** Journeys ended, by REASON: units (each account once) and people. */
  readonly ended = new Float64Array(6);
  readonly pEnded = new Float64Array(6);
  admitted = 0;
  notAdmitted = 0;
  pAdmitted = 0;
  pNotAdmitted = 0;
  transitions = 0;
  /** Time (seconds) of the last journey that ended, for the Finished rehearsal. */
  lastEnd = 0;
  /** Tokens stopped by the zero-time step guard (a cycle without a wait). */
  cycleStops = 0;

  constructor(
    nodes: number,
    edges: number,
    readonly days: number,
    logSlots = 0,
  ) {
    this.reached = new Float64Array(logSlots);
    const f = () => new Float64Array(nodes);
    this.entered = f();
    this.completed = f();
    this.skipped = f();
    this.waiting = f();
    this.exited = f();
    this.pEntered = f();
    this.pCompleted = f();
    this.pSkipped = f();
    this.pWaiting = f();
    this.pExited = f();
    this.applied = f();
    this.opened = f();
    this.clicked = f();
    this.noPeople = f();
    this.groups = f();
    this.distinct = f();
    this.pDistinct = f();
    this.daily = new Float64Array(nodes * days);
    this.pDaily = new Float64Array(nodes * days);
    this.edges = new Float64Array(edges);
    this.pEdges = new Float64Array(edges);
    this.edgeDistinct = new Float64Array(edges);
    this.pEdgeDistinct = new Float64Array(edges);
    this.edgeDaily = new Float64Array(edges * days);
    this.pEdgeDaily = new Float64Array(edges * days);
  }
}

/**
 * Adds the counters of one part of a partitioned run into `into` (same journey and horizon).
 * Every figure is a count of whole units, so sums are exact and the order of parts cannot change
 * them; `lastEnd` is a latest time. `from` may be a structured clone (a plain object).
 */
export function addCounters(into: Counters, from: Counters): void {
  const target = into as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(from)) {
    if (key === 'days') continue;
    const mine = target[key];
    if (value instanceof Float64Array && mine instanceof Float64Array)
      for (let i = 0; i < value.length; i++) mine[i] += value[i];
    else if (typeof value === 'number' && typeof mine === 'number')
      target[key] = key === 'lastEnd' ? Math.max(mine, value) : mine + value;
  }
}
