import './custom-actions.css';
import { useEffect, useState } from 'react';
import type { ActionView } from '../../../shared/custom-actions';
import { formatDateTime } from '../../components/format';
import { ActionDetail } from './ActionDetail';
import { ActionDialog } from './ActionDialog';
import { moduleOf, useCustomActionsStore } from './custom-actions-store';

type Dialog = { kind: 'create' } | { kind: 'edit'; action: ActionView } | null;

/** The Actions tab (seed 003): configured Actions, Create Action, and each Action's detail page. */
export function ActionsPage() {
  const { modules, actions, loaded, error, reload } = useCustomActionsStore();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  useEffect(() => {
    void reload();
  }, [reload]);

  const selected = actions.find((a) => a.id === selectedId);
  const dialogView = dialog && (
    <ActionDialog
      modules={modules}
      action={dialog.kind === 'edit' ? dialog.action : undefined}
      onClose={() => setDialog(null)}
      onSaved={(saved) => {
        setDialog(null);
        setSelectedId(saved.id);
        void reload();
      }}
    />
  );

  if (selected) {
    return (
      <>
        <ActionDetail
          // A fresh detail per Action, so a test result never shows under another Action.
          key={selected.id}
          action={selected}
          module={moduleOf(modules, selected)}
          onBack={() => setSelectedId(null)}
          onEdit={() => setDialog({ kind: 'edit', action: selected })}
          onDeleted={() => {
            setSelectedId(null);
            void reload();
          }}
        />
        {dialogView}
      </>
    );
  }

  return (
    <section className="page actions-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">Actions</h1>
        <button
          type="button"
          className="primary"
          onClick={() => setDialog({ kind: 'create' })}
          disabled={modules.length === 0}
        >
          Create Action
        </button>
      </header>
      <p className="muted">
        Reusable integrations that journey Action steps call. Results are stored under the step’s
        Data Key, e.g. {'{{ journey.my_action.body }}'}.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {loaded && actions.length === 0 && !error && (
        <p className="empty">
          No Actions yet. Create one to call an external service from a journey.
        </p>
      )}
      {actions.length > 0 && (
        <table className="table" aria-label="Actions">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Functions</th>
              <th scope="col">Used by</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id}>
                <td>
                  <button type="button" className="link" onClick={() => setSelectedId(a.id)}>
                    {a.name}
                  </button>
                </td>
                <td>{a.moduleLabel}</td>
                <td>{a.functions.join(', ')}</td>
                <td>
                  {a.usedBy.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    `${a.usedBy.length} journey${a.usedBy.length === 1 ? '' : 's'}`
                  )}
                </td>
                <td className="nowrap">{formatDateTime(a.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dialogView}
    </section>
  );
}
