import { useEffect, useState, type FormEvent } from 'react';
import {
  defaultDuplicateName,
  DUPLICATE_TYPE_LABELS,
  DuplicateType,
} from '../../../shared/lifecycle/duplicate';
import { duplicateDraftNote } from '../../../shared/lifecycle/duplicate-drafts';
import type { FieldDrafts, Journey } from '../../../shared/model';
import { fieldDraftsKept, loadFieldDrafts } from '../../stores/field-draft-storage';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import { flushEdits } from '../editor/use-autosave';
import type { LifecycleOutcome, LifecycleTarget } from './lifecycle-actions';
import { FormFooter } from '../../components/FormFooter';

const HELP: Record<DuplicateType, string> = {
  partial:
    'Copies everything except created emails and SMS messages; Marketo Engage references stay intact.',
  withoutDetails:
    'Copies only the node structure and paths; node settings (the Entry’s audience too) and path conditions are unset, and every Wait uses 5 days.',
};

interface DuplicateDialogProps {
  journey: LifecycleTarget;
  onDone: (outcome: LifecycleOutcome) => void;
  onClose: () => void;
}

/**
 * The journey as saved and its refused values (after the editor's pending edits are kept), so the
 * dialog can say which values the copy keeps and which it leaves behind.
 */
function useRefusedValues(id: string): { journey: Journey; drafts: FieldDrafts } | null {
  const [state, setState] = useState<{ journey: Journey; drafts: FieldDrafts } | null>(null);
  useEffect(() => {
    let live = true;
    flushEdits(id)
      .then(() => Promise.all([api.call('journeys.get', { id }), loadFieldDrafts(id)]))
      .then(([journey, drafts]) => live && setState({ journey, drafts }))
      .catch(() => undefined); // the note is a courtesy: Duplicate itself still works
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}

/** Seed 002's Duplicate Journey dialog: Name (`<name>_copy`), Description, Type. */
export function DuplicateDialog({ journey, onDone, onClose }: DuplicateDialogProps) {
  const [name, setName] = useState(`${journey.name}_copy`);
  const [description, setDescription] = useState(journey.description);
  const [type, setType] = useState<DuplicateType>('partial');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refused = useRefusedValues(journey.id);
  const draftNote = refused && duplicateDraftNote(refused.drafts, refused.journey, type);

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
        journey: await flushEdits(journey.id)
          .then(() => fieldDraftsKept(journey.id)) // the copy takes the refused values core keeps
          .then(() => api.call('journeys.duplicate', { id: journey.id, name, description, type })),
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
        {draftNote && (
          <p className="muted small" role="status">
            {draftNote}
          </p>
        )}
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
