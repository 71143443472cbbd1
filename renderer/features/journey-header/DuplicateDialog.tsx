import { useEffect, useState, type FormEvent } from 'react';
import {
  defaultDuplicateName,
  DUPLICATE_TYPE_LABELS,
  DuplicateType,
} from '../../../shared/lifecycle/duplicate';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import { flushEdits } from '../editor/use-autosave';
import type { LifecycleOutcome, LifecycleTarget } from './lifecycle-actions';
import { FormFooter } from '../../components/FormFooter';

const HELP: Record<DuplicateType, string> = {
  partial:
    'Copies everything except created emails and SMS messages; Marketo Engage references stay intact.',
  withoutDetails:
    'Copies only the node structure and paths; settings and path conditions are unset and every Wait uses 5 days.',
};

interface DuplicateDialogProps {
  journey: LifecycleTarget;
  onDone: (outcome: LifecycleOutcome) => void;
  onClose: () => void;
}

/** Seed 002's Duplicate Journey dialog: Name (`<name>_copy`), Description, Type. */
export function DuplicateDialog({ journey, onDone, onClose }: DuplicateDialogProps) {
  const [name, setName] = useState(`${journey.name}_copy`);
  const [description, setDescription] = useState(journey.description);
  const [type, setType] = useState<DuplicateType>('partial');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The default must be unique: look at the library once and add a counter when needed.
  useEffect(() => {
    let live = true;
    api.call('journeys.list', {}).then(
      (list) =>
        live &&
        setName((n) =>
          n === `${journey.name}_copy` ? defaultDuplicateName(journey.name, list) : n,
        ),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [journey.name]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone({
        kind: 'open',
        journey: await flushEdits(journey.id).then(() =>
          api.call('journeys.duplicate', { id: journey.id, name, description, type }),
        ),
      });
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Modal title="Duplicate Journey" onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label>
          Name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={100}
            required
            autoFocus
            aria-invalid={!!error}
          />
        </label>
        <label>
          Description
          <textarea
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            maxLength={1000}
            rows={3}
          />
        </label>
        <fieldset>
          <legend>Type</legend>
          {DuplicateType.options.map((t) => (
            <label key={t} className="radio">
              <input
                type="radio"
                name="duplicate-type"
                checked={type === t}
                onChange={() => setType(t)}
                aria-describedby={`dup-help-${t}`}
              />
              <span>
                {DUPLICATE_TYPE_LABELS[t]}
                <span id={`dup-help-${t}`} className="muted small block">
                  {HELP[t]}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <FormFooter
          error={error}
          submitLabel="Duplicate"
          disabled={busy || !name.trim()}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
