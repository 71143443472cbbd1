import { usedByText } from '../../../shared/catalog';
import { FormFooter } from '../../components/FormFooter';
import { Modal } from '../../components/Modal';

/**
 * Asks before deleting a list journeys use: they would point at a list that is gone (their Entry or
 * step then says it is not in this workspace). A rename needs no question: references follow ids.
 */
export function DeleteUsedDialog({
  noun,
  name,
  usedBy,
  onCancel,
  onConfirm,
}: {
  noun: string;
  name: string;
  usedBy: readonly string[];
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <Modal title={`Delete ${noun} “${name}”?`} onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
      >
        <p>{usedByText(usedBy)}.</p>
        <p>
          Their steps will show it as not in this workspace, and a journey whose Entry lets it in
          cannot be published. The list is deleted when you save.
        </p>
        <FormFooter
          error={null}
          submitLabel={`Delete ${noun}`}
          disabled={false}
          onCancel={onCancel}
        />
      </form>
    </Modal>
  );
}
