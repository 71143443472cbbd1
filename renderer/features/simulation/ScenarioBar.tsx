import { useId } from 'react';
import { canonicalJson } from '../../../shared/bundle/canonical-json';
import type { SavedScenario } from '../../../shared/simulation';

type Props = {
  saved: SavedScenario[];
  current: SavedScenario;
  onPick: (s: SavedScenario) => void;
  onNew: () => void;
  onSave: () => void;
  onDelete: () => void;
  busy: boolean;
  /** Some field holds text it refuses: saving would not save what the form shows. */
  invalid: boolean;
};

/** Pick a saved scenario, start a new one, save or delete. */
export function ScenarioBar({
  saved,
  current,
  onPick,
  onNew,
  onSave,
  onDelete,
  busy,
  invalid,
}: Props) {
  const id = useId();
  const match = saved.find((s) => s.name.toLowerCase() === current.name.toLowerCase());
  const isSaved = match !== undefined;
  // Edited since it was picked: the list shows no scenario, so picking the saved one again
  // (to throw the edits away) is a change the select reports.
  const edited = match !== undefined && canonicalJson(match) !== canonicalJson(current);
  return (
    <div className="sim-row">
      <label className="sim-field" htmlFor={id}>
        <span>Saved scenario</span>
        <select
          id={id}
          value={isSaved && !edited ? match.name : ''}
          onChange={(e) => {
            const s = saved.find((x) => x.name === e.target.value);
            if (s) onPick(s);
          }}
        >
          <option value="" disabled>
            {edited
              ? `“${current.name}”, edited (not saved)`
              : saved.length
                ? 'Choose…'
                : 'None saved yet'}
          </option>
          {saved.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
              {s.expected ? ' (with expected figures)' : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={onNew}>
        New scenario
      </button>
      <button type="button" onClick={onSave} disabled={busy || invalid}>
        Save scenario
      </button>
      <button type="button" onClick={onDelete} disabled={busy || !isSaved}>
        Delete scenario
      </button>
    </div>
  );
}
