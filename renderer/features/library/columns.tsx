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

type FoldKind = 'by' | 'description' | 'detail';

interface ColumnDef {
  label: string;
  render: (j: JourneySummary) => ReactNode;
  className?: string;
  /**
   * Where the cell's content goes when the table is too narrow for every column (CSS container
   * query in styles.css): under the Name, or under its date ("by …"), instead of a column of its own.
   */
  foldsInto?: LibraryColumn | 'name';
  /**
   * When it folds (container queries in styles.css): 'by' first, then 'description', then
   * 'detail' (a short line under the name), so the Name column keeps a readable width.
   */
  foldKind?: FoldKind;
  /** The folded content's text (nothing is folded in when it is empty). */
  text?: (j: JourneySummary) => string;
}

/** Text cut to one line with an ellipsis; the whole of it as the tooltip. */
const OneLine = ({ text }: { text: string }) => (
  <span className="one-line" title={text}>
    {text}
  </span>
);

/** The optional columns, with the seed's labels; Name is always first and always shown. */
export const COLUMNS: Record<LibraryColumn, ColumnDef> = {
  status: { label: 'Status', render: (j) => <StatusBadge status={j.status} /> },
  type: {
    label: 'Type',
    render: (j) => JOURNEY_TYPE_LABELS[j.audience].one,
    className: 'nowrap',
    foldsInto: 'name',
    foldKind: 'detail',
    text: (j) => JOURNEY_TYPE_LABELS[j.audience].one,
  },
  version: { label: 'Version', render: (j) => j.version, className: 'num' },
  description: {
    label: 'Description',
    render: (j) => (
      <span className="clamp" title={j.description}>
        {j.description}
      </span>
    ),
    className: 'muted',
    foldsInto: 'name',
    foldKind: 'description',
    text: (j) => j.description,
  },
  createdBy: {
    label: 'Created by',
    render: (j) => <OneLine text={j.createdBy} />,
    foldsInto: 'name',
    foldKind: 'detail',
    text: (j) => `Created by ${j.createdBy}`,
  },
  updatedAt: {
    label: 'Last updated at',
    render: (j) => <CompactDate iso={j.updatedAt} />,
    className: 'date',
  },
  updatedBy: {
    label: 'Last updated by',
    render: (j) => <OneLine text={j.updatedBy} />,
    foldsInto: 'updatedAt',
    foldKind: 'by',
    text: (j) => j.updatedBy,
  },
  publishedAt: {
    label: 'Published on',
    render: (j) => <CompactDate iso={j.publishedAt} />,
    className: 'date',
  },
  publishedBy: {
    label: 'Published by',
    render: (j) => <OneLine text={j.publishedBy ?? ''} />,
    foldsInto: 'publishedAt',
    foldKind: 'by',
    text: (j) => j.publishedBy ?? '',
  },
  remoteStatus: { label: 'Remote status', render: (j) => <RemoteStatusCell journey={j} /> },
};

/** The visible columns whose content folds into `target` when the table is narrow. */
export function foldedInto(target: LibraryColumn | 'name', visible: readonly LibraryColumn[]) {
  return visible.filter((c) => COLUMNS[c].foldsInto === target);
}

/** A folded column's content, shown in its host cell only while the column itself is folded away. */
export function FoldedCells({
  target,
  visible,
  journey,
}: {
  target: LibraryColumn | 'name';
  visible: readonly LibraryColumn[];
  journey: JourneySummary;
}) {
  return foldedInto(target, visible).map((c) => {
    const text = COLUMNS[c].text?.(journey) ?? '';
    if (text === '') return null;
    const kind = COLUMNS[c].foldKind;
    const shown = kind === 'by' ? `by ${text}` : text;
    const lines = kind === 'description' ? 'clamp' : 'one-line';
    return (
      <span key={c} className={`folded folded-${kind} ${lines}`} title={text}>
        {shown}
      </span>
    );
  });
}

/** The class that folds a column away in a narrow table: "by" columns, Description, then details. */
export function foldClass(c: LibraryColumn): string | undefined {
  const kind = COLUMNS[c].foldKind;
  return kind === undefined ? undefined : `fold-${kind}`;
}
