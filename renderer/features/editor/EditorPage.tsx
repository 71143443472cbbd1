import { useEffect, useState } from 'react';
import type { Journey } from '../../../shared/model';
import { api } from '../../api/client';
import { hrefOf } from '../../app/router';
import { JourneyHeader } from '../journey-header/JourneyHeader';
import { JourneyCanvas } from './JourneyCanvas';

/** One journey: its header and its map. */
export function EditorPage({ id }: { id: string }) {
  const [journey, setJourney] = useState<Journey | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('journeys.get', { id }).then(
      (j) => live && setJourney(j),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [id]);

  if (error)
    return (
      <section className="page">
        <p role="alert" className="error">
          {error}
        </p>
        <a href={hrefOf({ page: 'journeys' })}>Back to Journeys</a>
      </section>
    );
  if (!journey) return <p role="status" className="page">Loading journey…</p>;
  return (
    <section className="editor" aria-labelledby="journey-name">
      <JourneyHeader journey={journey} onJourneyChanged={setJourney} />
      <JourneyCanvas journey={journey} />
    </section>
  );
}
