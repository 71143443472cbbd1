import { useState, type FormEvent } from 'react';
import type { Workspace } from '../../../../shared/model';
import { Modal } from '../../../components/Modal';
import { radioTabIndex } from '../../../components/radio-tab-stop';

interface Props {
  audiences: Workspace['externalAudiences'];
  selected: string;
  onAdd: (id: string) => void;
  onClose: () => void;
}

/** Seed 000 "Select external customer audience": pick one audience, then Add audience. */
export function SelectAudienceDialog({ audiences, selected, onAdd, onClose }: Props) {
  const [choice, setChoice] = useState(selected);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (choice) onAdd(choice);
  };
  return (
    <Modal title="Select external customer audience" onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <fieldset className="audience-list">
          <legend>External customer audiences</legend>
          {audiences.length === 0 && <p className="muted">No audiences yet. Create one first.</p>}
          {audiences.map((a, i) => (
            <label key={a.id} className="radio audience-option">
              <input
                type="radio"
                name="audience"
                value={a.id}
                checked={choice === a.id}
                tabIndex={radioTabIndex(
                  i,
                  audiences.some((x) => x.id === choice),
                )}
                onChange={() => setChoice(a.id)}
              />
              <span>
                <span className="audience-name">{a.name}</span>
                {a.description && (
                  <span className="muted audience-description">{a.description}</span>
                )}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!choice}>
            Add audience
          </button>
        </div>
      </form>
    </Modal>
  );
}
