import { Fragment, type ReactNode } from 'react';
import {
  previewCountsText,
  renamedReferenceNote,
  type BundlePreview,
  type FieldChange,
  type ItemState,
  type JourneyPreview,
} from '../../../shared/bundle';
import { DataTable, type Column } from '../../components/DataTable';
import { formatDateTime } from '../../components/format';

const STATE: Record<ItemState, string> = {
  new: 'New',
  identical: 'Identical',
  conflicting: 'Conflicting',
};

function StateTag({ state, detail }: { state: ItemState; detail?: string }) {
  return (
    <span className={`bundle-state bundle-state-${state}`}>
      {STATE[state]}
      {detail && <span className="muted"> ({detail})</span>}
    </span>
  );
}

/** Text with line-break chances after URL and path separators, so a long URL wraps at a slash, not mid-word. */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[/?&=.#_-])/);
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {p}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </>
  );
}

function Changes({ changes, name }: { changes: FieldChange[]; name: string }) {
  if (changes.length === 0) return <span className="muted">—</span>;
  return (
    <details>
      <summary aria-label={`Show ${changes.length} changes to ${name}`}>
        {changes.length === 1 ? '1 change' : `${changes.length} changes`}
      </summary>
      <table className="table compact diff-table" aria-label={`Changes to ${name}`}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Here</th>
            <th scope="col">In the bundle</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <td>{c.field}</td>
              <td>
                <Breakable text={c.before} />
              </td>
              <td>
                <Breakable text={c.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function journeyDetail(j: JourneyPreview): string | undefined {
  if (j.conflict === 'name') return 'name taken';
  if (j.conflict === 'version') return 'version taken';
  if (j.conflict === 'id') return 'differs from the one here';
  return undefined;
}

type ActionPreview = BundlePreview['actions'][number];

const JOURNEY_COLUMNS: readonly Column<JourneyPreview>[] = [
  { header: 'Journey', cell: (j) => j.name },
  { header: 'Version', cell: (j) => j.version, className: 'num' },
  { header: 'Status', cell: (j) => j.status },
  {
    header: 'Result',
    cell: (j) => (
      <>
        <StateTag state={j.state} detail={journeyDetail(j)} />
        {j.missingReferences.length > 0 && (
          <div className="error">Missing reference: {j.missingReferences.join(', ')}</div>
        )}
      </>
    ),
  },
  { header: 'Changes', cell: (j) => <Changes changes={j.changes} name={j.name} /> },
];

const ACTION_COLUMNS: readonly Column<ActionPreview>[] = [
  { header: 'Action', cell: (a) => a.name },
  { header: 'Type', cell: (a) => a.module },
  {
    header: 'Result',
    cell: (a) => (
      <>
        <StateTag state={a.state} detail={a.conflict === 'name' ? 'name taken' : undefined} />
        {a.secretsToSet.length > 0 && (
          <div className="muted">
            Secrets are never exported: set {a.secretsToSet.join(', ')} again on the Actions tab.
          </div>
        )}
      </>
    ),
  },
  { header: 'Changes', cell: (a) => <Changes changes={a.changes} name={a.name} /> },
];

/** A scenario or a piece of reference data the bundle carries, as one row. */
interface OtherItem {
  key: string;
  item: ReactNode;
  kind: string;
  state: ItemState;
  /** What the import does with it, when more than its state says (a list named otherwise here). */
  note?: string;
}

function otherItems(preview: BundlePreview): OtherItem[] {
  return [
    ...preview.scenarios.map((s) => ({
      key: `s:${s.journeyId}:${s.name}`,
      item: (
        <>
          {s.name} <span className="muted">of {s.journeyName}</span>
        </>
      ),
      kind: 'Scenario',
      state: s.state,
    })),
    ...preview.references.map((r) => ({
      key: `r:${r.collection}:${r.key}`,
      item: r.label,
      kind: r.collection,
      state: r.state,
      note: renamedReferenceNote(r) ?? undefined,
    })),
  ];
}

const OTHER_COLUMNS: readonly Column<OtherItem>[] = [
  { header: 'Item', cell: (o) => o.item },
  { header: 'Kind', cell: (o) => o.kind },
  {
    header: 'Result',
    cell: (o) => (
      <>
        <StateTag state={o.state} />
        {o.note && <div className="muted">{o.note}</div>}
      </>
    ),
  },
];

/** What importing a bundle would do: per journey, then the Actions, scenarios and reference data it carries. */
export function PreviewTable({ preview }: { preview: BundlePreview }) {
  return (
    <div className="bundle-preview">
      <p>
        From <strong>{preview.source}</strong> (Journey Studio {preview.appVersion},{' '}
        {formatDateTime(preview.createdAt)}). {previewCountsText(preview)}
      </p>
      <DataTable
        label="Import preview"
        columns={JOURNEY_COLUMNS}
        rows={preview.journeys}
        rowKey={(j) => j.id}
      />
      {preview.actions.length > 0 && (
        <DataTable
          label="Actions in the bundle"
          columns={ACTION_COLUMNS}
          rows={preview.actions}
          rowKey={(a) => a.id}
        />
      )}
      {(preview.scenarios.length > 0 || preview.references.length > 0) && (
        <DataTable
          label="Scenarios and reference data in the bundle"
          columns={OTHER_COLUMNS}
          rows={otherItems(preview)}
          rowKey={(o) => o.key}
        />
      )}
    </div>
  );
}
