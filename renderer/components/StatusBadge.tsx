import type { JourneyStatus } from '../../shared/model';

const CLASS: Record<JourneyStatus, string> = {
  Draft: 'draft',
  Scheduled: 'scheduled',
  Live: 'live',
  'Closed to new entries': 'closed',
  Aborted: 'aborted',
  Finished: 'finished',
};

/** A journey status, in the seed's words, coloured by what it allows. */
export function StatusBadge({ status }: { status: JourneyStatus }) {
  return <span className={`status status-${CLASS[status]}`}>{status}</span>;
}
