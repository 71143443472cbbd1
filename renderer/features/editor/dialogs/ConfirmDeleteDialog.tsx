import { Modal } from '../../../components/Modal';
import { useEditorStore } from '../../../stores/editor-store';
import { confirmDelete } from '../editor-actions';

/** Asks before a delete also removes the nodes on a split's other paths. */
export function ConfirmDeleteDialog() {
  const pending = useEditorStore((s) => s.pendingDelete);
  // Only while the dialog is open: a closed dialog must not re-render on every edit.
  const body = useEditorStore((s) => (s.pendingDelete ? s.body : null));
  if (!pending || !body) return null;
  const names = (ids: string[]) => ids.map((id) => body.nodes.find((n) => n.id === id)?.name ?? id);
  const cancel = () => useEditorStore.getState().setPendingDelete(null);
  return (
    <Modal title="Delete nodes on other paths?" onClose={cancel}>
      <p>
        Deleting{' '}
        {names(pending.ids)
          .map((n) => `“${n}”`)
          .join(', ')}{' '}
        keeps its first path and also deletes {pending.dropped.length} node
        {pending.dropped.length === 1 ? '' : 's'} on its other paths:
      </p>
      <ul className="dropped-list">
        {names(pending.dropped).map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <p className="muted">You can undo this with Ctrl+Z.</p>
      <div className="actions">
        <button type="button" onClick={cancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => confirmDelete(pending.ids)}>
          Delete {pending.ids.length + pending.dropped.length} nodes
        </button>
      </div>
    </Modal>
  );
}
