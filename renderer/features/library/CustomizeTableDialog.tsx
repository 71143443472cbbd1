import { useState } from 'react';
import { LibraryColumn } from '../../../shared/contract/settings';
import { Modal } from '../../components/Modal';
import { useLibraryStore } from '../../stores/library-store';
import { COLUMNS } from './columns';
import { DEFAULT_COLUMNS } from './library-query';

/** Customize table: a checkbox per column; Apply saves the choice for the next start too. */
export function CustomizeTableDialog({ onClose }: { onClose: () => void }) {
  const current = useLibraryStore((s) => s.columns);
  const applyColumns = useLibraryStore((s) => s.applyColumns);
  const [chosen, setChosen] = useState<Set<LibraryColumn>>(new Set(current));
  const [error, setError] = useState<string | null>(null);

  const toggle = (c: LibraryColumn) => {
    const next = new Set(chosen);
    if (next.has(c)) next.delete(c);
    else next.add(c);
    setChosen(next);
  };
  const apply = async () => {
    try {
      // Keep the table's column order whatever order the boxes were ticked in.
      await applyColumns(LibraryColumn.options.filter((c) => chosen.has(c)));
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Modal title="Customize table" onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void apply();
        }}
      >
        <fieldset className="columns-grid">
          <legend>Columns</legend>
          <label className="check">
            <input type="checkbox" checked disabled />
            Name
          </label>
          {LibraryColumn.options.map((c) => (
            <label key={c} className="check">
              <input type="checkbox" checked={chosen.has(c)} onChange={() => toggle(c)} />
              {COLUMNS[c].label}
            </label>
          ))}
        </fieldset>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            className="link-button"
            onClick={() => setChosen(new Set(DEFAULT_COLUMNS))}
          >
            Reset
          </button>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Apply
          </button>
        </div>
      </form>
    </Modal>
  );
}
