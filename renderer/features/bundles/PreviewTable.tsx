import { Fragment } from 'react';
import type { BundlePreview, FieldChange, ItemState, JourneyPreview } from '../../../shared/bundle';
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

/** What importing a bundle would do: per journey, then the Actions, scenarios and reference data it carries. */
export function PreviewTable({ preview }: { preview: BundlePreview }) {
  const { counts } = preview;
  return (
    <div className="bundle-preview">
      <p>
        From <strong>{preview.source}</strong> (Journey Studio {preview.appVersion},{' '}
        {formatDateTime(preview.createdAt)}): {counts.new} new, {counts.identical} identical,{' '}
        {counts.conflicting} conflicting
        {counts.missingReferences > 0 && `, ${counts.missingReferences} with missing references`}.
      </p>
      <table className="table compact" aria-label="Import preview">
        <thead>
          <tr>
            <th scope="col">Journey</th>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Result</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {preview.journeys.map((j) => (
            <tr key={j.id}>
              <td>{j.name}</td>
              <td className="num">{j.version}</td>
              <td>{j.status}</td>
              <td>
                <StateTag state={j.state} detail={journeyDetail(j)} />
                {j.missingReferences.length > 0 && (
                  <div className="error">Missing reference: {j.missingReferences.join(', ')}</div>
                )}
              </td>
              <td>
                <Changes changes={j.changes} name={j.name} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.actions.length > 0 && (
        <table className="table compact" aria-label="Actions in the bundle">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Type</th>
              <th scope="col">Result</th>
              <th scope="col">Changes</th>
            </tr>
          </thead>
          <tbody>
            {preview.actions.map((a) => (
              <tr key={a.id}>
                <td>{a.name}</td>
                <td>{a.module}</td>
                <td>
                  <StateTag
                    state={a.state}
                    detail={a.conflict === 'name' ? 'name taken' : undefined}
                  />
                  {a.secretsToSet.length > 0 && (
                    <div className="muted">
                      Secrets are never exported: set {a.secretsToSet.join(', ')} again on the
                      Actions tab.
                    </div>
                  )}
                </td>
                <td>
                  <Changes changes={a.changes} name={a.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(preview.scenarios.length > 0 || preview.references.length > 0) && (
        <table className="table compact" aria-label="Scenarios and reference data in the bundle">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Kind</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {preview.scenarios.map((s) => (
              <tr key={`s:${s.journeyId}:${s.name}`}>
                <td>
                  {s.name} <span className="muted">of {s.journeyName}</span>
                </td>
                <td>Scenario</td>
                <td>
                  <StateTag state={s.state} />
                </td>
              </tr>
            ))}
            {preview.references.map((r) => (
              <tr key={`r:${r.collection}:${r.key}`}>
                <td>{r.label}</td>
                <td>{r.collection}</td>
                <td>
                  <StateTag state={r.state} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
