import { useState } from 'react';
import { readOnlyReason } from '../../../shared/lifecycle/status-rules';
import type { Journey } from '../../../shared/model';
import { api } from '../../api/client';
import { openMadeJourney } from './lifecycle-actions';

/**
 * The banner above a read-only canvas: why it cannot be edited and, for a Live journey,
 * "Create new version" (opens the new Draft). Renders nothing for a Draft.
 */
export function ReadOnlyBanner({
  journey,
}: {
  journey: Pick<Journey, 'id' | 'status' | 'audience'>;
}) {
  const [error, setError] = useState<string | null>(null);
  const reason = readOnlyReason(journey.status, journey.audience);
  if (!reason) return null;
  const createVersion = async () => {
    try {
      const draft = await api.call('journeys.createVersion', { id: journey.id });
      openMadeJourney(draft.id);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="readonly-banner" role="note" aria-label="Read-only journey">
      <span>{reason}</span>
      {journey.status === 'Live' && (
        <button type="button" onClick={() => void createVersion()}>
          Create new version
        </button>
      )}
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </div>
  );
}
