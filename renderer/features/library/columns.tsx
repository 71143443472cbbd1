import type { ReactNode } from 'react';
import type { LibraryColumn } from '../../../shared/contract/settings';
import { JOURNEY_TYPE_LABELS, type JourneySummary } from '../../../shared/model';
import { formatCompactDate, formatDateTime } from '../../components/format';
import { StatusBadge } from '../../components/StatusBadge';
import { RemoteStatusCell } from '../remotes/RemoteStatusCell';

/** A date that fits one line of a ten-column table; the full date and time on hover. */
function CompactDate({ iso }: { iso: string | null | undefined }) {
  if (!iso) return null;
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatCompactDate(iso)}
    </time>
  );
}

interface ColumnDef {
  label: string;
  render: (j: JourneySummary) => ReactNode;
  className?: string;
}

/** The optional columns, with the seed's labels; Name is always first and always shown. */
export const COLUMNS: Record<LibraryColumn, ColumnDef> = {
  status: { label: 'Status', render: (j) => <StatusBadge status={j.status} /> },
  type: { label: 'Type', render: (j) => JOURNEY_TYPE_LABELS[j.audience].one },
  version: { label: 'Version', render: (j) => j.version, className: 'num' },
  description: {
    label: 'Description',
    render: (j) => <span className="clamp">{j.description}</span>,
    className: 'muted',
  },
  createdBy: { label: 'Created by', render: (j) => j.createdBy },
  updatedAt: {
    label: 'Last updated at',
    render: (j) => <CompactDate iso={j.updatedAt} />,
    className: 'date',
  },
  updatedBy: { label: 'Last updated by', render: (j) => j.updatedBy },
  publishedAt: {
    label: 'Published on',
    render: (j) => <CompactDate iso={j.publishedAt} />,
    className: 'date',
  },
  publishedBy: { label: 'Published by', render: (j) => j.publishedBy ?? '' },
  remoteStatus: { label: 'Remote status', render: (j) => <RemoteStatusCell journey={j} /> },
};
