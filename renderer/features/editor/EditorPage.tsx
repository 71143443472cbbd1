import { useEffect, useState } from 'react';
import type { Journey } from '../../../shared/model';
import { api } from '../../api/client';
import { hrefOf } from '../../app/router';
import { StatusBadge } from '../../components/StatusBadge';
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
      <header className="journey-header">
        <a href={hrefOf({ page: 'journeys' })} aria-label="Back to Journeys">
          ←
        </a>
        <h1 id="journey-name">{journey.name}</h1>
        <StatusBadge status={journey.status} />
        <span className="muted">{journey.audience === 'account' ? 'Account journey' : 'People journey'}</span>
      </header>
      <JourneyCanvas journey={journey} />
    </section>
  );
}
