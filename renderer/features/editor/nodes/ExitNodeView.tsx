import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from './flow-types';
import { NodeShell } from './NodeShell';

/** The exit node card. */
export const ExitNodeView = memo(function ExitNodeView({ data, selected }: NodeProps<FlowNode>) {
  return <NodeShell data={data} selected={selected} />;
});
