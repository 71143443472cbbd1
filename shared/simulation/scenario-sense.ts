import type { Behaviour, Lifecycle } from './scenario';

// Settings each valid on their own that make no sense together. A run they would make
// meaningless is refused (the form marks both fields, core names the field); a run that still
// means something goes ahead with a warning that says what it will not show. The form, core
// and `journey-studio simulate` use these words.

/** The scenario form's labels of the fields named here. */
export const SCENARIO_FIELD_LABELS = {
  emailOpen: 'Email opened',
  emailClick: 'Email clicked',
  closeAtDay: 'Close to new entries on day',
  abortAtDay: 'Abort on day',
} as const;

const L = SCENARIO_FIELD_LABELS;
const percent = (p: number) => `${Math.round(p * 1000) / 10}%`;

/** Clicks above opens: an email is clicked only once opened, so no run can honour both. */
export function behaviourProblem(
  b: Pick<Behaviour, 'emailOpen' | 'emailClick'>,
): { field: 'emailClick'; fields: ('emailOpen' | 'emailClick')[]; message: string } | null {
  if (b.emailClick <= b.emailOpen) return null;
  return {
    field: 'emailClick',
    fields: ['emailOpen', 'emailClick'],
    message: `${L.emailClick} (${percent(b.emailClick)}) is more than ${L.emailOpen} (${percent(b.emailOpen)}): an email cannot be clicked more often than it is opened`,
  };
}

/** A rehearsal day after the horizon: the run is still right, it only never reaches that day. */
export interface ScenarioWarning {
  code: 'close_after_horizon' | 'abort_after_horizon';
  /** Path inside the scenario ("lifecycle.closeAtDay"). */
  field: string;
  message: string;
}

/** Lifecycle days the run never reaches (days count from 1; the last simulated day is the horizon). */
export function lifecycleWarnings(lifecycle: Lifecycle, horizonDays: number): ScenarioWarning[] {
  const out: ScenarioWarning[] = [];
  const { closeAtDay, abortAtDay } = lifecycle;
  if (closeAtDay !== undefined && closeAtDay > horizonDays)
    out.push({
      code: 'close_after_horizon',
      field: 'lifecycle.closeAtDay',
      message: `${L.closeAtDay} ${closeAtDay} is after the last simulated day (${horizonDays}): the journey never closes in this run`,
    });
  if (abortAtDay !== undefined && abortAtDay > horizonDays)
    out.push({
      code: 'abort_after_horizon',
      field: 'lifecycle.abortAtDay',
      message: `${L.abortAtDay} ${abortAtDay} is after the last simulated day (${horizonDays}): the journey is never aborted in this run`,
    });
  return out;
}
