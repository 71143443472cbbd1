import { useId, useState, type ReactNode } from 'react';
import { useFocusNewRow } from '../../components/focus-new-row';
import { AddRow } from './AddRow';
import { DeleteUsedDialog } from './DeleteUsedDialog';
import { UsedByLine } from './UsedByLine';
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
  /** Item id -> the journeys that use it; a delete of a used item asks first. */
  usage?: Readonly<Record<string, readonly string[]>>;
}

/** Items with an id and a name: rename, add, remove; ids stay stable so references survive a rename. */
export function NamedListEditor<T extends { id: string; name: string }>({
  noun,
  items,
  idPrefix,
  blank,
  onChange,
  details,
  usage,
}: Props<T>) {
  // After a removal focus goes to the row that took its place (else the one before, else Add).
  const rows = useFocusNewRow<HTMLDivElement>(items.length, '.named-row');
  const [confirming, setConfirming] = useState<T | null>(null);
  const usedById = useId();
  const remove = (item: T) => {
    const index = items.indexOf(item);
    if (index < 0) return;
    rows.expectRemoval(index);
    onChange(removeAt(items, index));
  };
  return (
    <div className="list-editor" ref={rows.container}>
      <ul className="named-list">
        {items.map((item, i) => {
          const usedBy = usage?.[item.id] ?? [];
          return (
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
                  aria-describedby={usedBy.length > 0 ? `${usedById}-${i}` : undefined}
                  onClick={() => (usedBy.length > 0 ? setConfirming(item) : remove(item))}
                >
                  ×
                </button>
              </div>
              <UsedByLine id={`${usedById}-${i}`} names={usedBy} />
              {details && (
                <div className="named-details">
                  {details(item, (p) => onChange(patchAt(items, i, p)))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <AddRow noun={noun} onAdd={(name) => onChange(addNamed(items, name, idPrefix, blank))} />
      {confirming && (
        <DeleteUsedDialog
          noun={noun}
          name={confirming.name}
          usedBy={usage?.[confirming.id] ?? []}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            remove(confirming);
          }}
        />
      )}
    </div>
  );
}
