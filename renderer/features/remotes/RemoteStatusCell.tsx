import './remotes.css';
import { useEffect } from 'react';
import type { JourneySummary } from '../../../shared/model';
import { useRemoteStatus } from './remote-status-store';

const LABEL = { 'not on remote': 'Not on remote', same: 'Same', differs: 'Differs' } as const;

/** The library's Remote status cell: how this journey compares with the remote, and its status there. */
export function RemoteStatusCell({ journey }: { journey: Pick<JourneySummary, 'id' | 'status'> }) {
  const ensure = useRemoteStatus((s) => s.ensure);
  const remote = useRemoteStatus((s) => s.remote);
  const entry = useRemoteStatus((s) => s.report?.journeys.find((j) => j.id === journey.id));
  useEffect(ensure, [ensure]);
  if (journey.status === 'Draft' || !entry) return <span className="muted">—</span>;
  const there =
    entry.remoteStatus && entry.remoteStatus !== journey.status
      ? ` · ${entry.remoteStatus} there`
      : '';
  return (
    <span
      className={`remote-state remote-state-${entry.remote.replace(/ /g, '-')}`}
      title={`On ${remote ?? 'the remote'}: ${entry.remoteStatus ?? 'not there'}`}
    >
      {LABEL[entry.remote]}
      {there}
    </span>
  );
}
