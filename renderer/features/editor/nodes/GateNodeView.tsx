import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from './flow-types';
import { NodeShell } from './NodeShell';

/** The gate node card. */
export const GateNodeView = memo(function GateNodeView({ data, selected }: NodeProps<FlowNode>) {
  return <NodeShell data={data} selected={selected} />;
});
