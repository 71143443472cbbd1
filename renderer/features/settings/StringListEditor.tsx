import { AddRow } from './AddRow';
import { addValue, removeAt } from './workspace-edit';

interface Props {
  noun: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
}

/** Plain text values (tags, groups, roles, stages…): rename in place, add, remove. */
export function StringListEditor({ noun, values, onChange }: Props) {
  return (
    <div className="list-editor">
      <ul className="chips">
        {values.map((v, i) => (
          <li key={i} className="chip-row">
            <input
              aria-label={`${noun} ${i + 1}`}
              value={v}
              maxLength={200}
              onChange={(e) => onChange(values.map((x, j) => (j === i ? e.target.value : x)))}
            />
            <button
              type="button"
              className="icon"
              aria-label={`Remove ${noun} ${v}`}
              onClick={() => onChange(removeAt(values, i))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <AddRow noun={noun} onAdd={(text) => onChange(addValue(values, text))} />
    </div>
  );
}
