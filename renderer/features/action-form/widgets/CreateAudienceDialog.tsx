import { useState, type FormEvent } from 'react';
import type { OutputOf } from '../../../../shared/contract';
import { Modal } from '../../../components/Modal';
import { useWorkspaceStore } from '../../settings/workspace-store';
import { FormFooter } from '../../../components/FormFooter';

type Audience = OutputOf<'audiences.create'>;

/** Seed 000 "Create external customer audience": Name (required), Description (optional), Create. */
export function CreateAudienceDialog({
  onCreated,
  onClose,
}: {
  onCreated: (a: Audience) => void;
  onClose: () => void;
}) {
  const createAudience = useWorkspaceStore((s) => s.createAudience);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The form sits inside the inspector's form; the outer one must not see this submit.
    event.stopPropagation();
    setBusy(true);
    setError(null);
    try {
      onCreated(await createAudience({ name, description }));
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Modal title="Create external customer audience" onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label>
          <span>
            Name{' '}
            <span aria-hidden="true" className="required-mark">
              *
            </span>
          </span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={200}
            required
            autoFocus
            aria-invalid={!!error || undefined}
            aria-describedby={error ? 'create-audience-error' : undefined}
          />
        </label>
        <label>
          Description (optional)
          <textarea
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            maxLength={1000}
            rows={3}
          />
        </label>
        <FormFooter
          error={error}
          errorId="create-audience-error"
          submitLabel="Create"
          disabled={busy || !name.trim()}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
