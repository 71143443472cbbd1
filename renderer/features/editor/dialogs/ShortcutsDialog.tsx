import { KeyTable } from '../../../components/KeyTable';
import { Modal } from '../../../components/Modal';
import { useEditorStore } from '../../../stores/editor-store';
import { SHORTCUTS } from '../shortcuts';

/** The list of keyboard shortcuts. */
export function ShortcutsDialog() {
  const open = useEditorStore((s) => s.helpOpen);
  if (!open) return null;
  const close = () => useEditorStore.getState().setHelpOpen(false);
  return (
    <Modal title="Keyboard shortcuts" onClose={close}>
      <KeyTable caption="Canvas editor" rows={SHORTCUTS} className="shortcuts" />
      <div className="actions">
        <button type="button" className="primary" onClick={close} autoFocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
