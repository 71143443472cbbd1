import { unsavedRunText, type ScenarioSaveState } from '../../../shared/simulation';
import type { LastRunInfo } from '../../stores/simulation-store';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Says which run the results are (scenario and time), that its settings were not the saved
 * scenario's when they were not, and that they are stale when the journey or the scenario changed since.
 */
export function LastRunNote({
  lastRun,
  stale,
  saveState,
}: {
  lastRun: LastRunInfo;
  stale: string | null;
  /** How the settings run stand against the saved scenarios (null while they are not known). */
  saveState: ScenarioSaveState | null;
}) {
  const unsaved = saveState && unsavedRunText(lastRun.scenario.name, saveState);
  return (
    <div className={stale ? 'sim-last-run stale' : 'sim-last-run'} data-testid="last-run">
      <p className="small">
        Last result: scenario “{lastRun.scenario.name}”, run{' '}
        <time dateTime={lastRun.ranAt}>{when(lastRun.ranAt)}</time>.
      </p>
      {unsaved && (
        <p className="small" data-testid="last-run-unsaved">
          <strong>{unsaved}.</strong> Save the scenario to keep these settings; the report lists
          them.
        </p>
      )}
      {stale && (
        <p className="small">
          <strong>Stale:</strong> {stale}. Run the simulation again for current figures.
        </p>
      )}
    </div>
  );
}
