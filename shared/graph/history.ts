/**
 * Undo history by snapshots: every entry keeps the document before and after one command.
 * Documents are immutable and share unchanged nodes, so a snapshot costs only what changed, and
 * undo restores exactly the earlier document — it cannot drift the way hand-written inverses can.
 */
/** One undoable command (the journey's saved lifecycle log is `HistoryEntry` in shared/model). */
export interface UndoStep<D> {
  label: string;
  before: D;
  after: D;
  /** Consecutive entries with the same key (typing in one field) merge into one. */
  mergeKey?: string;
  at: number;
}

export interface History<D> {
  past: UndoStep<D>[];
  future: UndoStep<D>[];
}

/** How many steps back undo can go. */
export const HISTORY_LIMIT = 300;
/** Typing in the same field within this many ms is one undo step. */
export const MERGE_WINDOW_MS = 1_500;

/** An empty history. */
export function emptyHistory<D>(): History<D> {
  return { past: [], future: [] };
}

/** Records a change; clears redo; merges with the previous entry when the keys match in time. */
export function record<D>(history: History<D>, entry: UndoStep<D>): History<D> {
  const last = history.past[history.past.length - 1];
  if (
    last &&
    entry.mergeKey !== undefined &&
    last.mergeKey === entry.mergeKey &&
    entry.at - last.at < MERGE_WINDOW_MS
  ) {
    return {
      past: [...history.past.slice(0, -1), { ...last, after: entry.after, at: entry.at }],
      future: [],
    };
  }
  return { past: [...history.past, entry].slice(-HISTORY_LIMIT), future: [] };
}

/** Steps back: the document to show and the new history, or null when there is nothing to undo. */
export function undo<D>(
  history: History<D>,
): { doc: D; history: History<D>; label: string } | null {
  const last = history.past[history.past.length - 1];
  if (!last) return null;
  return {
    doc: last.before,
    label: last.label,
    history: { past: history.past.slice(0, -1), future: [last, ...history.future] },
  };
}

/** Steps forward again after an undo. */
export function redo<D>(
  history: History<D>,
): { doc: D; history: History<D>; label: string } | null {
  const next = history.future[0];
  if (!next) return null;
  return {
    doc: next.after,
    label: next.label,
    history: { past: [...history.past, next], future: history.future.slice(1) },
  };
}
