import { AttributeDef } from '../../../shared/model';
import { AddRow } from './AddRow';
import { newAttribute, patchAt, removeAt } from './workspace-edit';

const TYPES: AttributeDef['type'][] = ['string', 'number', 'boolean', 'date'];

/** Account or person attributes: label, key (used in Liquid and criteria) and type. */
export function AttributeListEditor({
  noun,
  items,
  onChange,
}: {
  noun: string;
  items: readonly AttributeDef[];
  onChange: (items: AttributeDef[]) => void;
}) {
  return (
    <div className="list-editor">
      <table className="table compact">
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Key</th>
            <th scope="col">Type</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((a, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`${noun} ${i + 1} label`}
                  value={a.label}
                  maxLength={200}
                  onChange={(e) => onChange(patchAt(items, i, { label: e.target.value }))}
                />
              </td>
              <td>
                <input
                  aria-label={`${noun} ${i + 1} key`}
                  aria-invalid={AttributeDef.shape.key.safeParse(a.key).success ? undefined : true}
                  title="Letters, digits and _; not starting with a digit"
                  value={a.key}
                  maxLength={100}
                  spellCheck={false}
                  onChange={(e) => onChange(patchAt(items, i, { key: e.target.value }))}
                />
              </td>
              <td>
                <select
                  aria-label={`${noun} ${i + 1} type`}
                  value={a.type}
                  onChange={(e) =>
                    onChange(patchAt(items, i, { type: e.target.value as AttributeDef['type'] }))
                  }
                >
                  {TYPES.map((t) => (
                    <option key={t}>{t}</option>
                  ))}
                </select>
              </td>
              <td>
                <button
                  type="button"
                  className="icon"
                  aria-label={`Remove ${noun} ${a.label}`}
                  onClick={() => onChange(removeAt(items, i))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddRow
        noun={noun}
        onAdd={(label) => {
          const attr = newAttribute(label, items);
          if (attr) onChange([...items, attr]);
        }}
      />
    </div>
  );
}
