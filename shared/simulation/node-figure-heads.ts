/** The per-node figures, in the order the results panel and the report show them. */
export const NODE_FIGURES = ['entered', 'completed', 'skipped', 'waiting', 'exited'] as const;
export type NodeFigure = (typeof NODE_FIGURES)[number];

/**
 * Their column heads. `exited` counts every way a journey ended at the node, so it is "Ended":
 * "Exited" read as "reached an Exit" to a tester whose aborted accounts were counted there.
 */
export const NODE_FIGURE_HEADS: Record<NodeFigure, string> = {
  entered: 'Entered',
  completed: 'Completed',
  skipped: 'Skipped',
  waiting: 'Waiting',
  exited: 'Ended',
};

/** Said under a per-node table (app, report): what "Ended" takes in, and where the reasons are. */
export const ENDED_NOTE =
  'Ended counts every journey that ended at the step: it reached an Exit, matched no path, passed the loop limit, or was still there when the journey was aborted; the table of exits gives the reasons.';
