import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { useEffect, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import { useEditorStore } from '../../../stores/editor-store';
import { SimCountBadge } from '../../simulation/SimCountBadge';
import { NODE_META } from '../node-meta';
import type { FlowNode } from './flow-types';

function openMenu(event: MouseEvent<HTMLButtonElement>, sourceId: string, handle: string) {
  event.stopPropagation();
  const rect = event.currentTarget.getBoundingClientRect();
  useEditorStore
    .getState()
    .openAddMenu({ target: { kind: 'open', sourceId, handle }, x: rect.left, y: rect.bottom + 4 });
}

/**
 * React Flow measures a node's handles only when its size changes; a path added, moved or removed
 * keeps the card's size, so without this an edge from a new output is not drawn until reload.
 */
function useMeasureHandles(nodeId: string, outputIds: string) {
  const updateNodeInternals = useUpdateNodeInternals();
  useEffect(() => updateNodeInternals(nodeId), [nodeId, outputIds, updateNodeInternals]);
}

const left = (i: number, n: number) => `${((i + 1) / (n + 1)) * 100}%`;

/**
 * An open output's name under the card: with more than two outputs the names take two rows in
 * turn, so each may be as wide as two handles' spacing without running into its neighbour.
 */
function outputNameStyle(i: number, n: number): CSSProperties {
  const share = (n > 2 ? 200 : 100) / (n + 1);
  return {
    left: left(i, n),
    top: n > 2 ? (i % 2) * 13 : 0,
    maxWidth: `calc(${share}% - 4px)`,
  };
}

/** The card every node type shares: icon, type, name, summary, problem badge, handles, open-end "+". */
export function NodeShell({
  data,
  selected,
  extra,
}: Pick<NodeProps<FlowNode>, 'data' | 'selected'> & { extra?: ReactNode }) {
  const {
    node,
    stepName,
    summary,
    summaryRefused,
    outputs,
    open,
    errors,
    warnings,
    problemText,
    readOnly,
  } = data;
  const meta = NODE_META[node.type];
  const count = errors + warnings;
  const openIds = new Set(open.map((o) => o.id));
  useMeasureHandles(node.id, outputs.map((o) => o.id).join(','));
  return (
    <div
      className={`jnode jnode-${node.type}${selected ? ' selected' : ''}${errors ? ' has-errors' : ''}`}
    >
      {node.type !== 'entry' && (
        <Handle type="target" position={Position.Top} isConnectable={!readOnly} />
      )}
      <div className="jnode-head">
        <span className="jnode-icon" aria-hidden>
          {meta.icon}
        </span>
        <span className="jnode-type">{meta.label}</span>
        {count > 0 && (
          <span
            className={`jnode-badge ${errors ? 'error' : 'warning'}`}
            title={problemText}
            aria-label={`${count} problem${count === 1 ? '' : 's'}: ${problemText}`}
            role="img"
          >
            {errors ? '!' : '⚠'} {count}
          </span>
        )}
      </div>
      <div className="jnode-name">{node.name}</div>
      <div className={`jnode-summary${summaryRefused ? ' refused' : ''}`} title={summary}>
        {summary}
      </div>
      {extra}
      <SimCountBadge
        nodeId={node.id}
        waits={node.type === 'wait' || node.type === 'waitForEvent'}
      />
      {outputs.length > 1 && (
        <div className={`jnode-outputs${outputs.length > 2 ? ' staggered' : ''}`} aria-hidden>
          {outputs.map((o, i) => (
            <span
              key={o.id}
              style={outputNameStyle(i, outputs.length)}
              className={openIds.has(o.id) ? 'open' : ''}
              title={o.label}
            >
              {o.label}
            </span>
          ))}
        </div>
      )}
      {outputs.map((o, i) => (
        <Handle
          key={o.id}
          id={o.id}
          type="source"
          position={Position.Bottom}
          style={{ left: left(i, outputs.length) }}
          isConnectable={!readOnly}
        />
      ))}
      {!readOnly &&
        outputs.map((o, i) =>
          openIds.has(o.id) ? (
            <button
              key={o.id}
              type="button"
              className="add-button open-end nodrag nopan"
              data-handle={o.id}
              style={{ left: left(i, outputs.length) }}
              aria-label={
                outputs.length > 1
                  ? `Add node after ${stepName}: ${o.label}`
                  : `Add node after ${stepName}`
              }
              title="Add node"
              onClick={(e) => openMenu(e, node.id, o.id)}
            >
              +
            </button>
          ) : null,
        )}
    </div>
  );
}
