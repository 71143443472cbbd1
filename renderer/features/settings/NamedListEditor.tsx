import type { ReactNode } from 'react';
import { AddRow } from './AddRow';
import { addNamed, patchAt, removeAt } from './workspace-edit';

interface Props<T extends { id: string; name: string }> {
  noun: string;
  items: readonly T[];
  idPrefix: string;
  /** Values a new item starts with besides id and name. */
  blank: Omit<T, 'id' | 'name'>;
  onChange: (items: T[]) => void;
  /** Extra controls of one item (description, kind, nested lists). */
  details?: (item: T, patch: (p: Partial<T>) => void) => ReactNode;
}

/** Items with an id and a name: rename, add, remove; ids stay stable so references survive a rename. */
export function NamedListEditor<T extends { id: string; name: string }>({
  noun,
  items,
  idPrefix,
  blank,
  onChange,
  details,
}: Props<T>) {
  return (
    <div className="list-editor">
      <ul className="named-list">
        {items.map((item, i) => (
          <li key={item.id} className="named-row">
            <div className="named-head">
              <input
                aria-label={`${noun} ${i + 1} name`}
                value={item.name}
                maxLength={200}
                onChange={(e) =>
                  onChange(patchAt(items, i, { name: e.target.value } as Partial<T>))
                }
              />
              <code className="muted id">{item.id}</code>
              <button
                type="button"
                className="icon"
                aria-label={`Remove ${noun} ${item.name}`}
                onClick={() => onChange(removeAt(items, i))}
              >
                ×
              </button>
            </div>
            {details && (
              <div className="named-details">
                {details(item, (p) => onChange(patchAt(items, i, p)))}
              </div>
            )}
          </li>
        ))}
      </ul>
      <AddRow noun={noun} onAdd={(name) => onChange(addNamed(items, name, idPrefix, blank))} />
    </div>
  );
}
