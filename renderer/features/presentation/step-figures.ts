import { skipNote } from '../../../shared/simulation';
import type { NodeSimCounts } from '../../stores/simulation-store';

/** The presenter's figures for a step, each with its units from the shared formatter (units.ts). */
export interface StepFigureLines {
  /** "1,200 accounts · 3,600 people entered" ("… so far" during a replay). */
  entered: string;
  /** "Skipped: 1,200 accounts · 3,600 people — no action chosen", as the map's badge says it. */
  skipped: string | null;
  /** "12 people still waiting". */
  waiting: string | null;
}

export function stepFigureLines(c: NodeSimCounts): StepFigureLines {
  return {
    entered: `${c.enteredText} entered${c.partial ? ' so far' : ''}`,
    skipped: c.skipped > 0 ? skipNote(c.skippedText, c.skipReason) : null,
    waiting: c.waiting > 0 ? `${c.waitingText} still waiting` : null,
  };
}
