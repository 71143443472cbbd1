import { useCallback, useEffect, useState } from 'react';
import type { JourneySummary } from '../../../shared/model';
import { api } from '../../api/client';
import { messageOf } from './bundle-files';

/** The published (non-Draft) journeys, by name; only these travel in bundles and pushes. */
export function usePublishedJourneys(): {
  journeys: JourneySummary[];
  error: string | null;
  reload: () => Promise<void>;
} {
  const [journeys, setJourneys] = useState<JourneySummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const all = await api.call('journeys.list', {});
      setJourneys(
        all
          .filter((j) => j.status !== 'Draft')
          .sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version),
      );
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { journeys, error, reload };
}
