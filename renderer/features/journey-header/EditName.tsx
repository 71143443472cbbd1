import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isNameFree } from '../../../shared/journeys/names';
import { renameRefusal } from '../../../shared/lifecycle/status-rules';
import { DisplayName, type Journey, type JourneySummary } from '../../../shared/model';
import { api } from '../../api/client';

interface EditNameProps {
  journey: Journey;
  onRenamed: (journey: Journey) => void;
}

/** Why a name cannot be used, checked before asking core (which checks again). */
function nameProblem(name: string, journey: Journey, others: JourneySummary[]): string | null {
  const parsed = DisplayName.safeParse(name);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Invalid name';
  return isNameFree(name, others, journey.id)
    ? null
    : `A journey named "${name.trim()}" already exists`;
}

/** The journey name with its Edit name control: inline, 1–100 characters, unique. */
export function EditName({ journey, onRenamed }: EditNameProps) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(journey.name);
  const [others, setOthers] = useState<JourneySummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  // Saved or cancelled: focus goes back to Edit name (the field holding it is gone).
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  // Seed 002: only a Draft is editable; the control stays focusable so the keyboard reaches why.
  const refusal = renameRefusal(journey.status);

  const start = () => {
    if (refusal) return;
    setValue(journey.name);
    setError(null);
    setEditing(true);
    api.call('journeys.list', {}).then(setOthers, () => undefined);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(value, journey, others);
    if (problem) return setError(problem);
    if (value.trim() === journey.name) return setEditing(false);
    try {
      onRenamed(await api.call('journeys.rename', { id: journey.id, name: value }));
      setEditing(false);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!editing) {
    return (
      <div className="journey-name">
        <h1 id="journey-name" tabIndex={-1} data-focus-home data-journey-id={journey.id}>
          {journey.name}
        </h1>
        <button
          ref={editButton}
          type="button"
          className="icon-button"
          aria-label="Edit name"
          title={refusal ?? 'Edit name'}
          aria-disabled={refusal ? true : undefined}
          aria-describedby={refusal ? 'journey-name-locked' : undefined}
          onClick={start}
        >
          ✎
        </button>
        {refusal && (
          <span id="journey-name-locked" className="visually-hidden">
            {refusal}
          </span>
        )}
      </div>
    );
  }
  return (
    <form
      className="journey-name editing"
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
    >
      <h1 id="journey-name" className="visually-hidden" data-journey-id={journey.id}>
        {journey.name}
      </h1>
      <input
        aria-label="Journey name"
        value={value}
        maxLength={120}
        autoFocus
        aria-invalid={!!error}
        aria-describedby={error ? 'journey-name-error' : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="primary">
        Save name
      </button>
      <button type="button" onClick={() => setEditing(false)}>
        Cancel
      </button>
      {error && (
        <span id="journey-name-error" role="alert" className="error">
          {error}
        </span>
      )}
    </form>
  );
}
