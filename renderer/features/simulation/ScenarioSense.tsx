import { useEffect } from 'react';
import { lifecycleWarnings, type SavedScenario } from '../../../shared/simulation';
import { useReportValidity } from './field-validity';

/**
 * Email clicked above Email opened: no run can honour both, so the message (core's words) is
 * reported to the form (Run and Save wait) until one of them changes.
 */
export function ClicksAboveOpens({
  id,
  message,
}: {
  /** The message's id: the two percent fields it names point at it. */
  id: string;
  /** `behaviourProblem`'s message, as the form computed it for those fields; null when none. */
  message: string | null;
}) {
  const report = useReportValidity();
  useEffect(() => report(id, message), [id, message, report]);
  useEffect(() => () => report(id, null), [id, report]);
  return message ? (
    <p id={id} className="sim-field-error" role="alert">
      {message}
    </p>
  ) : null;
}

/** Rehearsal days the run never reaches: the run still means something, so only a warning. */
export function LifecycleWarnings({ scenario }: { scenario: SavedScenario }) {
  const warnings = lifecycleWarnings(scenario.lifecycle, scenario.horizonDays);
  return warnings.length === 0 ? null : (
    <ul className="sim-field-warnings" role="status" aria-label="Lifecycle rehearsal warnings">
      {warnings.map((w) => (
        <li key={w.code}>{w.message}</li>
      ))}
    </ul>
  );
}
