import { useEffect, useState } from 'react';
import type { JourneySummary } from '../../../shared/model';
import { api } from '../../api/client';

/** Every journey's summary, for Add to journey / Start a journey options (empty until loaded). */
export function useJourneySummaries(): readonly JourneySummary[] {
  const [journeys, setJourneys] = useState<readonly JourneySummary[]>([]);
  useEffect(() => {
    let live = true;
    api.call('journeys.list', {}).then(
      (list) => live && setJourneys(list),
      // Without the list, journey selects show no options; validation still reports the reference.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return journeys;
}
