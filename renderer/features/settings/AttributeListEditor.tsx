import { AttributeDef } from '../../../shared/model';
import { AddRow } from './AddRow';
import { StringListEditor } from './StringListEditor';
import { newAttribute, patchAt, removeAt } from './workspace-edit';

const TYPES: AttributeDef['type'][] = ['string', 'number', 'boolean', 'date'];

const knownCount = (a: AttributeDef) =>
  a.values?.length ? `${a.values.length} value${a.values.length === 1 ? '' : 's'}` : 'None';

/** Account or person attributes: label, key (used in Liquid and criteria), type and known values. */
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
            <th scope="col">Known values</th>
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
                {/* Offered by criteria value fields (tiers, industries); none means free text. */}
                <details className="known-values">
                  <summary
                    aria-label={`${knownCount(a)}: known values of ${a.label || `${noun} ${i + 1}`}`}
                  >
                    {knownCount(a)}
                  </summary>
                  <StringListEditor
                    noun={`${a.label || noun} value`}
                    values={a.values ?? []}
                    onChange={(values) =>
                      onChange(patchAt(items, i, { values: values.length ? values : undefined }))
                    }
                  />
                </details>
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
