import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { nodeOutputs, type JourneyNode } from '../../../../shared/model';
import { NODE_META } from '../node-meta';

export type CanvasNode = Node<{ node: JourneyNode }, 'journey'>;

/** One journey node on the canvas: icon, name, type, and a handle per output. */
export const JourneyNodeView = memo(function JourneyNodeView({ data, selected }: NodeProps<CanvasNode>) {
  const { node } = data;
  const meta = NODE_META[node.type];
  const outputs = nodeOutputs(node);
  return (
    <div className={`jnode jnode-${node.type}${selected ? ' selected' : ''}`} aria-label={`${meta.label}: ${node.name}`} role="group">
      {node.type !== 'entry' && <Handle type="target" position={Position.Top} />}
      <div className="jnode-head">
        <span className="jnode-icon" aria-hidden>
          {meta.icon}
        </span>
        <span className="jnode-type">{meta.label}</span>
      </div>
      <div className="jnode-name">{node.name}</div>
      {outputs.map((o, i) => (
        <Handle
          key={o.id}
          id={o.id}
          type="source"
          position={Position.Bottom}
          style={{ left: `${((i + 1) / (outputs.length + 1)) * 100}%` }}
          title={o.label}
        />
      ))}
    </div>
  );
});
