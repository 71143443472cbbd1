/** Every number a run accumulates, in typed arrays indexed by node, edge or node × day. */
export class Counters {
  readonly entered: Float64Array;
  readonly completed: Float64Array;
  readonly skipped: Float64Array;
  readonly waiting: Float64Array;
  readonly exited: Float64Array;
  /** Entered per node per day: index node * days + day. */
  readonly daily: Float64Array;
  readonly edges: Float64Array;
  /** Edge traversals per day: index edge * days + day (drives the replay's edge widths). */
  readonly edgeDaily: Float64Array;
  /** Action nodes: recipients the effect applied to (sends, adds, changes…). */
  readonly applied: Float64Array;
  /** Action nodes: score delta summed over recipients. */
  readonly amount: Float64Array;
  readonly opened: Float64Array;
  readonly clicked: Float64Array;
  exitNode = 0;
  aborted = 0;
  loopLimit = 0;
  dropped = 0;
  admitted = 0;
  notAdmitted = 0;
  spawned = 0;
  transitions = 0;
  /** Tokens stopped by the zero-time step guard (a cycle without a wait). */
  cycleStops = 0;

  constructor(
    nodes: number,
    edges: number,
    readonly days: number,
  ) {
    const f = () => new Float64Array(nodes);
    this.entered = f();
    this.completed = f();
    this.skipped = f();
    this.waiting = f();
    this.exited = f();
    this.applied = f();
    this.amount = f();
    this.opened = f();
    this.clicked = f();
    this.daily = new Float64Array(nodes * days);
    this.edges = new Float64Array(edges);
    this.edgeDaily = new Float64Array(edges * days);
  }
}
