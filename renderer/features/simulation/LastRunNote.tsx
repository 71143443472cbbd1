import { useMemo } from 'react';
import type { Journey } from '../../../shared/model';
import { lastRunStaleness, type SavedScenario } from '../../../shared/simulation';
import type { LastRunInfo } from '../../stores/simulation-store';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Says which run the results are (scenario and time), and that they are stale when the journey or the scenario changed since. */
export function LastRunNote({
  journey,
  lastRun,
  scenario,
}: {
  journey: Pick<Journey, 'revision' | 'nodes' | 'edges' | 'content'>;
  lastRun: LastRunInfo;
  scenario: SavedScenario | null;
}) {
  // A fingerprint of the whole journey: worked out again only when the journey changes.
  const stale = useMemo(
    () => lastRunStaleness(lastRun, journey, scenario),
    [lastRun, journey, scenario],
  );
  return (
    <div className={stale ? 'sim-last-run stale' : 'sim-last-run'} data-testid="last-run">
      <p className="small">
        Last result: scenario “{lastRun.scenario.name}”, run{' '}
        <time dateTime={lastRun.ranAt}>{when(lastRun.ranAt)}</time>.
      </p>
      {stale && (
        <p className="small">
          <strong>Stale:</strong> {stale}. Run the simulation again for current figures.
        </p>
      )}
    </div>
  );
}
