import type { LastRunInfo } from '../../stores/simulation-store';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Says which run the results are (scenario and time), and that they are stale when the journey or the scenario changed since. */
export function LastRunNote({ lastRun, stale }: { lastRun: LastRunInfo; stale: string | null }) {
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
