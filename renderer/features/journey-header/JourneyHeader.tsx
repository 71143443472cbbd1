import type { Journey } from '../../../shared/model';
import { hrefOf } from '../../app/router';
import { StatusBadge } from '../../components/StatusBadge';

export interface JourneyHeaderProps {
  journey: Journey;
  /** Called with the journey after a header action changed it (rename, publish, …). */
  onJourneyChanged: (journey: Journey) => void;
}

/** The journey header: name, status and the actions the status allows. */
export function JourneyHeader({ journey }: JourneyHeaderProps) {
  return (
    <header className="journey-header">
      <a href={hrefOf({ page: 'journeys' })} aria-label="Back to Journeys">
        ←
      </a>
      <h1 id="journey-name">{journey.name}</h1>
      <StatusBadge status={journey.status} />
      <span className="muted">{journey.audience === 'account' ? 'Account journey' : 'People journey'}</span>
    </header>
  );
}
