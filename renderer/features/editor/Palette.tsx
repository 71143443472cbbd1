import { ADDABLE_NODE_TYPES } from '../../../shared/graph';
import { addNodeAfterSelection } from './editor-actions';
import { NODE_META } from './node-meta';

/** The drag data type of a palette item. */
export const PALETTE_MIME = 'application/x-journey-node';

/** Node types to drag onto the map (the "+" buttons do the same from the keyboard). */
export function Palette() {
  return (
    <aside className="palette" aria-label="Node palette">
      <h2>Nodes</h2>
      <ul>
        {ADDABLE_NODE_TYPES.map((type) => (
          <li key={type}>
            <button
              type="button"
              draggable
              className="palette-item"
              title={NODE_META[type].hint}
              aria-label={`${NODE_META[type].label}: Enter adds it after the selected node, or drag it onto the map`}
              onClick={() => addNodeAfterSelection(type)}
              onDragStart={(e) => {
                e.dataTransfer.setData(PALETTE_MIME, type);
                e.dataTransfer.effectAllowed = 'copy';
              }}
            >
              <span aria-hidden className="jnode-icon">
                {NODE_META[type].icon}
              </span>
              {NODE_META[type].label}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
