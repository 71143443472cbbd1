import { useId } from 'react';
import { ADDABLE_NODE_TYPES, addTargetAfter, type AddableNodeType } from '../../../shared/graph';
import { addNodeIssue } from '../../../shared/validation';
import { useEditorStore } from '../../stores/editor-store';
import { addNodeAfterSelection } from './editor-actions';
import { NODE_META } from './node-meta';

/**
 * Why each palette item may not be added after the selection: the "+" menu's rule (a path of a
 * split by people holds only people actions and events), so both offer the same steps; or, with an
 * Exit or Go to selected that has no single path into it, why nothing can be added there.
 */
function usePaletteIssues(): (type: AddableNodeType) => string | undefined {
  const journey = useEditorStore((s) => s.journey);
  const body = useEditorStore((s) => s.body);
  const selection = useEditorStore((s) => s.selection);
  if (!journey || !body) return () => undefined;
  const choice = addTargetAfter(body, selection);
  if (choice.issue !== undefined) return () => choice.issue;
  return (type) => addNodeIssue({ ...journey, ...body }, choice.target, type);
}

/** The drag data type of a palette item. */
export const PALETTE_MIME = 'application/x-journey-node';

/** Node types to drag onto the map (the "+" buttons do the same from the keyboard). */
export function Palette() {
  const issueOf = usePaletteIssues();
  const id = useId();
  return (
    <aside className="palette" aria-label="Node palette">
      <h2>Nodes</h2>
      <ul>
        {ADDABLE_NODE_TYPES.map((type) => {
          const reason = issueOf(type);
          const reasonId = `${id}-${type}-reason`;
          return (
            <li key={type}>
              <button
                type="button"
                draggable
                className="palette-item"
                title={reason ?? NODE_META[type].hint}
                aria-label={`${NODE_META[type].label}: Enter adds it after the selected node (before an Exit or Go to), or drag it onto the map`}
                // Focusable while disabled, so the keyboard reaches the reason (read as its description).
                aria-disabled={reason ? true : undefined}
                aria-describedby={reason ? reasonId : undefined}
                onClick={() => !reason && addNodeAfterSelection(type)}
                onDragStart={(e) => {
                  e.dataTransfer.setData(PALETTE_MIME, type);
                  e.dataTransfer.effectAllowed = 'copy';
                }}
              >
                <span aria-hidden className="jnode-icon">
                  {NODE_META[type].icon}
                </span>
                {NODE_META[type].label}
                {reason && (
                  <span id={reasonId} className="visually-hidden">
                    {reason}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
