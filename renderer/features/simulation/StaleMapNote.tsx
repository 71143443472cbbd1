import { useSimulationStore } from '../../stores/simulation-store';
import { useResultStale } from './stale-store';

/** A note over the map while its badges and flow bands show a stale result. */
export function StaleMapNote() {
  const reason = useResultStale((s) => s.reason);
  const shown = useSimulationStore((s) => s.result !== null);
  if (!reason || !shown) return null;
  return (
    <p role="status" className="sim-map-stale" data-testid="map-stale-note">
      <strong>Stale figures on the map:</strong> {reason}. Run the simulation again for current
      figures.
    </p>
  );
}
