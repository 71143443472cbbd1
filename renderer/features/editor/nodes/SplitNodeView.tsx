import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from './flow-types';
import { NodeShell } from './NodeShell';

/** The split node card. */
export const SplitNodeView = memo(function SplitNodeView({ data, selected }: NodeProps<FlowNode>) {
  return <NodeShell data={data} selected={selected} />;
});
