import { formatDateTime } from '../../components/format';
import { useLibraryStore } from '../../stores/library-store';
import { useRemoteStatus } from './remote-status-store';

/** Which remote the Remote status column compares with, when it was checked, and Refresh. */
export function RemoteStatusBar() {
  const remote = useRemoteStatus((s) => s.remote);
  const checkedAt = useRemoteStatus((s) => s.report?.checkedAt);
  const loading = useRemoteStatus((s) => s.loading);
  const error = useRemoteStatus((s) => s.error);
  const refresh = useRemoteStatus((s) => s.refresh);
  const shown = useLibraryStore((s) => s.columns.includes('remoteStatus'));
  if (!shown || (!remote && !error)) return null;
  return (
    <span className="remote-status-bar">
      <span className={error ? 'error' : 'muted'} role={error ? 'alert' : undefined}>
        {error
          ? `Remote status: ${error}`
          : `Remote status: ${remote}${checkedAt ? `, checked ${formatDateTime(checkedAt)}` : ''}`}
      </span>
      <button
        type="button"
        onClick={() => void refresh()}
        disabled={loading}
        aria-label="Refresh remote status"
      >
        {loading ? 'Checking…' : 'Refresh'}
      </button>
    </span>
  );
}
