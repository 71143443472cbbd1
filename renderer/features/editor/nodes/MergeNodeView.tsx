import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from './flow-types';
import { NodeShell } from './NodeShell';

/** The merge node card. */
export const MergeNodeView = memo(function MergeNodeView({ data, selected }: NodeProps<FlowNode>) {
  return <NodeShell data={data} selected={selected} />;
});
