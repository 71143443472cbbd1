import { EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo, type MouseEvent } from 'react';
import { useEditorStore } from '../../../stores/editor-store';
import { SimFlowPath } from '../../simulation/SimFlowPath';
import type { FlowEdge } from '../nodes/flow-types';
import { nameBesideFigure, spotTransform } from './edge-figure-spot';

function openMenu(event: MouseEvent<HTMLButtonElement>, edgeId: string) {
  event.stopPropagation();
  const rect = event.currentTarget.getBoundingClientRect();
  useEditorStore
    .getState()
    .openAddMenu({ target: { kind: 'edge', edgeId }, x: rect.left, y: rect.bottom + 4 });
}

/** How far above the target's top a label at the target sits (half the gap of a row). */
const TARGET_GAP = 15;

/** Below the source's handle, the first row of names of paths that meet again, and the next. */
const SOURCE_GAP = 14;
const ROW_STEP = 24;
/**
 * A name left of its line keeps to its half of a column (260 px), clear of the figure on the right;
 * the presentation's overview widens its columns by `--overview-stretch`, and the room with them.
 */
const BESIDE_FIGURE_WIDTH = 'calc(116px * var(--overview-stretch, 1))';

/** A path between two nodes: the output's name and an "Add node" button in the middle. */
export const PathEdge = memo(function PathEdge(props: EdgeProps<FlowEdge>) {
  const {
    id,
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    data,
    markerEnd,
  } = props;
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 10,
    stepPosition: data?.turn ?? 0.5,
  });
  const label = data?.label ?? null;
  const readOnly = data?.readOnly ?? true;
  const row = data?.labelRow ?? null;
  const beside = data?.labelAtTarget === true && data.nameBesideFigure === true;
  const [x, y] = data?.labelAtTarget
    ? [targetX, targetY - TARGET_GAP]
    : row !== null
      ? [sourceX, sourceY + SOURCE_GAP + row * ROW_STEP]
      : [labelX, labelY];
  const transform = beside
    ? spotTransform(nameBesideFigure({ sourceX, sourceY, targetX, targetY }))
    : `translate(-50%, -50%) translate(${x}px, ${y}px)`;
  const maxWidth = beside ? BESIDE_FIGURE_WIDTH : row !== null ? data?.labelWidth : undefined;
  return (
    <>
      <SimFlowPath id={id} path={path} markerEnd={markerEnd} />
      {(label || !readOnly) && (
        <EdgeLabelRenderer>
          <div className="edge-label nodrag nopan" style={{ transform }}>
            {label && (
              // Long path names end in an ellipsis; the whole name is in the tooltip.
              <span
                className="edge-name"
                title={label}
                style={maxWidth !== undefined ? { maxWidth } : undefined}
              >
                <EdgeName label={label} share={data?.share ?? null} />
              </span>
            )}
            {!readOnly && (
              <button
                type="button"
                className="add-button"
                data-edge-id={id}
                aria-label={`Add node between ${data?.sourceName ?? ''}${label ? ` (${label})` : ''} and ${data?.targetName ?? ''}`}
                title="Add node"
                onClick={(e) => openMenu(e, id)}
              >
                +
              </button>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

/** The name and, on a Random split's path, its share: only the name gives way to an ellipsis. */
function EdgeName({ label, share }: { label: string; share: string | null }) {
  const suffix = share ? ` (${share})` : '';
  if (!share || !label.endsWith(suffix)) return label;
  return (
    <>
      <span className="edge-path">{label.slice(0, -suffix.length)}</span>{' '}
      <span className="edge-share">({share})</span>
    </>
  );
}

/** Edge types at module scope. */
export const edgeTypes = { path: PathEdge };
