import { useState, type FormEvent } from 'react';
import type { Audience } from '../../../shared/model';
import { Modal } from '../../components/Modal';
import { navigate } from '../../app/router';
import { useLibraryStore } from '../../stores/library-store';

/** Create journey: Name, Description, Type (Account journey or People journey); opens the new canvas. */
export function CreateJourneyDialog({ onClose }: { onClose: () => void }) {
  const create = useLibraryStore((s) => s.create);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [audience, setAudience] = useState<Audience>('account');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const journey = await create({ name, description, audience });
      onClose();
      navigate({ page: 'journey', id: journey.id });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Create journey" onClose={onClose}>
      <form onSubmit={submit} className="form">
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required autoFocus aria-invalid={!!error} />
        </label>
        <label>
          Description
          <textarea value={description} onChange={(e) => setDescription(e.target.value)} maxLength={1000} rows={3} />
        </label>
        <fieldset>
          <legend>Type</legend>
          <label className="radio">
            <input type="radio" name="audience" checked={audience === 'account'} onChange={() => setAudience('account')} />
            Account journey
          </label>
          <label className="radio">
            <input type="radio" name="audience" checked={audience === 'people'} onChange={() => setAudience('people')} />
            People journey
          </label>
        </fieldset>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !name.trim()}>
            Create
          </button>
        </div>
      </form>
    </Modal>
  );
}
